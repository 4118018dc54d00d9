/**
 * Rounding of fitted values (CALIBRATE.md, "Fitted values"): to 2 decimal places, half away from
 * zero, on the value as written to 15 significant digits, so that 1.005 (stored as
 * 1.00499999999999989…) rounds to 1.01 as a person working it out by hand expects.
 */
export function roundHalfAwayFromZero(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
