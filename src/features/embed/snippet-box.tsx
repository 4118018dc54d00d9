/** The snippet to paste, with a copy button that says when it has copied. */
import { useId, useRef } from "react";
import { t } from "@lingui/core/macro";
import { useClipboard } from "../../components/use-clipboard.ts";

export function SnippetBox({ snippet }: { snippet: string }) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const { status, copy: copyText } = useClipboard();

  const copy = async () => {
    // Refused: the snippet is selected, ready for Ctrl+C.
    if (!(await copyText(snippet))) area.current?.select();
  };

  return (
    <div className="snippet">
      <label htmlFor={id} className="snippet__label">
        {t`Paste this where the calculator should appear`}
      </label>
      <textarea
        id={id}
        ref={area}
        className="snippet__code"
        readOnly
        value={snippet}
        rows={snippet.split("\n").length}
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <div className="snippet__actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t`Copy snippet`}
        </button>
        <span className="snippet__status" role="status">
          {status === "copied" ? t`Copied. Paste it into your page's HTML.` : null}
          {status === "failed" ? t`Copying was blocked by the browser. The snippet is selected: press Ctrl+C (⌘C on a Mac).` : null}
        </span>
      </div>
    </div>
  );
}
