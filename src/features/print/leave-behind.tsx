import { lazy, Suspense, useEffect } from "react";
import { flushSync } from "react-dom";
import { useCalculator, useCalculatorStoreApi } from "../../state/store.ts";
import { shareableUrl } from "../../state/url-sync.ts";
import { activateLeaveBehind, loadQrCode, openDetailsForPrint, usePrintRequestedAt } from "./print-request.ts";

const QrCode = lazy(loadQrCode);

/**
 * What only the printout shows: the date and the link that reopens the comparison, as text and
 * as a QR code. Rendered from the first request to print; hidden on screen by print.css.
 */
export function LeaveBehind() {
  const requestedAt = usePrintRequestedAt();
  const store = useCalculatorStoreApi();
  // The link is rebuilt whenever what it carries changes.
  useCalculator((state) => state.scenario);
  useCalculator((state) => state.display);
  useCalculator((state) => state.pinned);

  useEffect(() => {
    let closeDetails: (() => void) | null = null;
    const beforePrint = () => {
      // Synchronously, so a print started from the browser's menu still gets the date and link.
      flushSync(activateLeaveBehind);
      void loadQrCode();
      closeDetails ??= openDetailsForPrint();
    };
    const afterPrint = () => {
      closeDetails?.();
      closeDetails = null;
    };
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const onMediaChange = (event: MediaQueryListEvent) => {
      if (event.matches) {
        activateLeaveBehind();
        void loadQrCode();
      }
    };
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    media?.addEventListener("change", onMediaChange);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
      media?.removeEventListener("change", onMediaChange);
    };
  }, []);

  if (!requestedAt) return null;
  const link = shareableUrl(store, window.location);
  const date = requestedAt.toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
  return (
    <section className="leave-behind" aria-label="Printed summary">
      <div className="leave-behind__text">
        <p className="leave-behind__date">Prepared on {date}.</p>
        <p>
          To reopen this comparison, with every figure and assumption, scan the code or go to:
          <br />
          <span className="leave-behind__link">{link}</span>
        </p>
      </div>
      <Suspense fallback={null}>
        <QrCode text={link} label="QR code of the link to this comparison" />
      </Suspense>
    </section>
  );
}
