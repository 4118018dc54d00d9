import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "@lingui/core";
import type { Basis, NotFitted, Refusal } from "../../model/calibrate/types.ts";
import { MAX_FILE_BYTES } from "../../model/calibrate/sniff.ts";
import { MAX_ROWS } from "../../model/calibrate/read-table.ts";
import { MIN_RATE_LINES } from "../../model/calibrate/fit.ts";
import { basisText, notFittedText, refusalText } from "./calibrate-reasons.ts";

/** One example of every code of a union, with its English: TypeScript refuses the table if a code is missing. */
type EveryCode<T extends { code: string }> = { [C in T["code"]]: [Extract<T, { code: C }>, string] };

const MB = 1024 * 1024;
/** 366 days, as fitted: 12.02 months. */
const A_YEAR = 366 / (365.25 / 12);

const REFUSALS: EveryCode<Refusal> = {
  empty: [{ fileName: "tickets.csv", code: "empty" }, "tickets.csv is empty."],
  tooLarge: [
    { fileName: "huge.csv", code: "tooLarge", bytes: 123.456 * MB, maxBytes: MAX_FILE_BYTES },
    "huge.csv is 123.5 MB, over the 50 MB limit: export a shorter period.",
  ],
  spreadsheet: [{ fileName: "report.csv", code: "spreadsheet", format: "Excel .xlsx" }, "report.csv is a spreadsheet (Excel .xlsx): save it as CSV."],
  pdf: [{ fileName: "invoice.pdf", code: "pdf" }, "invoice.pdf is a PDF: export the records as CSV."],
  image: [{ fileName: "scan.png", code: "image", format: "PNG" }, "scan.png is an image (PNG): export the records as CSV."],
  imageOrVideo: [{ fileName: "IMG_0001.HEIC", code: "imageOrVideo" }, "IMG_0001.HEIC is an image or a video: export the records as CSV."],
  compressedArchive: [
    { fileName: "export.csv.gz", code: "compressedArchive", format: "gzip" },
    "export.csv.gz is a compressed archive (gzip): unpack it and choose the CSV inside.",
  ],
  tarArchive: [{ fileName: "export.tar", code: "tarArchive" }, "export.tar is an archive (tar): unpack it and choose the CSV inside."],
  zipArchive: [{ fileName: "export.zip", code: "zipArchive" }, "export.zip is a zip archive (or a spreadsheet): unpack it, or save the spreadsheet as CSV."],
  notText: [{ fileName: "data.bin", code: "notText" }, "data.bin is not a text file: export the records as CSV."],
  webPage: [{ fileName: "report.xls", code: "webPage" }, "report.xls is a web page (HTML), not CSV: save it as CSV."],
  xml: [{ fileName: "report.xml", code: "xml" }, "report.xml is an XML file, not CSV: save it as CSV."],
  rtf: [{ fileName: "notes.rtf", code: "rtf" }, "notes.rtf is a document (RTF), not CSV: export the records as CSV."],
  tooManyRows: [{ fileName: "all.csv", code: "tooManyRows", maxRows: MAX_ROWS }, "all.csv has more than 500,000 rows: export a shorter period."],
  noHeaderRow: [{ fileName: "data.csv", code: "noHeaderRow" }, "data.csv has no header row: its first line is data, not column names."],
  noRecords: [{ fileName: "header.csv", code: "noRecords" }, "header.csv has a header row but no records below it."],
};

const BASES: EveryCode<Basis> = {
  tickets: [{ code: "tickets", tickets: 150, months: A_YEAR }, "from 150 tickets over 12.0 months"],
  userTickets: [{ code: "userTickets", tickets: 120, months: A_YEAR }, "from 120 user tickets over 12.0 months"],
  timedTickets: [{ code: "timedTickets", tickets: 3 }, "mean of 3 tickets with time spent"],
  timedUserTickets: [{ code: "timedUserTickets", tickets: 7 }, "mean of 7 user tickets with time spent"],
  serverTickets: [{ code: "serverTickets", tickets: 5, months: A_YEAR, servers: 2 }, "from 5 server tickets over 12.0 months and 2 servers"],
  invoiceLines: [{ code: "invoiceLines", lines: 6, hours: 9.25 }, "from 6 invoice lines with 9.25 hours"],
};

const NOT_FITTED: EveryCode<NotFitted> = {
  noStaff: [{ code: "noStaff", key: "issues" }, "Issues per person per month needs the number of staff during this period"],
  noneCalledIn: [
    { code: "noneCalledIn", key: "issues", input: "bfReported", percent: 0 },
    "Issues per person per month cannot be fitted while no problems are called in (Problems called in: 0%)",
  ],
  noTimeSpentColumn: [{ code: "noTimeSpentColumn", key: "bfHours" }, "Hours per user issue (break-fix) needs a time spent column"],
  noTimedTickets: [{ code: "noTimedTickets", key: "msHours" }, "Hours per user issue (managed) needs time spent on at least one ticket (found none)"],
  noTimedUserTickets: [
    { code: "noTimedUserTickets", key: "bfHours" },
    "Hours per user issue (break-fix) needs time spent on at least one user ticket (found none)",
  ],
  noCategoryColumn: [
    { code: "noCategoryColumn", key: "srvIssues" },
    "Server incidents per server per year needs a category column to tell server work from user tickets",
  ],
  noServerCategory: [{ code: "noServerCategory", key: "srvIssues" }, "Server incidents per server per year needs at least one category ticked as server work"],
  noServers: [{ code: "noServers", key: "srvIssues" }, "Server incidents per server per year needs at least one server in the scenario"],
  managedInvoices: [{ code: "managedInvoices" }, "a managed provider's invoices fit no input: its fees are the managed terms"],
  noHoursColumn: [{ code: "noHoursColumn", key: "bfRate" }, "Hourly rate (break-fix) needs an hours or quantity column"],
  tooFewRateLines: [
    { code: "tooFewRateLines", key: "bfRate", min: MIN_RATE_LINES, found: 4 },
    "Hourly rate (break-fix) needs at least 5 invoice lines with hours (found 4)",
  ],
  noTickets: [{ code: "noTickets" }, "no ticket could be read"],
  noInvoiceLines: [{ code: "noInvoiceLines" }, "no invoice line could be read"],
};

/** Every example, worded. */
function allTexts(): string[] {
  return [
    ...Object.values(REFUSALS).map(([refusal]) => refusalText(refusal)),
    ...Object.values(BASES).map(([basis]) => basisText(basis)),
    ...Object.values(NOT_FITTED).map(([reason]) => notFittedText(reason)),
  ];
}

afterEach(() => i18n.loadAndActivate({ locale: "en", locales: ["en"], messages: {} }));

describe("the calibration's reasons in words", () => {
  it.each(Object.entries(REFUSALS))("words the refusal %s as a sentence naming the file", (_, [refusal, english]) => {
    expect(refusalText(refusal)).toBe(english);
  });

  it.each(Object.entries(BASES))("words the basis %s", (_, [basis, english]) => {
    expect(basisText(basis)).toBe(english);
  });

  it.each(Object.entries(NOT_FITTED))("words the reason %s for not fitting, naming the input by its label", (_, [reason, english]) => {
    expect(notFittedText(reason)).toBe(english);
  });

  it("counts in the singular where there is one", () => {
    expect(basisText({ code: "tickets", tickets: 1, months: 1 })).toBe("from 1 ticket over 1.0 months");
    expect(basisText({ code: "timedUserTickets", tickets: 1 })).toBe("mean of 1 user ticket with time spent");
    expect(basisText({ code: "serverTickets", tickets: 1, months: A_YEAR, servers: 1 })).toBe("from 1 server ticket over 12.0 months and 1 server");
    expect(basisText({ code: "invoiceLines", lines: 5, hours: 1 })).toBe("from 5 invoice lines with 1 hour");
    expect(basisText({ code: "invoiceLines", lines: 5, hours: 1.5 })).toBe("from 5 invoice lines with 1.5 hours");
  });

  it("writes the months to one decimal and the size to one decimal, as the model counts them", () => {
    expect(basisText({ code: "tickets", tickets: 8, months: 89 / (365.25 / 12) })).toBe("from 8 tickets over 2.9 months");
    expect(refusalText({ fileName: "big.csv", code: "tooLarge", bytes: MAX_FILE_BYTES + 1, maxBytes: MAX_FILE_BYTES })).toBe(
      "big.csv is 50.0 MB, over the 50 MB limit: export a shorter period.",
    );
  });

  it("leaves no placeholder, undefined or NaN in any text", () => {
    for (const text of allTexts()) expect(text).not.toMatch(/[{}]|undefined|NaN/);
  });

  it("writes figures the page's language's way in another language, still with no placeholder showing", () => {
    i18n.loadAndActivate({ locale: "de", locales: ["de"], messages: {} });
    expect(basisText({ code: "invoiceLines", lines: 6, hours: 1008.25 })).toContain("1.008,25");
    expect(basisText({ code: "tickets", tickets: 1500, months: A_YEAR })).toContain("1.500");
    expect(basisText({ code: "tickets", tickets: 1500, months: A_YEAR })).toContain("12,0");
    for (const text of allTexts()) expect(text).not.toMatch(/[{}]|undefined|NaN/);
  });
});
