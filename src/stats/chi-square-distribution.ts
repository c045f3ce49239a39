/**
 * The chi-square distribution with k degrees of freedom: the sum of k squared independent
 * standard normals. CDF P(k/2, x/2), survival Q(k/2, x/2) (regularized incomplete gamma).
 * Matches scipy.stats.chi2.cdf / sf (test/stats/distributions.test.ts).
 */
import { regularizedGammaP, regularizedGammaQ } from './gamma.js';

/**
 * P(X > x) for X ~ χ²(df). Domain: df > 0 (NaN otherwise, as scipy for df = 0); x ≤ 0 gives 1,
 * Infinity gives 0. Range [0, 1].
 * @example chiSquareSf(3.841458820694124, 1) // 0.050000000000000176
 */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** P(X ≤ x) for X ~ χ²(df). Same domain as {@link chiSquareSf}. */
export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 0;
  return regularizedGammaP(df / 2, x / 2);
}
