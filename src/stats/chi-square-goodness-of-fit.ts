/**
 * Pearson's chi-square goodness-of-fit test of observed counts against expected counts, as
 * scipy.stats.chisquare(f_obs, f_exp) (ddof = 0): χ² = Σ (O − E)² / E on k − 1 degrees of freedom.
 * A cell with E = 0 and O > 0 makes χ² infinite (p = 0), as in scipy; a cell with O = E = 0 adds
 * nothing. One cell gives no degrees of freedom: p is NaN, as scipy's. Unlike scipy, the totals of
 * O and E are not checked against each other. This is Evidently's `chisquare` drift test when E is
 * the reference counts scaled to the current sample size.
 * Domain: equal-length arrays of non-negative numbers. Range: statistic ≥ 0 (or Infinity), p in [0, 1].
 * @throws RangeError if the arrays differ in length or are empty.
 * @example chiSquareGoodnessOfFit([16, 18, 16, 14, 12, 12], [16, 16, 16, 16, 16, 8]) // { statistic: 3.5, pValue: 0.6233876277495811, dof: 5 } (scipy: 0.6233876277495822)
 */
import { chiSquareSf } from './chi-square-distribution.js';
import type { ChiSquareResult } from './chi-square-contingency.js';

export function chiSquareGoodnessOfFit(observed: ArrayLike<number>, expected: ArrayLike<number>): ChiSquareResult {
  if (observed.length !== expected.length || observed.length === 0) {
    throw new RangeError('chisquare: observed and expected must be non-empty and of equal length');
  }
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i];
    const e = expected[i];
    if (e === 0) {
      if (o !== 0) statistic = Infinity;
      continue;
    }
    statistic += (o - e) ** 2 / e;
  }
  const dof = observed.length - 1;
  return { statistic, pValue: dof > 0 ? (statistic === Infinity ? 0 : chiSquareSf(statistic, dof)) : NaN, dof };
}
