/**
 * Presenter mode: a display setting in the store (and so in the link, `present=1`), shown full
 * screen through the Fullscreen API where the browser allows it, else as a full-window layout.
 * Keyboard: P toggles it (when not typing in a field), Esc leaves it.
 */
import { useCallback, useEffect, useRef } from "react";
import { useCalculator } from "../../state/store.ts";

export function isFullscreen(): boolean {
  return typeof document !== "undefined" && document.fullscreenElement != null;
}

/** Asks for full screen; browsers allow it only in answer to a key press or click, and may refuse. */
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || !document.fullscreenEnabled || typeof root.requestFullscreen !== "function") return;
  root.requestFullscreen().catch(() => {
    // Refused (no user gesture, or a policy): the full-window layout is shown all the same.
  });
}

function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === "function") {
    document.exitFullscreen().catch(() => {});
  }
}

/** Fields where P is a letter being typed, not a shortcut. */
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "range", "button", "submit", "reset", "file", "color", "image"]);

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

export type Presenter = { present: boolean; enter: () => void; leave: () => void; toggle: () => void };

export function usePresenter(): Presenter {
  const present = useCalculator((state) => state.display.present);
  const setPresent = useCalculator((state) => state.setPresent);
  /** True while full screen is ours: leaving it (Esc in most browsers) leaves presenter mode too. */
  const ownsFullscreen = useRef(false);

  const enter = useCallback(() => {
    setPresent(true);
    if (!isFullscreen()) {
      ownsFullscreen.current = true;
      requestFullscreen();
    }
    window.scrollTo(0, 0);
  }, [setPresent]);

  const leave = useCallback(() => {
    setPresent(false);
    if (ownsFullscreen.current) {
      ownsFullscreen.current = false;
      exitFullscreen();
    }
  }, [setPresent]);

  const toggle = useCallback(() => (present ? leave() : enter()), [present, enter, leave]);

  useEffect(() => {
    const onFullscreenChange = () => {
      if (isFullscreen()) {
        if (present) ownsFullscreen.current = true;
      } else if (ownsFullscreen.current) {
        ownsFullscreen.current = false;
        setPresent(false);
      }
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => document.removeEventListener("fullscreenchange", onFullscreenChange);
  }, [present, setPresent]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.key === "Escape" && present) {
        event.preventDefault();
        leave();
      } else if ((event.key === "p" || event.key === "P") && !isTypingTarget(event.target)) {
        event.preventDefault();
        toggle();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [present, leave, toggle]);

  return { present, enter, leave, toggle };
}
