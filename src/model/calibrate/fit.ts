/**
 * Records into fitted scenario inputs, exactly as CALIBRATE.md specifies:
 *
 *     days   = last date − first date + 1          (calendar days, local time)
 *     months = max(1, days / (365.25 / 12))
 *     c      = user tickets / (months × people)     people = "Staff during this period"
 *     t      = mean time spent over user tickets whose time spent > 0, in hours
 *
 * | source    | input     | fitted value                                                     |
 * | break-fix | issues    | c × (1 − bfRecur) / bfReported                                   |
 * | managed   | issues    | c × (1 − msRecur) / (1 − msFewer)                                |
 * | break-fix | bfHours   | t                                                                |
 * | managed   | msHours   | t                                                                |
 * | break-fix | srvIssues | server tickets × 12 / (months × servers) × (1 − bfRecur)         |
 * | managed   | srvIssues | server tickets × 12 / (months × servers) × (1 − msRecur) / (1 − msFewer) |
 * | break-fix | bfRate    | Σ amount of invoice lines with hours > 0 / Σ those hours (≥ 5 lines) |
 *
 * Fractions come from the scenario (whole percent there). A ticket is server work when a category
 * column is mapped and its category (trimmed) is one of the ticked server categories; every other
 * ticket is a user ticket. srvIssues is fitted only when the scenario has servers, a category column
 * is mapped and at least one of its values is ticked as server work: categories that say nothing
 * about servers tell nothing about server incidents, so srvIssues is then left as it is.
 * Each value is rounded to 2 dp (round.ts) and then clamped to its input's range; the 90 %
 * interval of issues is Garwood's on the user-ticket count, scaled like the value and rounded,
 * not clamped. What each value rests on, and why an input was not fitted, are codes with their
 * counts (types.ts): the page words them.
 */
import { numberInputDef, type Scenario } from "../inputs.ts";
import { calendarDay } from "./dates.ts";
import { monthlySeries } from "./monthly-series.ts";
import { garwoodInterval } from "./poisson-interval.ts";
import { roundHalfAwayFromZero } from "./round.ts";
import type { Basis, Choices, Fit, FittedKey, FittedValue, InvoiceRecord, NotFitted, Records, TicketRecord } from "./types.ts";

const DAYS_PER_MONTH = 365.25 / 12;
/** bfRate needs at least this many invoice lines with hours. */
export const MIN_RATE_LINES = 5;

const fraction = (percent: number): number => percent / 100;

/** A fitted value: rounded, then clamped to its input's range. */
function fitted(key: FittedKey, raw: number, basis: Basis, interval?: { low: number; high: number }): FittedValue {
  const { min, max } = numberInputDef(key);
  const unclamped = roundHalfAwayFromZero(raw);
  const value = Math.min(max, Math.max(min, unclamped));
  const result: FittedValue = { key, value, unclamped, clamped: value !== unclamped, basis };
  if (interval) result.interval = { low: roundHalfAwayFromZero(interval.low), high: roundHalfAwayFromZero(interval.high) };
  return result;
}

type Period = Pick<Fit, "firstDate" | "lastDate" | "days" | "months">;

function period(dates: readonly number[]): Period {
  let first = Infinity;
  let last = -Infinity;
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  const days = calendarDay(last) - calendarDay(first) + 1;
  return { firstDate: first, lastDate: last, days, months: Math.max(1, days / DAYS_PER_MONTH) };
}

type Fitting = { fitted: FittedValue[]; notFitted: NotFitted[] };

function fitTickets(tickets: readonly TicketRecord[], choices: Choices, scenario: Scenario, months: number) {
  const out: Fitting = { fitted: [], notFitted: [] };
  const categoryMapped = choices.mapping.category !== undefined;
  const serverCategories = new Set(choices.serverCategories.map((category) => category.trim()));
  let userTickets = 0;
  let serverTickets = 0;
  let timedTickets = 0;
  let timedHours = 0;
  for (const ticket of tickets) {
    if (categoryMapped && ticket.category !== null && serverCategories.has(ticket.category)) {
      serverTickets++;
      continue;
    }
    userTickets++;
    if (ticket.hours !== null && ticket.hours > 0) {
      timedTickets++;
      timedHours += ticket.hours;
    }
  }
  const breakFix = choices.source === "breakFix";

  // issues: calls per person per month, back through the source's recurrence and reporting.
  const issuesFactor = breakFix
    ? (1 - fraction(scenario.bfRecur)) / fraction(scenario.bfReported)
    : (1 - fraction(scenario.msRecur)) / (1 - fraction(scenario.msFewer));
  if (!(choices.staff > 0) || !Number.isFinite(choices.staff)) {
    out.notFitted.push({ code: "noStaff", key: "issues" });
  } else if (!Number.isFinite(issuesFactor)) {
    // Only bfReported can be 0 % here: msFewer stops at 95 %.
    out.notFitted.push({ code: "noneCalledIn", key: "issues", input: "bfReported", percent: scenario.bfReported });
  } else {
    const scale = issuesFactor / (months * choices.staff);
    const interval = garwoodInterval(userTickets);
    out.fitted.push(
      fitted("issues", userTickets * scale, { code: categoryMapped ? "userTickets" : "tickets", tickets: userTickets, months }, {
        low: interval.low * scale,
        high: interval.high * scale,
      }),
    );
  }

  const hoursKey = breakFix ? "bfHours" : "msHours";
  if (choices.mapping.timeSpent === undefined) {
    out.notFitted.push({ code: "noTimeSpentColumn", key: hoursKey });
  } else if (timedTickets === 0) {
    out.notFitted.push({ code: categoryMapped ? "noTimedUserTickets" : "noTimedTickets", key: hoursKey });
  } else {
    const basis: Basis = { code: categoryMapped ? "timedUserTickets" : "timedTickets", tickets: timedTickets };
    out.fitted.push(fitted(hoursKey, timedHours / timedTickets, basis));
  }

  if (!categoryMapped) {
    out.notFitted.push({ code: "noCategoryColumn", key: "srvIssues" });
  } else if (serverCategories.size === 0) {
    out.notFitted.push({ code: "noServerCategory", key: "srvIssues" });
  } else if (!(scenario.servers > 0)) {
    out.notFitted.push({ code: "noServers", key: "srvIssues" });
  } else {
    const factor = breakFix
      ? 1 - fraction(scenario.bfRecur)
      : (1 - fraction(scenario.msRecur)) / (1 - fraction(scenario.msFewer));
    const raw = ((serverTickets * 12) / (months * scenario.servers)) * factor;
    out.fitted.push(fitted("srvIssues", raw, { code: "serverTickets", tickets: serverTickets, months, servers: scenario.servers }));
  }
  return { ...out, userTickets, serverTickets, categoryMapped };
}

function fitInvoices(lines: readonly InvoiceRecord[], choices: Choices): Fitting {
  if (choices.source === "managed") {
    return { fitted: [], notFitted: [{ code: "managedInvoices" }] };
  }
  if (choices.mapping.hours === undefined) return { fitted: [], notFitted: [{ code: "noHoursColumn", key: "bfRate" }] };
  let count = 0;
  let amount = 0;
  let hours = 0;
  for (const line of lines) {
    if (line.hours === null || !(line.hours > 0)) continue;
    count++;
    amount += line.amount;
    hours += line.hours;
  }
  if (count < MIN_RATE_LINES) {
    return { fitted: [], notFitted: [{ code: "tooFewRateLines", key: "bfRate", min: MIN_RATE_LINES, found: count }] };
  }
  return {
    fitted: [fitted("bfRate", amount / hours, { code: "invoiceLines", lines: count, hours: roundHalfAwayFromZero(hours) })],
    notFitted: [],
  };
}

export function fitRecords(records: Records, choices: Choices, scenario: Scenario): Fit {
  const dates = records.kind === "tickets" ? records.tickets.map((ticket) => ticket.date) : records.lines.map((line) => line.date);
  const base = { kind: records.kind, source: choices.source, staff: choices.staff, skipped: records.skipped, count: dates.length };
  if (dates.length === 0) {
    return {
      ...base,
      firstDate: 0,
      lastDate: 0,
      days: 0,
      months: 0,
      fitted: [],
      notFitted: [{ code: records.kind === "tickets" ? "noTickets" : "noInvoiceLines" }],
      history: [],
      categoryMapped: records.kind === "tickets" && choices.mapping.category !== undefined,
      userTickets: 0,
      serverTickets: 0,
    };
  }
  const span = period(dates);
  if (records.kind === "tickets") {
    const fit = fitTickets(records.tickets, choices, scenario, span.months);
    return { ...base, ...span, ...fit, history: monthlySeries(dates) };
  }
  const fit = fitInvoices(records.lines, choices);
  return {
    ...base,
    ...span,
    ...fit,
    history: monthlySeries(dates, records.lines.map((line) => line.amount)),
    categoryMapped: false,
    userTickets: 0,
    serverTickets: 0,
  };
}
