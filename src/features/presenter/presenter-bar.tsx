import { requestFullscreen, useFullscreen } from "./use-presenter.ts";
import "./presenter.css";

/** The keys that work anywhere on the page (P only while not typing in a field), as shown to the user. */
export function ShortcutHelp({ present }: { present: boolean }) {
  return present ? (
    <p className="shortcut-help">
      <kbd>Esc</kbd> or <kbd>P</kbd> leaves presenter mode
    </p>
  ) : (
    <p className="shortcut-help">
      Keys: <kbd>P</kbd> presenter mode for a projector, <kbd>Esc</kbd> leaves it (P works when you are not typing in a
      field); <kbd>Ctrl</kbd> + <kbd>P</kbd> prints the leave-behind.
    </p>
  );
}

/** The one strip of controls in presenter mode: the logo and brand, full screen, and the way out. */
export function PresenterBar({ brand, logo, onLeave }: { brand: string; logo: string | null; onLeave: () => void }) {
  const fullscreen = useFullscreen();
  return (
    <header className="presenter__bar">
      <div className="presenter__identity">
        {logo ? <img className="presenter__logo" src={logo} alt={brand ? `${brand} logo` : "Logo"} /> : null}
        <h1 className="presenter__brand">{brand || "IT support: managed flat fee or break-fix hourly?"}</h1>
      </div>
      <div className="presenter__controls">
        <ShortcutHelp present />
        {fullscreen.available && !fullscreen.active ? (
          <button type="button" className="button presenter__button" onClick={requestFullscreen}>
            Full screen
          </button>
        ) : null}
        <button type="button" className="button presenter__button" onClick={onLeave}>
          Leave presenter mode
        </button>
      </div>
    </header>
  );
}

/** Opens presenter mode. */
export function PresentButton({ onEnter, label = "Present" }: { onEnter: () => void; label?: string }) {
  return (
    <button type="button" className="button" onClick={onEnter} aria-keyshortcuts="p">
      {label} <kbd className="button__key">P</kbd>
    </button>
  );
}
