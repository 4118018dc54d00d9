/**
 * The one store: the scenario and the display settings. Derived figures are computed from it,
 * never stored beside it.
 */
import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { createContext, useContext } from "react";
import { defaultScenario, type InputProblem, type Scenario } from "../model/index.ts";
import { DEFAULT_DISPLAY, cleanBrand, type DisplaySettings } from "./url-state.ts";
import type { Currency } from "../lib/format.ts";

export type CalculatorState = {
  scenario: Scenario;
  display: DisplaySettings;
  /** Fields of the opening link that were ignored, shown until dismissed. */
  urlProblems: InputProblem[];
  /** The scenario before the last preset was applied, so it can be undone. */
  beforePreset: { scenario: Scenario; presetName: string } | null;
};

export type CalculatorActions = {
  setInput: <K extends keyof Scenario>(key: K, value: Scenario[K]) => void;
  setCurrency: (currency: Currency) => void;
  setBrand: (brand: string) => void;
  applyPreset: (name: string, values: Partial<Scenario>) => void;
  undoPreset: () => void;
  dismissUrlProblems: () => void;
  resetScenario: () => void;
  load: (state: Pick<CalculatorState, "scenario" | "display" | "urlProblems">) => void;
};

export type CalculatorStore = CalculatorState & CalculatorActions;

export function createCalculatorStore(initial?: Partial<CalculatorState>) {
  return createStore<CalculatorStore>()((set) => ({
    scenario: defaultScenario(),
    display: DEFAULT_DISPLAY,
    urlProblems: [],
    beforePreset: null,
    ...initial,
    setInput: (key, value) =>
      set((state) => ({ scenario: { ...state.scenario, [key]: value }, beforePreset: null })),
    setCurrency: (currency) => set((state) => ({ display: { ...state.display, currency } })),
    setBrand: (brand) => set((state) => ({ display: { ...state.display, brand: cleanBrand(brand) } })),
    applyPreset: (presetName, values) =>
      set((state) => ({
        scenario: { ...state.scenario, ...values },
        beforePreset: { scenario: state.scenario, presetName },
      })),
    undoPreset: () =>
      set((state) => (state.beforePreset ? { scenario: state.beforePreset.scenario, beforePreset: null } : {})),
    dismissUrlProblems: () => set({ urlProblems: [] }),
    resetScenario: () => set({ scenario: defaultScenario(), beforePreset: null }),
    load: (loaded) => set({ ...loaded, beforePreset: null }),
  }));
}

export type CalculatorStoreApi = ReturnType<typeof createCalculatorStore>;

/** The page's store. Tests and previews provide their own through CalculatorStoreContext. */
export const calculatorStore = createCalculatorStore();

export const CalculatorStoreContext = createContext<CalculatorStoreApi>(calculatorStore);

export function useCalculator<T>(selector: (state: CalculatorStore) => T): T {
  return useStore(useContext(CalculatorStoreContext), selector);
}

export function useCalculatorStoreApi(): CalculatorStoreApi {
  return useContext(CalculatorStoreContext);
}
