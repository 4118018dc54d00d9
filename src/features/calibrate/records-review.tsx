/**
 * A file that was read: what it was recognised as, for the user to confirm or change (kind,
 * columns, date order, time unit, server categories, source, staff), the fit with its basis,
 * Apply and Undo, and the user's months against the model. Loaded when a file is chosen.
 */
import { Suspense, useEffect, useId, useMemo, useRef, useState, type ComponentType } from "react";
import { useCalculator, useCalculatorStoreApi } from "../../state/store.ts";
import { StatusWithUndo } from "../../components/status-with-undo.tsx";
import type { Currency } from "../../lib/format.ts";
import type { Choices, ColumnMapping, DateOrder, DurationUnit, Field, RecordKind, RecordSource } from "../../model/calibrate/types.ts";
import { planCount, planTerms, type Scenario } from "../../model/index.ts";
import { fitScenario, withFittedValues } from "../../model/calibrate/calibration-scenario.ts";
import { Dropped, type RecordsClient } from "./records-client.ts";
import type { CategoryCount, FileSummary, FitOutcome } from "./records-protocol.ts";
import type { HistoryChartProps } from "./history-chart-props.ts";
import { changeSummary, defaultDateOrder, insideBandText } from "./fit-text.ts";
import { ColumnMappingFields, mappingFor, missingFields } from "./column-mapping.tsx";
import { RadioGroup } from "./radio-group.tsx";
import { FitSummary } from "./fit-summary.tsx";

const KIND_NAMES: Readonly<Record<RecordKind, string>> = { tickets: "Tickets", invoices: "Invoices" };
const SOURCE_NAMES: Readonly<Record<RecordSource, string>> = {
  breakFix: "Break-fix provider",
  managed: "Managed provider",
};
const DATE_ORDER_NAMES: Readonly<Record<DateOrder, string>> = {
  dayFirst: "Day first (31/12/2025)",
  monthFirst: "Month first (12/31/2025)",
};
const UNITS: readonly DurationUnit[] = ["hours", "minutes", "seconds"];

/** A pause in changing the choices (typing the staff count) before the records are fitted again. */
const FIT_DELAY_MS = 150;
const MOST_STAFF = 100_000;

/** The last fit, and the choices and scenario it was made for (the ones on screen may be newer). */
type FitState = { outcome: FitOutcome | null; error: string | null; choices: Choices | null; scenario: Scenario | null };

/** What Apply said, and the store's record of the scenario before it, while Undo can go back to it. */
type Applied = { text: string; undo: object | null };

type RecordsReviewProps = {
  summary: FileSummary;
  client: RecordsClient;
  currency: Currency;
  HistoryChart: ComponentType<HistoryChartProps>;
};

function staffFrom(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) && value > 0 && value <= MOST_STAFF ? value : null;
}

/** The plans by name, for "Apply to plan"; a name two plans share says the plan's number too. */
function planNames(scenario: Scenario): string[] {
  const names = Array.from({ length: planCount(scenario) }, (_, index) => planTerms(scenario, index + 1).msName);
  return names.map((name, index) => (names.indexOf(name) === names.lastIndexOf(name) ? name : `${name} (plan ${index + 1})`));
}

/** The changed part of a scenario, for the store's applyPreset (one step to undo). */
function changedValues(before: Scenario, after: Scenario): Partial<Scenario> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof Scenario] !== value));
}

function bandMeaning({ fit }: FitOutcome): string {
  const what = fit.kind === "invoices" ? "monthly spend" : "calls each month";
  return `your ${what} against the range the model expects 8 months in 10 with these figures.`;
}

export default function RecordsReview({ summary, client, currency, HistoryChart }: RecordsReviewProps) {
  const { detection, headers, samples, fileName } = summary;
  const store = useCalculatorStoreApi();
  const currentScenario = useCalculator((state) => state.scenario);
  const lastApplied = useCalculator((state) => state.beforePreset);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  const [kind, setKind] = useState(detection.kind);
  const [mapping, setMapping] = useState<ColumnMapping>(detection.mapping);
  const [dateOrder, setDateOrder] = useState<DateOrder>(
    () => detection.dateOrder ?? defaultDateOrder(typeof navigator === "undefined" ? "" : navigator.language),
  );
  const [durationUnit, setDurationUnit] = useState(detection.durationUnit);
  const [source, setSource] = useState<RecordSource>("breakFix");
  const [staffText, setStaffText] = useState(() => String(store.getState().scenario.seats));
  const [serverCategories, setServerCategories] = useState<readonly string[]>([]);
  /** The plan a managed provider's records apply to, once the user chose one. */
  const [chosenPlan, setChosenPlan] = useState<number | null>(null);
  const [categories, setCategories] = useState<{ column: number; values: CategoryCount[] } | null>(null);
  const [fit, setFit] = useState<FitState>({ outcome: null, error: null, choices: null, scenario: null });
  const [applied, setApplied] = useState<Applied | null>(null);

  // The file was read: its review takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);

  // By default the plan the verdict compares; plan 1 when that is whichever is cheapest, which the fit itself could change.
  const plans = planNames(currentScenario);
  const plan = chosenPlan !== null && chosenPlan <= plans.length ? chosenPlan : currentScenario.focus || 1;
  const askPlan = source === "managed" && plans.length > 1;
  // What the records are fitted against: for a managed provider, the scenario seen through that plan.
  const scenario = useMemo(() => fitScenario(currentScenario, source, plan), [currentScenario, source, plan]);

  const staff = staffFrom(staffText);
  const missing = missingFields(kind, mapping);
  const ready = missing.length === 0;
  const categoryColumn = kind === "tickets" ? mapping.category : undefined;
  // The detected order belongs to the detected date column; another column may need asking.
  const askDateOrder = mapping.date !== undefined && (detection.dateOrder === null || mapping.date !== detection.mapping.date);

  const choices = useMemo<Choices | null>(() => {
    if (staff === null || !ready) return null;
    // No decimalComma: it is decided from the values of the columns chosen, which may not be the ones detected.
    return { kind, mapping: mappingFor(kind, mapping), dateOrder, durationUnit, source, staff, serverCategories };
  }, [ready, kind, mapping, dateOrder, durationUnit, source, staff, serverCategories]);

  useEffect(() => {
    if (!choices) return;
    let live = true;
    const timer = setTimeout(() => {
      client.fit(choices, scenario).then(
        (outcome) => live && setFit({ outcome, error: null, choices, scenario }),
        (error: unknown) => {
          if (live && !(error instanceof Dropped)) {
            setFit({ outcome: null, error: error instanceof Error ? error.message : String(error), choices, scenario });
          }
        },
      );
    }, FIT_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, choices, scenario]);

  useEffect(() => {
    if (categoryColumn === undefined) return;
    let live = true;
    client.categories(categoryColumn).then(
      (values) => live && setCategories({ column: categoryColumn, values }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [client, categoryColumn]);

  const setColumn = (field: Field, column: number | undefined) => {
    setMapping((shown) => {
      const next = { ...shown };
      if (column === undefined) delete next[field];
      else next[field] = column;
      return next;
    });
    if (field === "category") setServerCategories([]);
  };

  const upToDate = fit.choices === choices && fit.scenario === scenario;
  const outcome = choices ? fit.outcome : null;
  const fitted = outcome?.fit.fitted ?? [];
  const shownCategories = categoryColumn !== undefined && categories?.column === categoryColumn ? categories.values : [];

  const apply = () => {
    if (!outcome || !upToDate) return;
    const before = store.getState().scenario;
    const change = changeSummary(fitted, fitScenario(before, source, plan));
    store.getState().applyPreset(`the records in ${fileName}`, changedValues(before, withFittedValues(before, fitted, source === "managed" ? plan : 1)));
    const to = askPlan ? ` to “${planTerms(before, plan).msName}”` : "";
    setApplied({
      text: change ? `Applied${to}: ${change}.` : "Nothing to change: the inputs already hold these values.",
      undo: change ? store.getState().beforePreset : null,
    });
  };

  const undo = () => {
    store.getState().undoPreset();
    setApplied({ text: "Undone: the inputs are back to what they were before Apply.", undo: null });
  };

  return (
    <section className="calibrate__review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="calibrate__title" ref={heading} tabIndex={-1}>
        Records in “{fileName}”
      </h3>
      <p className="calibrate__note">
        {summary.rows.toLocaleString("en-US")} rows, {headers.length} columns. Check what they were recognised as.
      </p>

      <RadioGroup legend="The file holds" options={KIND_NAMES} value={kind} onChange={setKind} />
      <ColumnMappingFields kind={kind} headers={headers} samples={samples} mapping={mapping} onChange={setColumn} />
      {askDateOrder ? (
        <RadioGroup legend="Dates such as 03/04/2025 are written" options={DATE_ORDER_NAMES} value={dateOrder} onChange={setDateOrder} />
      ) : null}

      {kind === "tickets" && mapping.timeSpent !== undefined ? (
        <div className="calibrate__column">
          <label htmlFor={`${id}-unit`}>Time spent is in</label>
          <select
            id={`${id}-unit`}
            className="calibrate__select"
            value={durationUnit}
            onChange={(event) => setDurationUnit(event.target.value as DurationUnit)}
          >
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {shownCategories.length > 0 ? (
        <fieldset className="calibrate__group calibrate__categories">
          <legend>Tick the categories that are server work</legend>
          {shownCategories.map(({ value, rows }) => (
            <label key={value} className="calibrate__choice">
              <input
                type="checkbox"
                checked={serverCategories.includes(value)}
                onChange={(event) =>
                  setServerCategories((ticked) =>
                    event.target.checked ? [...ticked, value] : ticked.filter((other) => other !== value),
                  )
                }
              />
              {value} <span className="calibrate__count">({rows.toLocaleString("en-US")})</span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <RadioGroup legend="The records come from" options={SOURCE_NAMES} value={source} onChange={setSource} />
      {askPlan ? (
        <div className="calibrate__column">
          <label htmlFor={`${id}-plan`}>Apply to plan</label>
          <select
            id={`${id}-plan`}
            className="calibrate__select"
            value={plan}
            aria-describedby={`${id}-plan-help`}
            onChange={(event) => setChosenPlan(Number(event.target.value))}
          >
            {plans.map((name, index) => (
              <option key={index} value={index + 1}>
                {name}
              </option>
            ))}
          </select>
          <span id={`${id}-plan-help`} className="muted">
            The plan these records are of: its terms are fitted, and the rest of the scenario stays shared.
          </span>
        </div>
      ) : null}

      <div className="calibrate__column">
        <label htmlFor={`${id}-staff`}>Staff during this period</label>
        <input
          id={`${id}-staff`}
          className="calibrate__staff"
          type="number"
          inputMode="decimal"
          min={1}
          max={MOST_STAFF}
          step={1}
          value={staffText}
          aria-invalid={staff === null}
          aria-describedby={staff === null ? `${id}-staff-error` : undefined}
          onChange={(event) => setStaffText(event.target.value)}
        />
        {staff === null ? (
          <span id={`${id}-staff-error`} className="calibrate__error">
            Enter the number of staff, from 1 to {MOST_STAFF.toLocaleString("en-US")}.
          </span>
        ) : null}
      </div>

      <div className="calibrate__fit">
        <h4 className="calibrate__subtitle">What your records say</h4>
        <div role="status" className="calibrate__fit-status">
          {!ready ? (
            <p>Choose the {missing.join(" and ")} column to fit the records.</p>
          ) : staff === null ? (
            <p>Enter the staff during this period to fit the records.</p>
          ) : fit.error && upToDate ? (
            <p className="calibrate__error">The records could not be fitted: {fit.error}</p>
          ) : !outcome ? (
            <p>Fitting the records…</p>
          ) : (
            <FitSummary outcome={outcome} scenario={scenario} />
          )}
        </div>
        {outcome ? (
          <div className="calibrate__actions">
            <button type="button" className="button button--accent" onClick={apply} disabled={!upToDate || fitted.length === 0}>
              Apply
            </button>
            {!upToDate ? <span className="muted">Updating…</span> : null}
          </div>
        ) : null}
        <StatusWithUndo
          className="calibrate__applied"
          text={applied?.text ?? null}
          onUndo={applied && applied.undo !== null && applied.undo === lastApplied ? undo : null}
        />
        {outcome && outcome.history.length > 0 ? (
          <Suspense fallback={<p className="muted">Loading the chart…</p>}>
            <HistoryChart
              kind={outcome.fit.kind}
              source={outcome.fit.source}
              rows={outcome.history}
              summary={`${insideBandText(outcome.inside, outcome.history.length)}: ${bandMeaning(outcome)}`}
              currency={currency}
            />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
