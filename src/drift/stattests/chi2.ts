import { chiSquareContingency } from '../../stats/chi-square-contingency.js';
import { categoryCounts } from '../column-pair.js';
import type { DriftTest } from '../drift-test.js';

/** Expected count below which a category is pooled with the other rare ones (Cochran's rule). */
export const RARE_EXPECTED_COUNT = 5;

/**
 * Chi-square test of homogeneity on the 2 × K table (reference, current) × categories, as
 * scipy.stats.chi2_contingency (Yates' correction on 2 × 2). Categories whose smaller expected
 * count is below 5 are first pooled into one "rare" category, because the chi-square
 * approximation (and with it the false-alarm rate) breaks down on sparse cells; the statistic and
 * p-value are scipy's on the pooled table. Named in the configuration it takes categorical columns
 * only (src/drift/registry.ts); `auto` also gives it numeric columns with at most 10 values.
 */
export const chi2Test: DriftTest = {
  id: 'chi2',
  name: 'chi-square (contingency)',
  columnTypes: ['categorical'],
  scoreKind: 'p-value',
  comparison: '<=',
  defaultThreshold: 0.05,
  reference: 'scipy.stats.chi2_contingency on the 2×K table, rare categories (expected < 5) pooled',
  compute(pair) {
    const { reference, current } = categoryCounts(pair);
    const pooled = poolRareCategories(reference, current, RARE_EXPECTED_COUNT);
    const result = chiSquareContingency(pooled.reference, pooled.current);
    const detail = `${pooled.kept + pooled.pooled} categories` + (pooled.pooled > 1 ? `, ${pooled.pooled} rare ones pooled` : '');
    return { statistic: result.statistic, pValue: result.pValue, detail };
  },
};

/** The table with every category whose smaller expected count is below `minimum` merged into one column. */
export function poolRareCategories(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  minimum: number,
): { reference: number[]; current: number[]; kept: number; pooled: number } {
  let referenceTotal = 0;
  let currentTotal = 0;
  for (let k = 0; k < reference.length; k++) {
    referenceTotal += reference[k];
    currentTotal += current[k];
  }
  const total = referenceTotal + currentTotal;
  const smallerRow = Math.min(referenceTotal, currentTotal);
  const outReference: number[] = [];
  const outCurrent: number[] = [];
  let rareReference = 0;
  let rareCurrent = 0;
  let pooled = 0;
  for (let k = 0; k < reference.length; k++) {
    const columnTotal = reference[k] + current[k];
    if (columnTotal === 0) continue;
    if ((smallerRow * columnTotal) / total < minimum) {
      rareReference += reference[k];
      rareCurrent += current[k];
      pooled++;
    } else {
      outReference.push(reference[k]);
      outCurrent.push(current[k]);
    }
  }
  if (pooled > 0) {
    outReference.push(rareReference);
    outCurrent.push(rareCurrent);
  }
  return { reference: outReference, current: outCurrent, kept: outReference.length - (pooled > 0 ? 1 : 0), pooled };
}
