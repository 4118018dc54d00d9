/**
 * The one store: the scenario and the display settings. Derived figures are computed from it,
 * never stored beside it.
 */
import { createStore } from "zustand/vanilla";
import { shallow } from "zustand/vanilla/shallow";
import { useStore } from "zustand";
import { createContext, useContext } from "react";
import {
  addPlan,
  defaultScenario,
  inputDef,
  planCount,
  planTerms,
  removePlan,
  setPlanTerm,
  type PlanKey,
  type Scenario,
} from "../model/index.ts";
import { DEFAULT_DISPLAY, cleanBrand, type DisplaySettings } from "./url-state.ts";
import type { Currency } from "../lib/format.ts";
import type { PageProblem } from "./page-problem.ts";

export type CalculatorState = {
  scenario: Scenario;
  display: DisplaySettings;
  /** Fields of the opening link that were ignored, shown until dismissed. */
  urlProblems: PageProblem[];
  /** The scenario before the last preset was applied, so it can be undone. */
  beforePreset: { scenario: Scenario; presetName: string } | null;
  /** Scenario A of an A/B comparison, pinned from an earlier state; `scenario` is B. */
  pinned: Scenario | null;
  /** The scenario before the last plan was removed, and that plan's name, so the removal can be undone. */
  beforeRemovePlan: { scenario: Scenario; planName: string } | null;
  /**
   * The logo of the price sheet in use, as a data: URL, for the printout and presenter mode; null
   * when it has none. Kept in the browser with its price sheet, never written to a link.
   */
  logo: string | null;
};

/** True for the provider's terms (every `bf*` and `ms*` input): what a price sheet holds. */
export function isTermKey(key: string): boolean {
  const group = inputDef(key)?.group;
  return group === "breakFix" || group === "managed";
}

export type CalculatorActions = {
  setInput: <K extends keyof Scenario>(key: K, value: Scenario[K]) => void;
  /** Sets one term of plan k (1-based); plan 1's terms are the unprefixed inputs. */
  setPlanTerm: (plan: number, key: PlanKey, value: number | string) => void;
  /** Adds a plan with plan 1's terms, named "Plan k" (at most four). */
  addPlan: () => void;
  /** Removes plan k; `undoRemovePlan` puts it back. */
  removePlan: (plan: number) => void;
  undoRemovePlan: () => void;
  /** The plan the verdict compares with break-fix: 0 for the cheapest, else 1-based. */
  setFocus: (focus: number) => void;
  setCurrency: (currency: Currency) => void;
  setBrand: (brand: string) => void;
  setPresent: (present: boolean) => void;
  setLogo: (logo: string | null) => void;
  /**
   * Applies a price sheet's terms and, when it carries `otherPlans`, its plans; any other key in
   * `values` is ignored, so business inputs never change. A focus on a plan the sheet lacks goes
   * back to the cheapest.
   */
  applyPriceSheet: (name: string, values: Partial<Scenario>) => void;
  /** Pins the current scenario as A; editing from here on changes B. */
  pinScenario: () => void;
  unpinScenario: () => void;
  /** Makes A the current scenario and the current scenario A. */
  swapPinned: () => void;
  applyPreset: (name: string, values: Partial<Scenario>) => void;
  undoPreset: () => void;
  dismissUrlProblems: () => void;
  resetScenario: () => void;
  load: (state: Pick<CalculatorState, "scenario" | "display" | "urlProblems"> & Partial<Pick<CalculatorState, "pinned">>) => void;
};

export type CalculatorStore = CalculatorState & CalculatorActions;

export function createCalculatorStore(initial?: Partial<CalculatorState>) {
  return createStore<CalculatorStore>()((set) => ({
    scenario: defaultScenario(),
    display: DEFAULT_DISPLAY,
    urlProblems: [],
    beforePreset: null,
    pinned: null,
    logo: null,
    beforeRemovePlan: null,
    ...initial,
    setInput: (key, value) =>
      set((state) => ({ scenario: { ...state.scenario, [key]: value }, beforePreset: null })),
    setPlanTerm: (plan, key, value) =>
      set((state) => ({ scenario: setPlanTerm(state.scenario, plan, key, value), beforePreset: null, beforeRemovePlan: null })),
    addPlan: () => set((state) => ({ scenario: addPlan(state.scenario), beforeRemovePlan: null })),
    removePlan: (plan) =>
      set((state) => {
        const next = removePlan(state.scenario, plan);
        if (next === state.scenario) return {};
        return { scenario: next, beforeRemovePlan: { scenario: state.scenario, planName: planTerms(state.scenario, plan).msName } };
      }),
    undoRemovePlan: () =>
      set((state) => (state.beforeRemovePlan ? { scenario: state.beforeRemovePlan.scenario, beforeRemovePlan: null } : {})),
    setFocus: (focus) => set((state) => ({ scenario: { ...state.scenario, focus } })),
    setCurrency: (currency) => set((state) => ({ display: { ...state.display, currency } })),
    setBrand: (brand) => set((state) => ({ display: { ...state.display, brand: cleanBrand(brand) } })),
    setPresent: (present) =>
      set((state) => (state.display.present === present ? {} : { display: { ...state.display, present } })),
    setLogo: (logo) => set({ logo }),
    applyPriceSheet: (name, values) =>
      set((state) => {
        const terms = Object.fromEntries(Object.entries(values).filter(([key]) => isTermKey(key) || key === "otherPlans"));
        const scenario: Scenario = { ...state.scenario, ...terms };
        const focus = scenario.focus > planCount(scenario) ? 0 : scenario.focus;
        return { scenario: { ...scenario, focus }, beforePreset: { scenario: state.scenario, presetName: name }, beforeRemovePlan: null };
      }),
    pinScenario: () => set((state) => ({ pinned: state.scenario })),
    unpinScenario: () => set({ pinned: null }),
    swapPinned: () =>
      set((state) => (state.pinned ? { scenario: state.pinned, pinned: state.scenario, beforePreset: null } : {})),
    applyPreset: (presetName, values) =>
      set((state) => ({
        scenario: { ...state.scenario, ...values },
        beforePreset: { scenario: state.scenario, presetName },
      })),
    undoPreset: () =>
      set((state) => (state.beforePreset ? { scenario: state.beforePreset.scenario, beforePreset: null } : {})),
    dismissUrlProblems: () => set({ urlProblems: [] }),
    resetScenario: () => set({ scenario: defaultScenario(), beforePreset: null, beforeRemovePlan: null }),
    load: (loaded) =>
      set((state) => {
        const next: Partial<CalculatorState> = { pinned: null, ...loaded, beforePreset: null, beforeRemovePlan: null };
        // What equals what is held keeps its object, so nothing that reads it renders again; and
        // a page hydrated from the store's first state (the prerendered default) needs no second render.
        for (const key of Object.keys(next) as (keyof CalculatorState)[]) {
          if (key === "scenario" || key === "pinned" ? sameScenario(next[key], state[key]) : shallow(next[key], state[key])) delete next[key];
        }
        return next;
      }),
  }));
}

/** Equal scenarios: every input alike, each further plan's terms alike (a shallow look would see two plan lists). */
function sameScenario(a: Scenario | null | undefined, b: Scenario | null | undefined): boolean {
  if (!a || !b) return a === b;
  const { otherPlans: plansA, ...restA } = a;
  const { otherPlans: plansB, ...restB } = b;
  return shallow(restA, restB) && plansA.length === plansB.length && plansA.every((plan, index) => shallow(plan, plansB[index]));
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
