/** The snippet to paste, with a copy button that says when it has copied. */
import { useEffect, useId, useRef, useState } from "react";

type Status = "idle" | "copied" | "failed";

export function SnippetBox({ snippet }: { snippet: string }) {
  const id = useId();
  const [status, setStatus] = useState<Status>("idle");
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus("copied");
    } catch {
      area.current?.select();
      setStatus("failed");
    }
  };

  return (
    <div className="snippet">
      <label htmlFor={id} className="snippet__label">
        Paste this where the calculator should appear
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
          Copy snippet
        </button>
        <span className="snippet__status" role="status">
          {status === "copied" ? "Copied. Paste it into your page's HTML." : null}
          {status === "failed" ? "Copying was blocked by the browser. The snippet is selected: press Ctrl+C (⌘C on a Mac)." : null}
        </span>
      </div>
    </div>
  );
}
