import { useState } from "react";
import { t } from "@lingui/core/macro";
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
        {t`Copy link`}
      </button>
      <span className="copy-link__status" role="status">
        {status === "copied" ? t`Link copied. It reopens exactly this comparison.` : null}
        {status === "failed" ? t`Copying was blocked by the browser. Select the link below and copy it.` : null}
      </span>
      {status === "failed" ? (
        <input className="copy-link__fallback" readOnly value={url} aria-label={t`Link to this comparison`} onFocus={(event) => event.target.select()} />
      ) : null}
    </div>
  );
}
