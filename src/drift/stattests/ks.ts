import { ksTwoSampleFromStatistic } from '../../stats/ks-two-sample.js';
import type { DriftTest } from '../drift-test.js';

/** Two-sample Kolmogorov–Smirnov (src/stats/ks-two-sample.ts); drift when p ≤ 0.05, as Evidently's `ks`. */
export const ksTest: DriftTest = {
  id: 'ks',
  name: 'Kolmogorov–Smirnov',
  columnTypes: ['numeric'],
  scoreKind: 'p-value',
  comparison: '<=',
  defaultThreshold: 0.05,
  reference: "scipy.stats.ks_2samp (two-sided, method='auto')",
  compute(pair) {
    if (pair.kind !== 'numeric') throw new TypeError('ks needs a numeric column');
    const result = ksTwoSampleFromStatistic(pair.ecdf.ks, pair.reference.length, pair.current.length);
    return { statistic: result.statistic, pValue: result.pValue, detail: result.method };
  },
};
