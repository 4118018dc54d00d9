/** The accessible alternative to a chart: the same figures as an HTML table. */
import { useId, type ReactNode } from "react";

/**
 * A column: a cell may be a control, such as a figure that opens its explanation. `key` tells
 * columns apart where two headers may be the same (plans are named by the user).
 */
export type Column<Row> = { header: string; key?: string; cell: (row: Row) => ReactNode };

type DataTableProps<Row> = {
  caption: string;
  /** The first column, which names each row (a month, a seat count, an input). */
  rowHeader: { header: string; cell: (row: Row) => string };
  columns: readonly Column<Row>[];
  rows: readonly Row[];
};

export function DataTable<Row>({ caption, rowHeader, columns, rows }: DataTableProps<Row>) {
  const captionId = useId();
  return (
    // Focusable so keyboard users can scroll a long table.
    <div className="chart-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader.header}</th>
            {columns.map((column) => (
              <th key={column.key ?? column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = rowHeader.cell(row);
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                {columns.map((column) => (
                  <td key={column.key ?? column.header}>{column.cell(row)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
