import { describe, expect, it } from "vitest";
import { defaultScenario } from "../inputs.ts";
import { fitRecords } from "./fit.ts";
import type { Choices, Records, TicketRecord } from "./types.ts";

const local = (year: number, month: number, day: number, hours = 0) => new Date(year, month - 1, day, hours).getTime();
/** The default scenario: bfRecur 25 %, bfReported 60 %, msRecur 5 %, msFewer 40 %, 2 servers. */
const scenario = defaultScenario();

const choices: Choices = {
  kind: "tickets",
  mapping: { date: 0 },
  dateOrder: "dayFirst",
  durationUnit: "hours",
  source: "breakFix",
  staff: 20,
  serverCategories: [],
};

/** `count` tickets spread over 2024, a leap year: 1 January to 31 December is 366 days, 12.02 months. */
function ticketsOver2024(count: number, extra: Partial<TicketRecord> = {}): TicketRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    date: index === 0 ? local(2024, 1, 1) : index === count - 1 ? local(2024, 12, 31, 23) : local(2024, 1 + (index % 12), 1 + (index % 28), 12),
    hours: null,
    category: null,
    ...extra,
  }));
}

function tickets(list: TicketRecord[]): Records {
  return { kind: "tickets", tickets: list, skipped: [], rows: list.length };
}

function value(fit: ReturnType<typeof fitRecords>, key: string) {
  return fit.fitted.find((fitted) => fitted.key === key);
}

describe("fitRecords: the period", () => {
  it("counts calendar days from the first date to the last, both included, and months as days / (365.25 / 12)", () => {
    const fit = fitRecords(tickets(ticketsOver2024(150)), choices, scenario);
    expect(fit.days).toBe(366);
    expect(fit.months).toBeCloseTo(366 / 30.4375, 12);
    expect(fit.firstDate).toBe(local(2024, 1, 1));
    expect(fit.lastDate).toBe(local(2024, 12, 31, 23));
  });

  it("counts a period shorter than a month as one month", () => {
    const fit = fitRecords(tickets([{ date: local(2025, 2, 3), hours: null, category: null }, { date: local(2025, 2, 12), hours: null, category: null }]), choices, scenario);
    expect(fit.days).toBe(10);
    expect(fit.months).toBe(1);
  });

  it("counts calendar days across daylight-saving changes as whole days", () => {
    const fit = fitRecords(tickets([{ date: local(2025, 3, 1, 0), hours: null, category: null }, { date: local(2025, 11, 30, 23), hours: null, category: null }]), choices, scenario);
    // March 1 to November 30: 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 275 days.
    expect(fit.days).toBe(275);
  });
});

describe("fitRecords: issues per person per month", () => {
  it("gives CALIBRATE.md's example: 150 tickets over 12.0 months from 20 staff is 0.78 (0.68–0.89) for break-fix", () => {
    const fit = fitRecords(tickets(ticketsOver2024(150)), choices, scenario);
    // c = 150 / (12.0246 × 20) = 0.623722; issues = c × (1 − 0.25) / 0.60 = 0.779653.
    // Garwood 90 % on 150 (SciPy): [130.439, 171.765], scaled alike: [0.677989, 0.892789].
    expect(value(fit, "issues")).toEqual({
      key: "issues",
      value: 0.78,
      unclamped: 0.78,
      clamped: false,
      interval: { low: 0.68, high: 0.89 },
      basis: { code: "tickets", tickets: 150, months: fit.months },
    });
  });

  it("solves the managed source's expected calls instead", () => {
    const fit = fitRecords(tickets(ticketsOver2024(150)), { ...choices, source: "managed" }, scenario);
    // issues = 0.623722 × (1 − 0.05) / (1 − 0.40) = 0.987560; interval [0.858819, 1.130370].
    expect(value(fit, "issues")).toMatchObject({ value: 0.99, interval: { low: 0.86, high: 1.13 } });
  });

  it("counts only user tickets: those whose category is not ticked as server work", () => {
    const list = ticketsOver2024(150, { category: "Hardware" }).map((ticket, index) => (index >= 1 && index <= 30 ? { ...ticket, category: "Server" } : ticket));
    const fit = fitRecords(tickets(list), { ...choices, mapping: { date: 0, category: 1 }, serverCategories: [" Server "] }, scenario);
    expect([fit.userTickets, fit.serverTickets]).toEqual([120, 30]);
    // 120 / (12.0246 × 20) × 1.25 = 0.623719.
    expect(value(fit, "issues")).toMatchObject({ value: 0.62, basis: { code: "userTickets", tickets: 120, months: fit.months } });
  });

  it("clamps to the input's range and says so", () => {
    const fit = fitRecords(tickets(ticketsOver2024(3000)), { ...choices, staff: 1 }, scenario);
    // 3000 / 12.0246 × 1.25 = 311.86, above issues' maximum of 10.
    expect(value(fit, "issues")).toMatchObject({ value: 10, unclamped: 311.86, clamped: true });
  });

  it("is not fitted without staff, or when break-fix users call nothing in", () => {
    const noStaff = fitRecords(tickets(ticketsOver2024(10)), { ...choices, staff: 0 }, scenario);
    expect(value(noStaff, "issues")).toBeUndefined();
    expect(noStaff.notFitted).toContainEqual({ code: "noStaff", key: "issues" });
    const silent = fitRecords(tickets(ticketsOver2024(10)), choices, { ...scenario, bfReported: 0 });
    expect(value(silent, "issues")).toBeUndefined();
    expect(silent.notFitted).toContainEqual({ code: "noneCalledIn", key: "issues", input: "bfReported", percent: 0 });
  });
});

describe("fitRecords: hours per user issue", () => {
  const timed = ticketsOver2024(5).map((ticket, index) => ({ ...ticket, hours: [1, 2, null, 0, 3][index]! }));

  it("is the mean time over user tickets with time spent above 0: bfHours for break-fix, msHours for managed", () => {
    const mapping = { date: 0, timeSpent: 1 };
    // (1 + 2 + 3) / 3 = 2; the empty and the zero are left out.
    expect(value(fitRecords(tickets(timed), { ...choices, mapping }, scenario), "bfHours")).toMatchObject({ value: 2, basis: { code: "timedTickets", tickets: 3 } });
    expect(value(fitRecords(tickets(timed), { ...choices, mapping, source: "managed" }, scenario), "msHours")).toMatchObject({ value: 2 });
  });

  it("is not fitted without a time column or without any time", () => {
    expect(fitRecords(tickets(timed), choices, scenario).notFitted).toContainEqual({ code: "noTimeSpentColumn", key: "bfHours" });
    const untimed = fitRecords(tickets(ticketsOver2024(5)), { ...choices, mapping: { date: 0, timeSpent: 1 } }, scenario);
    expect(untimed.notFitted).toContainEqual({ code: "noTimedTickets", key: "bfHours" });
    const managed = fitRecords(tickets(ticketsOver2024(5, { category: "Desk" })), { ...choices, source: "managed", mapping: { date: 0, timeSpent: 1, category: 2 } }, scenario);
    expect(managed.notFitted).toContainEqual({ code: "noTimedUserTickets", key: "msHours" });
  });
});

describe("fitRecords: server incidents per server per year", () => {
  const list = ticketsOver2024(20).map((ticket, index) => ({ ...ticket, category: index % 4 === 1 ? "Server" : "Desktop" }));
  const categorised = { ...choices, mapping: { date: 0, category: 1 }, serverCategories: ["Server"] };

  it("is server tickets × 12 / (months × servers), through the source's recurrence", () => {
    // 5 server tickets: 5 × 12 / (12.0246 × 2) = 2.494881; break-fix × (1 − 0.25) = 1.871161.
    const fit = fitRecords(tickets(list), categorised, scenario);
    expect(value(fit, "srvIssues")).toMatchObject({
      value: 1.87,
      basis: { code: "serverTickets", tickets: 5, months: fit.months, servers: 2 },
    });
    // The other fitted values say the tickets they rest on are user tickets.
    expect(value(fit, "issues")?.basis).toEqual({ code: "userTickets", tickets: 15, months: fit.months });
    // Managed: 2.494881 × (1 − 0.05) / (1 − 0.40) = 3.950228.
    expect(value(fitRecords(tickets(list), { ...categorised, source: "managed" }, scenario), "srvIssues")).toMatchObject({ value: 3.95 });
  });

  it("is left as it is when a category is mapped but none is ticked as server work", () => {
    const fit = fitRecords(tickets(list), { ...categorised, serverCategories: [] }, scenario);
    expect(value(fit, "srvIssues")).toBeUndefined();
    expect(fit.notFitted).toContainEqual({ code: "noServerCategory", key: "srvIssues" });
    // Every ticket is then a user ticket.
    expect(fit.userTickets).toBe(20);
  });

  it("is not fitted without a category column or without servers", () => {
    const uncategorised = fitRecords(tickets(list), choices, scenario);
    expect(value(uncategorised, "srvIssues")).toBeUndefined();
    expect(uncategorised.notFitted).toContainEqual({ code: "noCategoryColumn", key: "srvIssues" });
    const noServers = fitRecords(tickets(list), categorised, { ...scenario, servers: 0 });
    expect(value(noServers, "srvIssues")).toBeUndefined();
    expect(noServers.notFitted).toContainEqual({ code: "noServers", key: "srvIssues" });
  });
});

describe("fitRecords: invoices", () => {
  const invoiceChoices: Choices = { ...choices, kind: "invoices", mapping: { date: 0, amount: 1, hours: 2 } };
  const lines = (entries: [number, number, number | null][]): Records => ({
    kind: "invoices",
    lines: entries.map(([day, amount, hours]) => ({ date: local(2025, 1, day), amount, hours })),
    skipped: [],
    rows: entries.length,
  });

  it("fits bfRate as the amount of lines with hours over those hours, credits subtracted", () => {
    const fit = fitRecords(
      lines([[2, 225, 1.5], [5, 300, 2], [9, 90, null], [12, 112.5, 0.75], [20, -150, 1], [25, 450, 3], [28, 150, 1], [30, 40, 0]]),
      invoiceChoices,
      scenario,
    );
    // (225 + 300 + 112.5 − 150 + 450 + 150) / (1.5 + 2 + 0.75 + 1 + 3 + 1) = 1087.5 / 9.25 = 117.567…
    expect(fit.fitted).toEqual([{ key: "bfRate", value: 117.57, unclamped: 117.57, clamped: false, basis: { code: "invoiceLines", lines: 6, hours: 9.25 } }]);
    expect(fit.count).toBe(8);
  });

  it("needs at least five lines with hours", () => {
    const fit = fitRecords(lines([[2, 225, 1.5], [5, 300, 2], [9, 90, 1], [12, 112.5, 0.75], [13, 5, null]]), invoiceChoices, scenario);
    expect(fit.fitted).toEqual([]);
    expect(fit.notFitted).toEqual([{ code: "tooFewRateLines", key: "bfRate", min: 5, found: 4 }]);
  });

  it("says the hours it rests on to 2 dp, and needs an hours column", () => {
    const fit = fitRecords(lines([[2, 10, 0.1], [5, 20, 0.2], [9, 10, 0.1], [12, 20, 0.2], [13, 30, 0.3]]), invoiceChoices, scenario);
    expect(fit.fitted[0]!.basis).toEqual({ code: "invoiceLines", lines: 5, hours: 0.9 });
    const noHours = fitRecords(lines([[2, 225, 1.5]]), { ...invoiceChoices, mapping: { date: 0, amount: 1 } }, scenario);
    expect(noHours.notFitted).toEqual([{ code: "noHoursColumn", key: "bfRate" }]);
  });

  it("fits nothing from a managed provider's invoices, but keeps their history", () => {
    const fit = fitRecords(lines([[2, 1500, null], [28, 1500, null]]), { ...invoiceChoices, source: "managed" }, scenario);
    expect(fit.fitted).toEqual([]);
    expect(fit.notFitted).toEqual([{ code: "managedInvoices" }]);
    expect(fit.history).toEqual([{ month: "2025-01", value: 3000 }]);
  });
});

describe("fitRecords: nothing to fit", () => {
  it("says so when no record could be read", () => {
    const fit = fitRecords({ kind: "tickets", tickets: [], skipped: [{ reason: "date unreadable", count: 3, firstLines: [2, 3, 4] }], rows: 3 }, choices, scenario);
    expect(fit).toMatchObject({ count: 0, days: 0, fitted: [], history: [], notFitted: [{ code: "noTickets" }] });
    expect(fit.skipped).toHaveLength(1);
  });

  it("names the kind of record none of which could be read", () => {
    const fit = fitRecords({ kind: "invoices", lines: [], skipped: [], rows: 0 }, { ...choices, kind: "invoices" }, scenario);
    expect(fit.notFitted).toEqual([{ code: "noInvoiceLines" }]);
  });
});
