import { describe, expect, it } from "vitest";
import { readTable } from "./read-table.ts";
import type { Refusal, Table } from "./types.ts";

function table(text: string): Table {
  const read = readTable("records.csv", text);
  if (!("rows" in read)) throw new Error(`refused: ${read.code}`);
  return read;
}

function refusal(text: string): Refusal {
  const read = readTable("records.csv", text);
  if ("rows" in read) throw new Error("read, not refused");
  return read;
}

describe("readTable", () => {
  it("reads a header row and data rows, cells as raw text", () => {
    expect(table("Date,Ticket ID,Hours\n2025-03-14,101, 1.5 \n")).toEqual({
      fileName: "records.csv",
      headers: ["Date", "Ticket ID", "Hours"],
      rows: [["2025-03-14", "101", " 1.5 "]],
      rowLines: [2],
    });
  });

  it.each([
    ["comma", ","],
    ["semicolon", ";"],
    ["tab", "\t"],
  ])("detects a %s delimiter", (_, delimiter) => {
    const line = (cells: string[]) => cells.map((cell) => `"${cell}"`).join(delimiter);
    const read = table(`${line(["Date", "Amount", "Text"])}\n${line(["14.03.2025", "1.234,50", "a, b; c"])}\n`);
    expect(read.headers).toEqual(["Date", "Amount", "Text"]);
    expect(read.rows[0]).toEqual(["14.03.2025", "1.234,50", "a, b; c"]);
  });

  it("prefers the delimiter that splits the header when decimal commas split the values too", () => {
    expect(table("Date;Amount\n14.03.2025;1.234,50\n15.03.2025;12,00\n").rows).toEqual([
      ["14.03.2025", "1.234,50"],
      ["15.03.2025", "12,00"],
    ]);
  });

  it("follows RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes", () => {
    const read = table('Date,Summary\r\n2025-03-14,"Printer, 2nd floor ""HP"""\r\n2025-03-15,"two\r\nlines"\r\n2025-03-16,5" screen\r\n');
    expect(read.rows).toEqual([
      ["2025-03-14", 'Printer, 2nd floor "HP"'],
      ["2025-03-15", "two\nlines"],
      ["2025-03-16", '5" screen'],
    ]);
    expect(read.rowLines).toEqual([2, 3, 5]);
  });

  it("skips blank lines and lines of empty cells, counting them in the line numbers", () => {
    const read = table("Date,Amount\n\n2025-01-01,5\n,,\n   \n2025-01-02,6\n\n");
    expect(read.rows).toEqual([["2025-01-01", "5"], ["2025-01-02", "6"]]);
    expect(read.rowLines).toEqual([3, 6]);
  });

  it("reads CR, LF and CRLF line ends, mixed", () => {
    expect(table("Date,Amount\r2025-01-01,5\n2025-01-02,6\r\n2025-01-03,7").rowLines).toEqual([2, 3, 4]);
  });

  it("ignores a byte-order mark left in the text", () => {
    expect(table("\ufeffDate,Amount\n2025-01-01,5\n").headers).toEqual(["Date", "Amount"]);
  });

  it("takes its delimiter from Excel's sep= line", () => {
    const read = table("sep=;\nDate;Amount,USD\n2025-01-01;5,5\n");
    expect(read.headers).toEqual(["Date", "Amount,USD"]);
    expect(read.rowLines).toEqual([3]);
  });

  it("finds the header below a report's title lines", () => {
    const read = table('"Acme Dental"\n"Transaction List by Vendor"\n"January - March 2025"\n\n"Date","Transaction Type","Num","Amount"\n"01/15/2025","Bill","1001","225.00"\n');
    expect(read.headers).toEqual(["Date", "Transaction Type", "Num", "Amount"]);
    expect(read.rowLines).toEqual([6]);
  });

  it("keeps formula-like and markup-like cells as the text they are", () => {
    const cells = ['=HYPERLINK("http://example.com","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "<img src=x onerror=alert(1)>"];
    const read = table(`Date,Summary\n${cells.map((cell) => `2025-01-01,"${cell.replace(/"/g, '""')}"`).join("\n")}\n`);
    expect(read.rows.map((row) => row[1])).toEqual(cells);
  });

  it("reports progress up to the whole file", () => {
    const fractions: number[] = [];
    readTable("records.csv", `Date,Hours\n${"2025-01-01,1\n".repeat(100_000)}`, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.every((fraction, index) => fraction > 0 && fraction <= 1 && (index === 0 || fraction >= fractions[index - 1]!))).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });

  it("refuses an empty file or one of blank lines", () => {
    expect(refusal("")).toEqual({ fileName: "records.csv", code: "empty" });
    expect(refusal("\n \n\t\n")).toEqual({ fileName: "records.csv", code: "empty" });
  });

  it("refuses a file whose first row is data", () => {
    expect(refusal("2025-01-01,1.5,Printer\n2025-01-02,2,Email\n")).toEqual({ fileName: "records.csv", code: "noHeaderRow" });
    expect(refusal("1,2,3\n4,5,6\n").code).toBe("noHeaderRow");
  });

  it("refuses a header with nothing below it", () => {
    expect(refusal("Date,Amount\n")).toEqual({ fileName: "records.csv", code: "noRecords" });
  });

  it("refuses more than 500,000 rows", { timeout: 60_000 }, () => {
    expect(refusal(`Date\n${"2025-01-01\n".repeat(500_001)}`)).toEqual({ fileName: "records.csv", code: "tooManyRows", maxRows: 500_000 });
    expect(table(`Date\n${"2025-01-01\n".repeat(500_000)}`).rows).toHaveLength(500_000);
  });
});
