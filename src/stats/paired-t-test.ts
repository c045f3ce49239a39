/**
 * The paired t-test, with the confidence interval of the mean difference.
 *
 * Definition: for pairs (aᵢ, bᵢ), i = 1…n, dᵢ = aᵢ − bᵢ, d̄ their mean, s their standard deviation
 * (n − 1 denominator) and SE = s/√n: t = d̄ / SE with n − 1 degrees of freedom, two-sided
 * p = P(|T| ≥ |t|), interval d̄ ± t_{1−α/2, n−1} · SE.
 * Variant: scipy.stats.ttest_rel(a, b) (alternative='two-sided'; d = a − b, so pass the
 * challenger's per-row losses first to get challenger − champion) and its
 * `confidence_interval(confidence)`. Checked against scipy 1.10.1 (test/stats/paired-t-test.test.ts).
 *
 * Degenerate inputs (where scipy returns NaN) give an explicit answer with a `reason`:
 * - n = 0: everything null;
 * - n = 1: the mean difference, but no variance, so statistic, p-value and interval are null;
 * - all differences 0: statistic null, p-value 1 and interval [0, 0] (the samples are identical);
 * - all differences equal to some d ≠ 0: statistic ±Infinity, p-value 0 and interval [d, d] (as
 *   scipy: a difference with zero variance is certain).
 *
 * Domain: two equally long arrays of finite numbers. Range: pValue in [0, 1].
 * Throws DataError for a non-finite value (naming the 1-based pair), RangeError for unequal
 * lengths (the caller pairs the rows) or a confidence outside (0, 1).
 */
import { DataError } from '../errors.js';
import { studentTCritical, studentTTwoSided } from './student-t.js';

export interface PairedTTestResult {
  n: number;
  /** Mean of a − b. */
  meanDifference: number | null;
  standardError: number | null;
  /** t = meanDifference / standardError. */
  statistic: number | null;
  degreesOfFreedom: number | null;
  pValue: number | null;
  /** Interval of the mean difference at `confidence`, [lower, upper]. */
  confidenceInterval: [number, number] | null;
  confidence: number;
  /** Why the result is degenerate, else null. */
  reason: string | null;
}

/**
 * Paired t-test of a against b (differences a − b).
 * @example
 * pairedTTest([1, 2, 3.5], [0, 2, 2])
 * // { n: 3, meanDifference: 0.8333333333333334, statistic: 1.889822365046136, degreesOfFreedom: 2,
 * //   pValue: 0.19935923097456415, confidenceInterval: [-1.0639581834650462, 2.730624850131713], … }
 */
export function pairedTTest(a: ArrayLike<number>, b: ArrayLike<number>, confidence = 0.95): PairedTTestResult {
  if (a.length !== b.length) throw new RangeError(`pairedTTest: ${a.length} values against ${b.length}; the samples must be paired`);
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) differences[i] = a[i] - b[i];
  return pairedTTestOfDifferences(differences, confidence);
}

/** The same test from the differences dᵢ = aᵢ − bᵢ themselves (a one-sample t-test of mean 0). */
export function pairedTTestOfDifferences(differences: ArrayLike<number>, confidence = 0.95): PairedTTestResult {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`pairedTTest: confidence ${confidence} is not in (0, 1)`);
  const n = differences.length;
  const empty = { n, meanDifference: null, standardError: null, statistic: null, degreesOfFreedom: null, pValue: null, confidenceInterval: null, confidence };
  if (n === 0) return { ...empty, reason: 'no pairs to compare' };

  // Two passes with compensated sums, like numpy's mean and var(ddof=1).
  let sum = 0;
  let compensation = 0;
  let allEqual = true;
  const first = differences[0];
  for (let i = 0; i < n; i++) {
    const value = differences[i];
    if (!Number.isFinite(value)) throw new DataError(`paired t-test: the difference at pair ${i + 1} is ${value}, not a finite number`);
    if (value !== first) allEqual = false;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  const mean = allEqual ? first : (sum + compensation) / n;
  if (n === 1) return { ...empty, meanDifference: mean, reason: 'one pair: the variance of the differences is undefined' };

  const degreesOfFreedom = n - 1;
  if (allEqual) {
    const base = { n, meanDifference: mean, standardError: 0, degreesOfFreedom, confidenceInterval: [mean, mean] as [number, number], confidence };
    if (mean === 0) return { ...base, statistic: null, pValue: 1, reason: 'all differences are zero: the paired values are identical' };
    return { ...base, statistic: mean > 0 ? Infinity : -Infinity, pValue: 0, reason: `all differences equal ${mean}: zero variance, the difference is certain` };
  }

  let squares = 0;
  let squaresCompensation = 0;
  for (let i = 0; i < n; i++) {
    const deviation = differences[i] - mean;
    const term = deviation * deviation;
    const next = squares + term;
    squaresCompensation += squares >= term ? squares - next + term : term - next + squares;
    squares = next;
  }
  const variance = (squares + squaresCompensation) / degreesOfFreedom;
  const standardError = Math.sqrt(variance / n);
  const statistic = mean / standardError;
  const halfWidth = studentTCritical(confidence, degreesOfFreedom) * standardError;
  return {
    n,
    meanDifference: mean,
    standardError,
    statistic,
    degreesOfFreedom,
    pValue: studentTTwoSided(statistic, degreesOfFreedom),
    confidenceInterval: [mean - halfWidth, mean + halfWidth],
    confidence,
    reason: null,
  };
}
