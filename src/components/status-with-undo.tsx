import { t } from "@lingui/core/macro";

/** A status line that says what has just changed, with an Undo button while it can still be undone. */
export function StatusWithUndo({ className, text, onUndo }: { className: string; text: string | null; onUndo: (() => void) | null }) {
  return (
    <div role="status" className={className}>
      {text !== null ? (
        <p>
          {text}{" "}
          {onUndo ? (
            <button type="button" className="button button--link" onClick={onUndo}>
              {t`Undo`}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
