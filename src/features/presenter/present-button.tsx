import { t } from "@lingui/core/macro";

/** Opens presenter mode. */
export function PresentButton({ onEnter, label }: { onEnter: () => void; label?: string }) {
  return (
    <button type="button" className="button" onClick={onEnter} aria-keyshortcuts="p">
      {label ?? t({ message: "Present", comment: "Button: show the page in presenter mode, for a projector" })} <kbd className="button__key">P</kbd>
    </button>
  );
}
