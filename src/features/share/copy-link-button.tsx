import { useState } from "react";
import { useClipboard } from "../../components/use-clipboard.ts";
import { useCalculatorStoreApi } from "../../state/store.ts";
import { shareableUrl } from "../../state/url-sync.ts";

/** Copies the link that reopens exactly what is shown, and says so. */
export function CopyLinkButton() {
  const store = useCalculatorStoreApi();
  const { status, copy: copyText } = useClipboard();
  const [url, setUrl] = useState("");

  const copy = async () => {
    const link = shareableUrl(store, window.location);
    setUrl(link);
    await copyText(link);
  };

  return (
    <div className="copy-link">
      <button type="button" className="button button--primary" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-link__status" role="status">
        {status === "copied" ? "Link copied. It reopens exactly this comparison." : null}
        {status === "failed" ? "Copying was blocked by the browser. Select the link below and copy it." : null}
      </span>
      {status === "failed" ? (
        <input className="copy-link__fallback" readOnly value={url} aria-label="Link to this comparison" onFocus={(event) => event.target.select()} />
      ) : null}
    </div>
  );
}
