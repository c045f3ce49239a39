/**
 * Normal (Wald) intervals from an empirical influence function — the delta method for statistics
 * that are smooth functionals of the row distribution (means of per-row losses, ratios of such
 * means, average precision).
 *
 * If θ̂ ≈ θ + (1/N) Σ_r IF(r), the rows being independent, then Var(θ̂) ≈ Σ_r IF(r)² / (N(N − 1))
 * (the IF values are centred: they sum to 0 over the rows). For a mean of per-row values x_r,
 * IF(r) = x_r − x̄, and this is the familiar s²/N.
 *
 * The interval is θ̂ ± z·SE with z the normal critical value (not Student's t: at the sample sizes
 * where these intervals matter the two agree to the third digit, and the coverage tests in
 * test/metrics/coverage.test.ts hold at a few hundred rows).
 */
import { zCritical } from './normal.js';
import { CompensatedSum } from './summation.js';

/** The mean of `values` (compensated summation) and its standard error s/√N (N − 1 divisor). */
export function meanAndStandardError(values: Float64Array): { mean: number; standardError: number } {
  return meanAndStandardErrorOf(values.length, (i) => values[i]);
}

/** A per-row quantity computed on demand (a loss, an error): row → value. */
export type RowValue = (row: number) => number;

/**
 * {@link meanAndStandardError} of per-row values computed on demand, twice (for the mean, then
 * for the squares about it), so a metric over a million rows needs no per-row array.
 */
export function meanAndStandardErrorOf(n: number, valueAt: RowValue): { mean: number; standardError: number } {
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) sum.add(valueAt(i));
  const mean = sum.value / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = valueAt(i) - mean;
    squares += d * d;
  }
  return { mean, standardError: n > 1 ? Math.sqrt(squares / (n - 1) / n) : NaN };
}

/** √(Σ IF² / (N(N − 1))): the standard error of a statistic with the given per-row influence. */
export function influenceStandardError(sumOfSquaredInfluence: number, rows: number): number {
  return rows > 1 ? Math.sqrt(sumOfSquaredInfluence / rows / (rows - 1)) : NaN;
}

/** θ̂ ± z·SE, optionally clipped to the statistic's range. */
export function normalInterval(value: number, standardError: number, confidence: number, lower = -Infinity, upper = Infinity): [number, number] {
  const halfWidth = zCritical(confidence) * standardError;
  return [Math.max(lower, value - halfWidth), Math.min(upper, value + halfWidth)];
}

/**
 * A normal interval built on the logit scale and mapped back: for statistics in (0, 1) whose
 * sampling distribution is skewed near the ends (average precision). SE on the logit scale by the
 * delta method, SE / (θ̂(1 − θ̂)).
 * @returns null when θ̂ is 0 or 1 (the logit is infinite).
 */
export function logitNormalInterval(value: number, standardError: number, confidence: number): [number, number] | null {
  if (!(value > 0 && value < 1)) return null;
  const logit = Math.log(value / (1 - value));
  const halfWidth = (zCritical(confidence) * standardError) / (value * (1 - value));
  return [expit(logit - halfWidth), expit(logit + halfWidth)];
}

function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
