import { describe, expect, it } from "vitest";
import { SIDE_MONTH_FIELDS, computeCosts, defaultPlanTerms, defaultScenario, simulate } from "../../model/index.ts";
import { buildCsv, csvField, csvHeader, csvText, money, plainNumber } from "./csv.ts";

const LINK = "https://calc.example/?seats=20&v=1";
const scenario = { ...defaultScenario(), seats: 20, months: 24, paths: 200 };
const costs = computeCosts(scenario);
/** Records before the header: the link, the plans' names, which plan `managed.*` is. */
const HEADER = 3;

/** Splits CSV text into records of fields, undoing RFC 4180 quoting. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index++;
    } else field += char;
  }
  return records;
}

describe("CSV of the monthly figures", () => {
  const text = buildCsv({ costs, simulation: null, link: LINK });
  const records = parseCsv(text);

  it("starts with the scenario's link in a comment line", () => {
    expect(text.startsWith(`# ${LINK}\r\n`)).toBe(true);
  });

  it("names the one plan and says the managed columns are its own", () => {
    expect(records[1]).toEqual(["# plans", "Managed"]);
    expect(records[2]).toEqual(["# managed.* columns are plan", "1"]);
  });

  it("has a header naming the month, the seats and every SideMonth field of break-fix, managed and the plan", () => {
    const header = records[HEADER]!;
    expect(header.slice(0, 2)).toEqual(["month", "seats"]);
    expect(header.slice(2, 2 + 2 * SIDE_MONTH_FIELDS.length)).toEqual([
      ...SIDE_MONTH_FIELDS.map((field) => `breakFix.${field}`),
      ...SIDE_MONTH_FIELDS.map((field) => `managed.${field}`),
    ]);
    for (const field of SIDE_MONTH_FIELDS) expect(header).toContain(`plan1.${field}`);
    expect(header).toHaveLength(2 + 3 * SIDE_MONTH_FIELDS.length);
  });

  it("has one row per month, every row as wide as the header, lines ending in CRLF", () => {
    const rows = records.slice(HEADER + 1);
    expect(rows).toHaveLength(24);
    expect(rows.every((row) => row.length === records[HEADER]!.length)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes money to the cent as plain decimals: no currency symbol, no thousands separator", () => {
    const header = records[HEADER]!;
    const lastRow = records.at(-1)!;
    const cumulative = lastRow[header.indexOf("breakFix.cumulative")]!;
    expect(cumulative).toMatch(/^\d+\.\d{2}$/);
    expect(Number(cumulative)).toBeCloseTo(costs.breakFix.total, 2);
    const firstRow = records[HEADER + 1]!;
    expect(firstRow[header.indexOf("managed.onboarding")]).toBe("2000.00");
    expect(firstRow[header.indexOf("managed.invoice")]).toBe(money(costs.months[0]!.managed.invoice));
    expect(text).not.toMatch(/\$|€|£/);
  });

  it("matches the model's figures in every cell", () => {
    const header = records[HEADER]!;
    records.slice(HEADER + 1).forEach((row, index) => {
      const month = costs.months[index]!;
      expect(Number(row[0])).toBe(month.month);
      expect(Number(row[1])).toBe(month.seats);
      for (const side of ["breakFix", "managed"] as const) {
        for (const field of SIDE_MONTH_FIELDS) {
          expect(Number(row[header.indexOf(`${side}.${field}`)])).toBeCloseTo(month[side][field], 2);
        }
      }
    });
  });

  it("adds the simulation's bands, monthly and cumulative, when they are there", () => {
    const simulation = simulate(scenario);
    const withBands = parseCsv(buildCsv({ costs, simulation, link: LINK }));
    const header = withBands[HEADER]!;
    expect(header).toEqual(csvHeader(true, 1));
    expect(header).toContain("breakFix.monthly.p10");
    expect(header).toContain("managed.cumulative.p90");
    const last = withBands.at(-1)!;
    expect(Number(last[header.indexOf("breakFix.cumulative.p50")])).toBeCloseTo(simulation.months.at(-1)!.breakFix.cumulative.p50, 2);
  });

  it("leaves the bands out when the simulation is for another horizon", () => {
    const other = simulate({ ...scenario, months: 12 });
    expect(parseCsv(buildCsv({ costs, simulation: other, link: LINK }))[HEADER]).toEqual(csvHeader(false));
  });
});

describe("CSV fields", () => {
  it("quotes a field with a comma, a quote or a line break, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("writes numbers as plain decimals, never in exponent form", () => {
    expect(plainNumber(1e-7, 4)).toBe("0");
    expect(plainNumber(12.345678, 4)).toBe("12.3457");
    expect(plainNumber(3, 4)).toBe("3");
    expect(plainNumber(-0.00001, 4)).toBe("0");
    expect(plainNumber(Number.NaN, 4)).toBe("");
    expect(money(1234567.891)).toBe("1234567.89");
    expect(money(-0.001)).toBe("0.00");
  });

  it("keeps the link on its one comment line", () => {
    const text = buildCsv({ costs, simulation: null, link: "https://x.example/?a=1\r\n2" });
    expect(text.split("\r\n")[0]).toBe("# https://x.example/?a=12");
  });

  it("quotes a plan's name and never lets a spreadsheet read it as a formula", () => {
    expect(csvText("Gold")).toBe('"Gold"');
    expect(csvText('=cmd|"/c calc"!A0')).toBe('"\'=cmd|""/c calc""!A0"');
    expect(csvText("+1")).toBe(`"'+1"`);
    expect(csvText("-2")).toBe(`"'-2"`);
    expect(csvText("@x")).toBe(`"'@x"`);
    expect(csvText("\tx")).toBe(`"'\tx"`);
    expect(csvText("\rx")).toBe(`"'\rx"`);
    expect(csvText('Say "hi"')).toBe('"Say ""hi"""');
    expect(csvText("Gold, with on-site")).toBe('"Gold, with on-site"');
    // Only a leading sign is a formula; one inside the name is text.
    expect(csvText("Plan = best")).toBe('"Plan = best"');
  });
});

describe("CSV of several plans", () => {
  const hostile = ['=cmd|"/c calc"!A0', "+1", "@x, and more"];
  const three = {
    ...scenario,
    msName: hostile[0]!,
    otherPlans: [
      { ...defaultPlanTerms(2), msName: hostile[1]!, msSeat: 120, msOutside: 30 },
      { ...defaultPlanTerms(3), msName: hostile[2]!, msSeat: 60, msFewer: 60 },
    ],
  };
  const planCosts = computeCosts(three);
  const text = buildCsv({ costs: planCosts, simulation: simulate({ ...three, paths: 100 }), link: LINK });
  const records = parseCsv(text);
  const header = records[HEADER]!;

  it("names every plan on its own line, each name formula-safe, read back as the name with an apostrophe", () => {
    expect(text.split("\r\n")[1]).toBe(`# plans,"'=cmd|""/c calc""!A0","'+1","'@x, and more"`);
    expect(records[1]).toEqual(["# plans", `'${hostile[0]}`, "'+1", "'@x, and more"]);
  });

  it("says which plan the managed columns hold: the cheapest, as the scenario's focus is 0", () => {
    expect(planCosts.focus).toBe(3);
    expect(records[2]).toEqual(["# managed.* columns are plan", "3"]);
  });

  it("has every SideMonth field of every plan, under stable names, matching the model in every row", () => {
    for (const plan of [1, 2, 3]) for (const field of SIDE_MONTH_FIELDS) expect(header).toContain(`plan${plan}.${field}`);
    expect(header).not.toContain("plan4.total");
    records.slice(HEADER + 1).forEach((row, index) => {
      expect(row).toHaveLength(header.length);
      const month = planCosts.months[index]!;
      for (const plan of [1, 2, 3]) {
        expect(Number(row[header.indexOf(`plan${plan}.total`)])).toBeCloseTo(month.plans[plan - 1]!.total, 2);
        expect(Number(row[header.indexOf(`plan${plan}.outsideWork`)])).toBeCloseTo(month.plans[plan - 1]!.outsideWork, 2);
      }
      expect(row[header.indexOf("managed.total")]).toBe(row[header.indexOf("plan3.total")]);
    });
    // Plan 2 bills 30 % of its calls outside the fee; the others none.
    const first = records[HEADER + 1]!;
    expect(Number(first[header.indexOf("plan2.outsideWork")])).toBeGreaterThan(0);
    expect(first[header.indexOf("plan1.outsideWork")]).toBe("0.00");
  });

  it("adds every plan's bands after the columns of earlier files", () => {
    expect(header).toEqual(csvHeader(true, 3));
    expect(header.indexOf("plan3.cumulative.p90")).toBe(header.length - 1);
    expect(header.indexOf("managed.cumulative.p90")).toBeLessThan(header.indexOf("plan1.monthly.p10"));
  });

  it("leaves the bands out when the simulation has another number of plans", () => {
    const onePlan = simulate({ ...scenario, paths: 100 });
    expect(parseCsv(buildCsv({ costs: planCosts, simulation: onePlan, link: LINK }))[HEADER]).toEqual(csvHeader(false, 3));
  });
});
