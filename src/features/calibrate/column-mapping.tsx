/**
 * Which column of the file holds each field the fit reads: a select per field listing the
 * file's headers, with an example value from the column to confirm it by.
 */
import { useId } from "react";
import type { ColumnMapping, Field, RecordKind } from "../../model/calibrate/types.ts";

type FieldRow = { field: Field; label: string; required?: boolean };

/** The columns each kind of file is read from, in the order they are asked for. */
export const FIELDS: Readonly<Record<RecordKind, readonly FieldRow[]>> = {
  tickets: [
    { field: "date", label: "Date", required: true },
    { field: "ticketId", label: "Ticket ID" },
    { field: "timeSpent", label: "Time spent" },
    { field: "category", label: "Category" },
  ],
  invoices: [
    { field: "date", label: "Date", required: true },
    { field: "amount", label: "Amount", required: true },
    { field: "hours", label: "Hours (quantity)" },
  ],
};

/** The needed fields of a kind of file that no column is mapped to, in words ("date", "amount"). */
export function missingFields(kind: RecordKind, mapping: ColumnMapping): string[] {
  return FIELDS[kind].filter((row) => row.required && mapping[row.field] === undefined).map((row) => row.label.toLowerCase());
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
      <legend>Columns</legend>
      {FIELDS[kind].map((row) => {
        const column = mapping[row.field];
        const sample = column !== undefined ? samples[column] : "";
        return (
          <div key={row.field} className="calibrate__column">
            <label htmlFor={`${id}-${row.field}`}>
              {row.label}
              {row.required ? " (needed)" : ""}
            </label>
            <select
              id={`${id}-${row.field}`}
              className="calibrate__select"
              value={column ?? ""}
              aria-describedby={sample ? `${id}-${row.field}-sample` : undefined}
              onChange={(event) => onChange(row.field, event.target.value === "" ? undefined : Number(event.target.value))}
            >
              <option value="">not mapped</option>
              {headers.map((header, index) => (
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                </option>
              ))}
            </select>
            {sample ? (
              <span id={`${id}-${row.field}-sample`} className="calibrate__sample">
                e.g. {sample}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
