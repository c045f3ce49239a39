import { twoProportionZTest } from '../../stats/two-proportion-z.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Two-proportion z-test (pooled variance, two-sided) on the share of values different from the
 * first category (the smallest value, or the first label in sort order), as Evidently's `z`. When
 * both samples hold one and the same value the p-value is 1 (Evidently's convention; the test
 * statistic is undefined). Meant for binary columns; with more categories it compares the first
 * one against all others, as Evidently does. Drift when p < 0.05. Named in the configuration it
 * takes categorical columns only (src/drift/registry.ts); `auto` also gives it numeric columns
 * with two values, compared as categories.
 */
export const zTest: DriftTest = {
  id: 'z',
  name: 'two-proportion z-test',
  columnTypes: ['categorical'],
  scoreKind: 'p-value',
  comparison: '<',
  defaultThreshold: 0.05,
  reference: 'statsmodels proportions_ztest (pooled, two-sided) — evidently z',
  compute(pair) {
    const { labels, reference, current } = pair.categories;
    // the first category in sort order: values are already ascending for numeric pairs
    let first = -1;
    for (let k = 0; k < labels.length; k++) {
      if (reference[k] + current[k] === 0) continue;
      if (first === -1 || (pair.kind === 'categorical' && labels[k] < labels[first])) first = k;
    }
    let referenceTotal = 0;
    let currentTotal = 0;
    for (let k = 0; k < labels.length; k++) {
      referenceTotal += reference[k];
      currentTotal += current[k];
    }
    const result = twoProportionZTest(referenceTotal - reference[first], referenceTotal, currentTotal - current[first], currentTotal);
    if (Number.isNaN(result.pValue)) return { statistic: 0, pValue: 1, detail: 'one value in both samples' };
    return { statistic: result.statistic, pValue: result.pValue };
  },
};
