/**
 * The plot of a chart over time, drawn plain (PlainTimePlot) until someone points at, touches or
 * focuses it; then Recharts' TimePlot, with its tooltip, loads and takes its place. A page that
 * only shows the chart never loads Recharts (over 100 KB gzipped) nor pays for its first drawing,
 * a long task on a phone.
 */
import { lazy, startTransition, Suspense, useEffect, useRef, useState } from "react";
import { PlainTimePlot } from "./plain-time-plot.tsx";
import type { TimePlotProps } from "./time-series.ts";
import { evaluatedExport } from "../../app/lazy-component.ts";

// Should Recharts fail to load (offline before it was ever cached), the plain drawing stays.
const TimePlot = lazy(() =>
  evaluatedExport(() => import("./time-plot.tsx"), (module) => module.default).then(
    (component) => ({ default: component }),
    () => ({ default: PlainTimePlot }),
  ),
);

export function TimePlotOnDemand(props: TimePlotProps) {
  const [detailed, setDetailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const focusWhenShown = useRef(false);

  const showDetails = () => {
    if (detailed) return;
    focusWhenShown.current = box.current?.contains(document.activeElement) ?? false;
    // As a transition, the plain drawing (and the focus on it) stays until Recharts is ready.
    startTransition(() => setDetailed(true));
  };

  useEffect(() => {
    const element = box.current;
    if (!detailed || !focusWhenShown.current || !element) return;
    // Keyboard users land on Recharts' surface, where the arrow keys move the tooltip. Recharts
    // draws it once it has measured its box, so it may appear a moment later.
    const focusSurface = () => {
      const surface = element.querySelector<SVGElement>("svg[tabindex]");
      if (!surface) return false;
      surface.focus();
      focusWhenShown.current = false;
      return true;
    };
    if (focusSurface()) return;
    const observer = new MutationObserver(() => {
      if (focusSurface()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [detailed]);

  return (
    <div ref={box} className="chart__plot-fill">
      <Suspense fallback={<PlainTimePlot {...props} />}>
        {detailed ? <TimePlot {...props} /> : <PlainTimePlot {...props} onUse={showDetails} />}
      </Suspense>
    </div>
  );
}
