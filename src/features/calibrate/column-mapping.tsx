/**
 * Which column of the file holds each field the fit reads: a select per field listing the
 * file's headers, with an example value from the column to confirm it by.
 */
import { useId } from "react";
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, t } from "@lingui/core/macro";
import type { ColumnMapping, Field, RecordKind } from "../../model/calibrate/types.ts";

type FieldRow = { field: Field; label: MessageDescriptor; required?: boolean };

/** Both kinds of file need a date. */
const DATE = msg({ message: "Date", comment: "a column of the user's records: each record's date" });

/** The columns each kind of file is read from, in the order they are asked for. */
export const FIELDS: Readonly<Record<RecordKind, readonly FieldRow[]>> = {
  tickets: [
    { field: "date", label: DATE, required: true },
    { field: "ticketId", label: msg({ message: "Ticket ID", comment: "a column of the user's helpdesk tickets" }) },
    { field: "timeSpent", label: msg({ message: "Time spent", comment: "a column of the user's helpdesk tickets" }) },
    { field: "category", label: msg({ message: "Category", comment: "a column of the user's helpdesk tickets" }) },
  ],
  invoices: [
    { field: "date", label: DATE, required: true },
    { field: "amount", label: msg({ message: "Amount", comment: "a column of the user's invoices: money" }), required: true },
    { field: "hours", label: msg({ message: "Hours (quantity)", comment: "a column of the user's invoices: the hours billed" }) },
  ],
};

/** The needed fields of a kind of file that no column is mapped to. */
export function missingFields(kind: RecordKind, mapping: ColumnMapping): Field[] {
  return FIELDS[kind].filter((row) => row.required && mapping[row.field] === undefined).map((row) => row.field);
}

/** What to do while needed fields are not mapped: the date column, the amount column, or both. */
export function missingText(missing: readonly Field[]): string {
  if (missing.includes("date") && missing.includes("amount")) return t`Choose the date and amount column to fit the records.`;
  if (missing.includes("amount")) return t`Choose the amount column to fit the records.`;
  return t`Choose the date column to fit the records.`;
}

/** The mapping of the fields a kind of file is read from; a column mapped for the other kind is kept aside. */
export function mappingFor(kind: RecordKind, mapping: ColumnMapping): ColumnMapping {
  return Object.fromEntries(
    FIELDS[kind].filter((row) => mapping[row.field] !== undefined).map((row) => [row.field, mapping[row.field]]),
  ) as ColumnMapping;
}

type ColumnMappingProps = {
  kind: RecordKind;
  headers: readonly string[];
  /** The first value of each column, shortened. */
  samples: readonly string[];
  mapping: ColumnMapping;
  onChange: (field: Field, column: number | undefined) => void;
};

export function ColumnMappingFields({ kind, headers, samples, mapping, onChange }: ColumnMappingProps) {
  const id = useId();
  return (
    <fieldset className="calibrate__group">
      <legend>{t({ message: "Columns", comment: "the columns of the user's file" })}</legend>
      {FIELDS[kind].map((row) => {
        const column = mapping[row.field];
        const sample = column !== undefined ? samples[column] : "";
        const label = i18n._(row.label);
        return (
          <div key={row.field} className="calibrate__column">
            <label htmlFor={`${id}-${row.field}`}>
              {row.required ? t({ message: `${label} (needed)`, comment: "a column the records cannot be read without" }) : label}
            </label>
            <select
              id={`${id}-${row.field}`}
              className="calibrate__select"
              value={column ?? ""}
              aria-describedby={sample ? `${id}-${row.field}-sample` : undefined}
              onChange={(event) => onChange(row.field, event.target.value === "" ? undefined : Number(event.target.value))}
            >
              <option value="">{t({ message: "not mapped", comment: "no column of the user's file is chosen for this field" })}</option>
              {headers.map((header, index) => {
                const number = index + 1;
                return (
                  <option key={index} value={index}>
                    {header || t({ message: `Column ${number}`, comment: "a column of the user's file that has no header" })}
                  </option>
                );
              })}
            </select>
            {sample ? (
              <span id={`${id}-${row.field}-sample`} className="calibrate__sample">
                {t({ message: `e.g. ${sample}`, comment: "an example value from the column chosen" })}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
