import { describe, expect, it } from "vitest";
import { SIDE_MONTH_FIELDS, computeCosts, defaultScenario, simulate } from "../../model/index.ts";
import { buildCsv, csvField, csvHeader, money, plainNumber } from "./csv.ts";

const LINK = "https://calc.example/?seats=20&v=1";
const scenario = { ...defaultScenario(), seats: 20, months: 24, paths: 200 };
const costs = computeCosts(scenario);

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

  it("has a header naming the month, the seats and every SideMonth field of both models", () => {
    const header = records[1]!;
    expect(header.slice(0, 2)).toEqual(["month", "seats"]);
    for (const field of SIDE_MONTH_FIELDS) {
      expect(header).toContain(`breakFix.${field}`);
      expect(header).toContain(`managed.${field}`);
    }
    expect(header).toHaveLength(2 + 2 * SIDE_MONTH_FIELDS.length);
  });

  it("has one row per month, every row as wide as the header, lines ending in CRLF", () => {
    const rows = records.slice(2);
    expect(rows).toHaveLength(24);
    expect(rows.every((row) => row.length === records[1]!.length)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes money to the cent as plain decimals: no currency symbol, no thousands separator", () => {
    const header = records[1]!;
    const lastRow = records.at(-1)!;
    const cumulative = lastRow[header.indexOf("breakFix.cumulative")]!;
    expect(cumulative).toMatch(/^\d+\.\d{2}$/);
    expect(Number(cumulative)).toBeCloseTo(costs.breakFix.total, 2);
    const firstRow = records[2]!;
    expect(firstRow[header.indexOf("managed.onboarding")]).toBe("2000.00");
    expect(firstRow[header.indexOf("managed.invoice")]).toBe(money(costs.months[0]!.managed.invoice));
    expect(text).not.toMatch(/\$|€|£/);
  });

  it("matches the model's figures in every cell", () => {
    const header = records[1]!;
    records.slice(2).forEach((row, index) => {
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
    const header = withBands[1]!;
    expect(header).toEqual(csvHeader(true));
    expect(header).toContain("breakFix.monthly.p10");
    expect(header).toContain("managed.cumulative.p90");
    const last = withBands.at(-1)!;
    expect(Number(last[header.indexOf("breakFix.cumulative.p50")])).toBeCloseTo(simulation.months.at(-1)!.breakFix.cumulative.p50, 2);
  });

  it("leaves the bands out when the simulation is for another horizon", () => {
    const other = simulate({ ...scenario, months: 12 });
    expect(parseCsv(buildCsv({ costs, simulation: other, link: LINK }))[1]).toEqual(csvHeader(false));
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
});
