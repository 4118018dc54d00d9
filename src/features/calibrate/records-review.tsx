/**
 * A file that was read: what it was recognised as, for the user to confirm or change (kind,
 * columns, date order, time unit, server categories, source, staff), the fit with its basis,
 * Apply and Undo, and the user's months against the model. Loaded when a file is chosen.
 */
import { Suspense, useEffect, useId, useMemo, useRef, useState, type ComponentType } from "react";
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, plural, t } from "@lingui/core/macro";
import { useCalculator, useCalculatorStoreApi } from "../../state/store.ts";
import { StatusWithUndo } from "../../components/status-with-undo.tsx";
import { formatNumber, type Currency } from "../../lib/format.ts";
import type { Choices, ColumnMapping, DateOrder, DurationUnit, Field, RecordKind, RecordSource } from "../../model/calibrate/types.ts";
import { planCount, planTerms, type Scenario } from "../../model/index.ts";
import { fitScenario, withFittedValues } from "../../model/calibrate/calibration-scenario.ts";
import { Dropped, type RecordsClient } from "./records-client.ts";
import type { CategoryCount, FileSummary, FitOutcome } from "./records-protocol.ts";
import type { HistoryChartProps } from "./history-chart-props.ts";
import { changeSummary, defaultDateOrder, insideBandText } from "./fit-text.ts";
import { ColumnMappingFields, mappingFor, missingFields, missingText } from "./column-mapping.tsx";
import { RadioGroup } from "./radio-group.tsx";
import { FitSummary } from "./fit-summary.tsx";
import { planDisplayName } from "../../i18n/plan-names.ts";

const KIND_NAMES: Readonly<Record<RecordKind, MessageDescriptor>> = {
  tickets: msg({ message: "Tickets", comment: "what the user's file holds: helpdesk tickets" }),
  invoices: msg({ message: "Invoices", comment: "what the user's file holds: an IT provider's invoices" }),
};
const SOURCE_NAMES: Readonly<Record<RecordSource, MessageDescriptor>> = {
  breakFix: msg`Break-fix provider`,
  managed: msg`Managed provider`,
};
const DATE_ORDER_NAMES: Readonly<Record<DateOrder, MessageDescriptor>> = {
  dayFirst: msg`Day first (31/12/2025)`,
  monthFirst: msg`Month first (12/31/2025)`,
};
/** The units a bare number of time spent can be in, in the order they are offered. */
const UNIT_NAMES: Readonly<Record<DurationUnit, MessageDescriptor>> = {
  hours: msg({ message: "hours", comment: "the unit of the time spent column: Time spent is in hours" }),
  minutes: msg({ message: "minutes", comment: "the unit of the time spent column: Time spent is in minutes" }),
  seconds: msg({ message: "seconds", comment: "the unit of the time spent column: Time spent is in seconds" }),
};

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
  const names = Array.from({ length: planCount(scenario) }, (_, index) => planDisplayName(planTerms(scenario, index + 1).msName, index + 1));
  return names.map((name, index) => {
    const number = index + 1;
    return names.indexOf(name) === names.lastIndexOf(name) ? name : t`${name} (plan ${number})`;
  });
}

/** The changed part of a scenario, for the store's applyPreset (one step to undo). */
function changedValues(before: Scenario, after: Scenario): Partial<Scenario> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof Scenario] !== value));
}

/** What Apply changed, naming the plan it applied to when there was a choice. */
function appliedText(change: string, planName: string | null): string {
  return planName === null
    ? t({ message: `Applied: ${change}.`, comment: "{change}: “Issues per person per month 0.50 → 0.78; …”" })
    : t({ message: `Applied to “${planName}”: ${change}.`, comment: "{change}: “Issues per person per month 0.50 → 0.78; …”" });
}

/** What the history chart shows, said above it: "9 of 12 months inside the band: your monthly spend against …". */
function bandSummary({ fit, inside, history }: FitOutcome): string {
  const insideBand = insideBandText(inside, history.length);
  const meaning =
    fit.kind === "invoices"
      ? t`your monthly spend against the range the model expects 8 months in 10 with these figures.`
      : t`your calls each month against the range the model expects 8 months in 10 with these figures.`;
  return t({ message: `${insideBand}: ${meaning}`, comment: "{insideBand}: “9 of 12 months inside the band”" });
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
  const fitError = fit.error && upToDate ? fit.error : null;
  const [rows, columns, mostStaff] = [summary.rows, headers.length, formatNumber(MOST_STAFF, 0)];

  const apply = () => {
    if (!outcome || !upToDate) return;
    const before = store.getState().scenario;
    const change = changeSummary(fitted, fitScenario(before, source, plan));
    const records = t({ message: `the records in ${fileName}`, comment: "what was applied, named in: Filled in “the records in tickets.csv”." });
    store.getState().applyPreset(records, changedValues(before, withFittedValues(before, fitted, source === "managed" ? plan : 1)));
    setApplied({
      text: change ? appliedText(change, askPlan ? planTerms(before, plan).msName : null) : t`Nothing to change: the inputs already hold these values.`,
      undo: change ? store.getState().beforePreset : null,
    });
  };

  const undo = () => {
    store.getState().undoPreset();
    setApplied({ text: t`Undone: the inputs are back to what they were before Apply.`, undo: null });
  };

  return (
    <section className="calibrate__review" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="calibrate__title" ref={heading} tabIndex={-1}>
        {t`Records in “${fileName}”`}
      </h3>
      <p className="calibrate__note">
        {t`${plural(rows, { one: "# row", other: "# rows" })}, ${plural(columns, { one: "# column", other: "# columns" })}. Check what they were recognised as.`}
      </p>

      <RadioGroup legend={t`The file holds`} options={KIND_NAMES} value={kind} onChange={setKind} />
      <ColumnMappingFields kind={kind} headers={headers} samples={samples} mapping={mapping} onChange={setColumn} />
      {askDateOrder ? (
        <RadioGroup legend={t`Dates such as 03/04/2025 are written`} options={DATE_ORDER_NAMES} value={dateOrder} onChange={setDateOrder} />
      ) : null}

      {kind === "tickets" && mapping.timeSpent !== undefined ? (
        <div className="calibrate__column">
          <label htmlFor={`${id}-unit`}>{t`Time spent is in`}</label>
          <select
            id={`${id}-unit`}
            className="calibrate__select"
            value={durationUnit}
            onChange={(event) => setDurationUnit(event.target.value as DurationUnit)}
          >
            {(Object.keys(UNIT_NAMES) as DurationUnit[]).map((unit) => (
              <option key={unit} value={unit}>
                {i18n._(UNIT_NAMES[unit])}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {shownCategories.length > 0 ? (
        <fieldset className="calibrate__group calibrate__categories">
          <legend>{t`Tick the categories that are server work`}</legend>
          {shownCategories.map(({ value, rows: valueRows }) => (
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
              {value} <span className="calibrate__count">({formatNumber(valueRows, 0)})</span>
            </label>
          ))}
        </fieldset>
      ) : null}

      <RadioGroup legend={t`The records come from`} options={SOURCE_NAMES} value={source} onChange={setSource} />
      {askPlan ? (
        <div className="calibrate__column">
          <label htmlFor={`${id}-plan`}>{t`Apply to plan`}</label>
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
            {t`The plan these records are of: its terms are fitted, and the rest of the scenario stays shared.`}
          </span>
        </div>
      ) : null}

      <div className="calibrate__column">
        <label htmlFor={`${id}-staff`}>{t`Staff during this period`}</label>
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
            {t`Enter the number of staff, from 1 to ${mostStaff}.`}
          </span>
        ) : null}
      </div>

      <div className="calibrate__fit">
        <h4 className="calibrate__subtitle">{t`What your records say`}</h4>
        <div role="status" className="calibrate__fit-status">
          {!ready ? (
            <p>{missingText(missing)}</p>
          ) : staff === null ? (
            <p>{t`Enter the staff during this period to fit the records.`}</p>
          ) : fitError !== null ? (
            <p className="calibrate__error">{t`The records could not be fitted: ${fitError}`}</p>
          ) : !outcome ? (
            <p>{t`Fitting the records…`}</p>
          ) : (
            <FitSummary outcome={outcome} scenario={scenario} />
          )}
        </div>
        {outcome ? (
          <div className="calibrate__actions">
            <button type="button" className="button button--accent" onClick={apply} disabled={!upToDate || fitted.length === 0}>
              {t({ message: "Apply", comment: "button: set the inputs to the values fitted from the records" })}
            </button>
            {!upToDate ? <span className="muted">{t`Updating…`}</span> : null}
          </div>
        ) : null}
        <StatusWithUndo
          className="calibrate__applied"
          text={applied?.text ?? null}
          onUndo={applied && applied.undo !== null && applied.undo === lastApplied ? undo : null}
        />
        {outcome && outcome.history.length > 0 ? (
          <Suspense fallback={<p className="muted">{t`Loading the chart…`}</p>}>
            <HistoryChart
              kind={outcome.fit.kind}
              source={outcome.fit.source}
              rows={outcome.history}
              summary={bandSummary(outcome)}
              currency={currency}
            />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
