/** What an A/B comparison shows, as plain data: the inputs that differ and the running totals of both. */
import { INPUTS, type CostResult, type InputKey, type Scenario } from "../../model/index.ts";

export type InputChange = { key: InputKey; label: string; a: number | boolean | string; b: number | boolean | string };

/** The inputs whose values differ between A and B, in the inputs table's order. */
export function changedInputs(a: Scenario, b: Scenario): InputChange[] {
  return INPUTS.filter((def) => a[def.key] !== b[def.key]).map((def) => ({
    key: def.key,
    label: def.label,
    a: a[def.key],
    b: b[def.key],
  }));
}

/** One month of the comparison chart: each scenario's running total of each side, absent past its horizon. */
export type CompareRow = { month: number; aBreakFix?: number; aManaged?: number; bBreakFix?: number; bManaged?: number };

export function compareRows(a: CostResult, b: CostResult): CompareRow[] {
  const months = Math.max(a.months.length, b.months.length);
  const rows: CompareRow[] = [];
  for (let index = 0; index < months; index++) {
    const row: CompareRow = { month: index + 1 };
    const inA = a.months[index];
    const inB = b.months[index];
    if (inA) {
      row.aBreakFix = inA.breakFix.cumulative;
      row.aManaged = inA.managed.cumulative;
    }
    if (inB) {
      row.bBreakFix = inB.breakFix.cumulative;
      row.bManaged = inB.managed.cumulative;
    }
    rows.push(row);
  }
  return rows;
}
