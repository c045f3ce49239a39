/**
 * Pearson's chi-square test of independence on the 2 × K contingency table of category counts
 * (reference row, current row), as scipy.stats.chi2_contingency(table) with its defaults:
 * expected counts E_ij = rowTotal_i · colTotal_j / total, χ² = Σ (O − E)² / E on K − 1 degrees of
 * freedom, and — only when there is exactly one degree of freedom (a 2 × 2 table) — Yates'
 * continuity correction, which moves each observed count towards its expected count by
 * min(0.5, |O − E|) (scipy gh-13875). With one category (no degrees of freedom) χ² = 0, p = 1.
 * Categories with no count in either row are dropped (scipy would refuse the zero expected count).
 * Domain: two non-negative count arrays of equal length, each row with a positive total.
 * Range: statistic ≥ 0, p-value in [0, 1].
 * @throws RangeError if the rows differ in length or a row total is 0.
 * @example chiSquareContingency(Float64Array.of(10, 20, 30), Float64Array.of(20, 20, 20)) // { statistic: 5.333333333333334, pValue: 0.06948345122280151, dof: 2 }
 */
import { chiSquareSf } from './chi-square-distribution.js';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
}

export function chiSquareContingency(referenceCounts: ArrayLike<number>, currentCounts: ArrayLike<number>, yates = true): ChiSquareResult {
  if (referenceCounts.length !== currentCounts.length) throw new RangeError('chi2_contingency: the two rows differ in length');
  const columns: number[] = [];
  let referenceTotal = 0;
  let currentTotal = 0;
  for (let j = 0; j < referenceCounts.length; j++) {
    if (referenceCounts[j] < 0 || currentCounts[j] < 0) throw new RangeError('chi2_contingency: counts must be non-negative');
    if (referenceCounts[j] + currentCounts[j] > 0) columns.push(j);
    referenceTotal += referenceCounts[j];
    currentTotal += currentCounts[j];
  }
  if (referenceTotal === 0 || currentTotal === 0) throw new RangeError('chi2_contingency: a row has no counts');
  const dof = columns.length - 1;
  if (dof <= 0) return { statistic: 0, pValue: 1, dof: 0 };
  const total = referenceTotal + currentTotal;
  const correct = yates && dof === 1;
  let statistic = 0;
  for (const [row, rowTotal] of [
    [referenceCounts, referenceTotal],
    [currentCounts, currentTotal],
  ] as const) {
    for (const j of columns) {
      const expected = (rowTotal * (referenceCounts[j] + currentCounts[j])) / total;
      let observed = row[j];
      if (correct) {
        const diff = expected - observed;
        observed += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof };
}
