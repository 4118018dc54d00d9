/**
 * The records calibration's reasons in words: the model reports why a file was refused, what a
 * fitted value rests on and why an input was not fitted as codes with their values
 * (src/model/calibrate/types.ts), and this writes each as a sentence in the page's language.
 */
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, plural, t } from "@lingui/core/macro";
import { numberInputDef } from "../../model/index.ts";
import type { Basis, FittedKey, NotFitted, Refusal } from "../../model/calibrate/types.ts";
import { inputLabel } from "../../i18n/input-text.ts";
import { formatNumber, formatPercent } from "../../lib/format.ts";

/** A file's size is said in MB of 1024 × 1024 bytes, as the limit is counted. */
const MEGABYTE = 1024 * 1024;

/** An input's label from the inputs table, naming the side where both sides have one ("Hours per user issue (break-fix)"). */
export function fittedLabel(key: FittedKey): string {
  const def = numberInputDef(key);
  const label = inputLabel(key);
  if (def.group === "breakFix") return t({ message: `${label} (break-fix)`, comment: "an input's label, and the side of the comparison it belongs to" });
  if (def.group === "managed") return t({ message: `${label} (managed)`, comment: "an input's label, and the side of the comparison it belongs to" });
  return label;
}

/**
 * Why a file was refused, as a sentence with its closing full stop that names the file and says
 * what to do instead: "report.xlsx is a spreadsheet (Excel .xlsx): save it as CSV."
 */
export function refusalText(refusal: Refusal): string {
  return i18n._(refusalMessage(refusal));
}

function refusalMessage(refusal: Refusal): MessageDescriptor {
  const file = refusal.fileName;
  switch (refusal.code) {
    case "empty":
      return msg({ message: `${file} is empty.`, comment: "{file}: the name of the user's file" });
    case "tooLarge": {
      const size = formatNumber(refusal.bytes / MEGABYTE, 1, 1);
      const limit = formatNumber(refusal.maxBytes / MEGABYTE, 1);
      return msg({ message: `${file} is ${size} MB, over the ${limit} MB limit: export a shorter period.`, comment: "{file}: the name of the user's file" });
    }
    case "spreadsheet": {
      const format = refusal.format;
      return msg({ message: `${file} is a spreadsheet (${format}): save it as CSV.`, comment: "{file}: the name of the user's file; {format}: “Excel .xlsx”, “OpenDocument .ods”, “Numbers” or “Excel 97–2003”" });
    }
    case "pdf":
      return msg({ message: `${file} is a PDF: export the records as CSV.`, comment: "{file}: the name of the user's file" });
    case "image": {
      const format = refusal.format;
      return msg({ message: `${file} is an image (${format}): export the records as CSV.`, comment: "{file}: the name of the user's file; {format}: PNG, JPEG, GIF, WebP or TIFF" });
    }
    case "imageOrVideo":
      return msg({ message: `${file} is an image or a video: export the records as CSV.`, comment: "{file}: the name of the user's file" });
    case "compressedArchive": {
      const format = refusal.format;
      return msg({ message: `${file} is a compressed archive (${format}): unpack it and choose the CSV inside.`, comment: "{file}: the name of the user's file; {format}: gzip, 7z, RAR, xz, zstd or bzip2" });
    }
    case "tarArchive":
      return msg({ message: `${file} is an archive (tar): unpack it and choose the CSV inside.`, comment: "{file}: the name of the user's file" });
    case "zipArchive":
      return msg({ message: `${file} is a zip archive (or a spreadsheet): unpack it, or save the spreadsheet as CSV.`, comment: "{file}: the name of the user's file" });
    case "notText":
      return msg({ message: `${file} is not a text file: export the records as CSV.`, comment: "{file}: the name of the user's file" });
    case "webPage":
      return msg({ message: `${file} is a web page (HTML), not CSV: save it as CSV.`, comment: "{file}: the name of the user's file" });
    case "xml":
      return msg({ message: `${file} is an XML file, not CSV: save it as CSV.`, comment: "{file}: the name of the user's file" });
    case "rtf":
      return msg({ message: `${file} is a document (RTF), not CSV: export the records as CSV.`, comment: "{file}: the name of the user's file" });
    case "tooManyRows": {
      const rows = refusal.maxRows;
      return msg({
        message: plural(rows, {
          one: `${file} has more than # row: export a shorter period.`,
          other: `${file} has more than # rows: export a shorter period.`,
        }),
        comment: "{file}: the name of the user's file",
      });
    }
    case "noHeaderRow":
      return msg({ message: `${file} has no header row: its first line is data, not column names.`, comment: "{file}: the name of the user's file" });
    case "noRecords":
      return msg({ message: `${file} has a header row but no records below it.`, comment: "{file}: the name of the user's file" });
  }
}

/** What a fitted value rests on, after it: "from 150 tickets over 12.0 months". */
export function basisText(basis: Basis): string {
  return i18n._(basisMessage(basis));
}

function basisMessage(basis: Basis): MessageDescriptor {
  switch (basis.code) {
    case "tickets": {
      const [tickets, months] = [basis.tickets, formatNumber(basis.months, 1, 1)];
      return msg({
        message: plural(tickets, { one: `from # ticket over ${months} months`, other: `from # tickets over ${months} months` }),
        comment: "what a fitted value rests on, after it; {months} is always written with one decimal (“12.0”, “1.0”)",
      });
    }
    case "userTickets": {
      const [tickets, months] = [basis.tickets, formatNumber(basis.months, 1, 1)];
      return msg({
        message: plural(tickets, { one: `from # user ticket over ${months} months`, other: `from # user tickets over ${months} months` }),
        comment: "what a fitted value rests on, after it; user tickets are those not ticked as server work; {months} is always written with one decimal (“12.0”, “1.0”)",
      });
    }
    case "timedTickets": {
      const tickets = basis.tickets;
      return msg({
        message: plural(tickets, { one: `mean of # ticket with time spent`, other: `mean of # tickets with time spent` }),
        comment: "what a fitted number of hours per issue rests on, after it",
      });
    }
    case "timedUserTickets": {
      const tickets = basis.tickets;
      return msg({
        message: plural(tickets, { one: `mean of # user ticket with time spent`, other: `mean of # user tickets with time spent` }),
        comment: "what a fitted number of hours per issue rests on, after it; user tickets are those not ticked as server work",
      });
    }
    case "serverTickets": {
      const [tickets, months, servers] = [basis.tickets, formatNumber(basis.months, 1, 1), basis.servers];
      return msg({
        message: plural(tickets, {
          one: `from # server ticket over ${months} months and ${plural(servers, { one: "# server", other: "# servers" })}`,
          other: `from # server tickets over ${months} months and ${plural(servers, { one: "# server", other: "# servers" })}`,
        }),
        comment: "what the fitted server incidents per server per year rest on, after them; {months} is always written with one decimal (“12.0”, “1.0”)",
      });
    }
    case "invoiceLines": {
      const [lines, hours, totalHours] = [basis.lines, basis.hours, formatNumber(basis.hours, 2)];
      return msg({
        message: plural(lines, {
          one: `from # invoice line with ${plural(hours, { one: `${totalHours} hour`, other: `${totalHours} hours` })}`,
          other: `from # invoice lines with ${plural(hours, { one: `${totalHours} hour`, other: `${totalHours} hours` })}`,
        }),
        comment: "what a fitted hourly rate rests on, after it; {totalHours}: the hours of those lines summed, such as 9.25",
      });
    }
  }
}

/** Why an input was not fitted, without a closing full stop: "Hourly rate (break-fix) needs an hours or quantity column". */
export function notFittedText(reason: NotFitted): string {
  return i18n._(notFittedMessage(reason));
}

function notFittedMessage(reason: NotFitted): MessageDescriptor {
  switch (reason.code) {
    case "noStaff": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs the number of staff during this period`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "noneCalledIn": {
      const [input, setting, percent] = [fittedLabel(reason.key), inputLabel(reason.input), formatPercent(reason.percent)];
      return msg({
        message: `${input} cannot be fitted while no problems are called in (${setting}: ${percent})`,
        comment: "why an input was not fitted from the user's records; {input}: its label; {setting}: the label of the input that is at {percent}",
      });
    }
    case "noTimeSpentColumn": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs a time spent column`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "noTimedTickets": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs time spent on at least one ticket (found none)`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "noTimedUserTickets": {
      const input = fittedLabel(reason.key);
      return msg({
        message: `${input} needs time spent on at least one user ticket (found none)`,
        comment: "why an input was not fitted from the user's records; {input}: its label; user tickets are those not ticked as server work",
      });
    }
    case "noCategoryColumn": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs a category column to tell server work from user tickets`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "noServerCategory": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs at least one category ticked as server work`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "noServers": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs at least one server in the scenario`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "managedInvoices":
      return msg({ message: `a managed provider's invoices fit no input: its fees are the managed terms`, comment: "why nothing was fitted from the user's invoices; after “Not fitted:”" });
    case "noHoursColumn": {
      const input = fittedLabel(reason.key);
      return msg({ message: `${input} needs an hours or quantity column`, comment: "why an input was not fitted from the user's records; {input}: its label" });
    }
    case "tooFewRateLines": {
      const [input, needed, found] = [fittedLabel(reason.key), reason.min, formatNumber(reason.found, 0)];
      return msg({
        message: plural(needed, {
          one: `${input} needs at least # invoice line with hours (found ${found})`,
          other: `${input} needs at least # invoice lines with hours (found ${found})`,
        }),
        comment: "why an input was not fitted from the user's records; {input}: its label; {found}: how many lines with hours the file has",
      });
    }
    case "noTickets":
      return msg({ message: `no ticket could be read`, comment: "why nothing was fitted from the user's file; after “Not fitted:”" });
    case "noInvoiceLines":
      return msg({ message: `no invoice line could be read`, comment: "why nothing was fitted from the user's file; after “Not fitted:”" });
  }
}
