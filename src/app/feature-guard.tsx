import type { ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary.tsx";
import { useCalculator } from "../state/store.ts";
import { getOpeningUrl } from "../state/url-sync.ts";

/** One feature of the page behind its own error boundary. */
export function FeatureGuard({ name, children }: { name: string; children: ReactNode }) {
  const resetScenario = useCalculator((state) => state.resetScenario);
  return (
    <ErrorBoundary name={name} onReset={resetScenario} openingUrl={getOpeningUrl()}>
      {children}
    </ErrorBoundary>
  );
}
