/**
 * Makes every figure on the page open its explanation (FigureButton). The dialog and the model's
 * explaining code are a chunk of their own, loaded on the first press of a figure.
 */
import { useCallback, type ReactNode } from "react";
import { ExplainContext, type ExplainRequest } from "../components/figure-button.tsx";
import { useCalculator } from "../state/store.ts";

export const loadExplainDialog = () => import("../features/explain/explain-dialog.tsx");

export function ExplainProvider({ children }: { children: ReactNode }) {
  const currency = useCalculator((state) => state.display.currency);
  // In presenter mode the explanation is in large type, like the rest of the page.
  const large = useCalculator((state) => state.display.present);
  const explainFigure = useCallback(
    (request: ExplainRequest) => {
      void loadExplainDialog().then((module) => module.showExplanation({ ...request, currency, large }));
    },
    [currency, large],
  );
  return <ExplainContext.Provider value={explainFigure}>{children}</ExplainContext.Provider>;
}
