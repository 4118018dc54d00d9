import { t } from "@lingui/core/macro";
import { slot, withElements } from "../../i18n/with-elements.tsx";
import { useSyncExternalStore } from "react";
import { isFullscreen, requestFullscreen } from "./use-presenter.ts";
import "./presenter.css";

function subscribeToFullscreen(onChange: () => void): () => void {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

function useFullscreen(): { active: boolean; available: boolean } {
  const active = useSyncExternalStore(subscribeToFullscreen, isFullscreen, () => false);
  const available = typeof document !== "undefined" && document.fullscreenEnabled === true;
  return { active, available };
}

// Where the keys go in the shortcut help's sentences.
const pKey = slot(0);
const escKey = slot(1);
const ctrlKey = slot(2);

/** The keys that work anywhere on the page (P only while not typing in a field), as shown to the user. */
export function ShortcutHelp({ present }: { present: boolean }) {
  const p = <kbd>P</kbd>;
  const esc = <kbd>{t({ message: "Esc", comment: "The Escape key, as its keycap reads" })}</kbd>;
  const ctrl = <kbd>{t({ message: "Ctrl", comment: "The Control key, as its keycap reads (German: Strg)" })}</kbd>;
  return present ? (
    <p className="shortcut-help">{withElements(t`${escKey} or ${pKey} leaves presenter mode`, p, esc)}</p>
  ) : (
    <p className="shortcut-help">
      {withElements(
        t`Keys: ${pKey} presenter mode for a projector, ${escKey} leaves it (P works when you are not typing in a field); ${ctrlKey} + ${pKey} prints the leave-behind.`,
        p,
        esc,
        ctrl,
      )}
    </p>
  );
}

/** The one strip of controls in presenter mode: the logo and brand, full screen, and the way out. */
export function PresenterBar({ brand, logo, onLeave }: { brand: string; logo: string | null; onLeave: () => void }) {
  const fullscreen = useFullscreen();
  return (
    <header className="presenter__bar">
      <div className="presenter__identity">
        {logo ? <img className="presenter__logo" src={logo} alt={brand ? t`${brand} logo` : t`Logo`} /> : null}
        <h1 className="presenter__brand">{brand || t`IT support: managed flat fee or break-fix hourly?`}</h1>
      </div>
      <div className="presenter__controls">
        <ShortcutHelp present />
        {fullscreen.available && !fullscreen.active ? (
          <button type="button" className="button presenter__button" onClick={requestFullscreen}>
            {t`Full screen`}
          </button>
        ) : null}
        <button type="button" className="button presenter__button" onClick={onLeave}>
          {t`Leave presenter mode`}
        </button>
      </div>
    </header>
  );
}
