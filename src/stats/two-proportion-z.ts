/**
 * Two-proportion z-test with the pooled variance, two-sided, as statsmodels
 * proportions_ztest([c1, c2], [n1, n2]) and Evidently's `z` drift test:
 * z = (p1 − p2) / √(p̄ (1 − p̄) (1/n1 + 1/n2)), p̄ = (c1 + c2) / (n1 + n2), p = 2 P(Z > |z|).
 * When p̄ is 0 or 1 the variance is 0 and both numbers are NaN, as statsmodels returns them.
 * (Evidently computes 2·(1 − Φ(|z|)), which underflows to 0 below p ≈ 1e-16; here the tail is
 * computed directly, so the two agree wherever a decision at usual thresholds can depend on it.)
 * Domain: 0 ≤ c ≤ n, n ≥ 1. Range: z real, p-value in [0, 1].
 * @throws RangeError on counts outside their domain.
 * @example twoProportionZTest(30, 100, 45, 100) // { statistic: -2.1908902300206647, pValue: 0.02845973691631054, difference: -0.15000000000000002 }
 */
import { normalTwoSided } from './normal.js';

export interface TwoProportionResult {
  statistic: number;
  pValue: number;
  /** p1 − p2. */
  difference: number;
}

export function twoProportionZTest(count1: number, n1: number, count2: number, n2: number): TwoProportionResult {
  if (!(n1 >= 1 && n2 >= 1 && count1 >= 0 && count2 >= 0 && count1 <= n1 && count2 <= n2)) {
    throw new RangeError('proportions_ztest: counts must satisfy 0 ≤ count ≤ n and n ≥ 1');
  }
  const p1 = count1 / n1;
  const p2 = count2 / n2;
  const pooled = (count1 + count2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  const difference = p1 - p2;
  if (variance === 0) return { statistic: NaN, pValue: NaN, difference };
  const statistic = difference / Math.sqrt(variance);
  return { statistic, pValue: normalTwoSided(statistic), difference };
}
