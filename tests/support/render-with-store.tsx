import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { CalculatorStoreContext, createCalculatorStore, type CalculatorState } from "../../src/state/store.ts";

/** Renders UI against a fresh store, so tests never share state. */
export function renderWithStore(ui: ReactElement, initial?: Partial<CalculatorState>) {
  const store = createCalculatorStore(initial);
  const result = render(<CalculatorStoreContext.Provider value={store}>{ui}</CalculatorStoreContext.Provider>);
  return { store, ...result };
}
