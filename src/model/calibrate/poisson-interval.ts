/**
 * The exact (Garwood) interval for the mean of a Poisson count (CALIBRATE.md, "Tickets"): for n
 * events, the 90 % interval is
 *
 *     low  = χ²(0.05; 2n) / 2        (0 when n = 0)
 *     high = χ²(0.95; 2n + 2) / 2
 *
 * χ²(p; 2k) / 2 is the p-quantile of the gamma distribution with shape k and scale 1, found here
 * by solving P(k, x) = p, P being the regularised lower incomplete gamma function (series below
 * k + 1, Lentz's continued fraction above), with Newton's method kept inside a bracket that
 * bisection shrinks whenever a Newton step would leave it.
 */
import { logGamma } from "../random.ts";

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_TERMS = 100_000;

/** P(a, x) = γ(a, x) / Γ(a) for a ≥ 1, x ≥ 0. */
export function regularisedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const logPrefactor = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_TERMS; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * EPSILON) break;
    }
    return Math.min(1, sum * Math.exp(logPrefactor));
  }
  // Q(a, x) by the continued fraction, evaluated with the modified Lentz method.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let fraction = d;
  for (let n = 1; n < MAX_TERMS; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefactor) * fraction);
}

/** The p-quantile of Gamma(shape, 1), shape ≥ 1, 0 < p < 1. */
export function gammaQuantile(p: number, shape: number): number {
  const logGammaShape = logGamma(shape);
  const density = (x: number) => Math.exp((shape - 1) * Math.log(x) - x - logGammaShape);
  let low = 0;
  let high = shape + 10 * Math.sqrt(shape) + 10;
  while (regularisedGammaP(shape, high) < p) high *= 2;
  let x = shape;
  for (let iteration = 0; iteration < 200; iteration++) {
    const error = regularisedGammaP(shape, x) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const slope = density(x);
    let next = slope > 0 ? x - error / slope : NaN;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= 1e-14 * Math.max(1, x)) return next;
    x = next;
  }
  return x;
}

/** The Garwood interval on the mean of a Poisson count `n` (a whole number ≥ 0), at `confidence` (0.9: 90 %). */
export function garwoodInterval(n: number, confidence = 0.9): { low: number; high: number } {
  const tail = (1 - confidence) / 2;
  return {
    low: n === 0 ? 0 : gammaQuantile(tail, n),
    high: gammaQuantile(1 - tail, n + 1),
  };
}
