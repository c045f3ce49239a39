import { mannWhitneyUPooled } from '../../stats/mann-whitney.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Mann–Whitney U, two-sided (tie and continuity corrected; exact for small samples without ties).
 * Drift when p ≤ 0.05. Evidently's `mannw` is one-sided ('less'); this one sees shifts either way.
 */
export const mannWhitneyTest: DriftTest = {
  id: 'mannw',
  name: 'Mann–Whitney U',
  columnTypes: ['numeric'],
  scoreKind: 'p-value',
  comparison: '<=',
  defaultThreshold: 0.05,
  reference: "scipy.stats.mannwhitneyu(reference, current, alternative='two-sided')",
  compute(pair) {
    if (pair.kind !== 'numeric') throw new TypeError('mannw needs a numeric column');
    const result = mannWhitneyUPooled(pair.pooled);
    if (Number.isNaN(result.pValue)) return { statistic: result.statistic, pValue: 1, detail: 'one value in both samples' };
    return { statistic: result.statistic, pValue: result.pValue, detail: result.method };
  },
};
