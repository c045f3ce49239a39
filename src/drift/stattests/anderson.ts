import { andersonDarlingPooled } from '../../stats/anderson-darling.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Anderson–Darling k-sample test (k = 2, midranks), scipy's p-value capped to [0.001, 0.25] —
 * which does not matter at a 0.05 threshold but is stated in the detail. Drift when p ≤ 0.05
 * (Evidently's `anderson` uses p < 0.1).
 */
export const andersonTest: DriftTest = {
  id: 'anderson',
  name: 'Anderson–Darling',
  columnTypes: ['numeric'],
  scoreKind: 'p-value',
  comparison: '<=',
  defaultThreshold: 0.05,
  reference: 'scipy.stats.anderson_ksamp([reference, current]) (midrank; p-value capped to [0.001, 0.25])',
  compute(pair) {
    if (pair.kind !== 'numeric') throw new TypeError('anderson needs a numeric column');
    if (pair.pooled.values.length < 2) return { statistic: 0, pValue: 1, detail: 'one value in both samples' };
    const result = andersonDarlingPooled(pair.pooled);
    const detail =
      result.pValueBound === 'capped' ? 'p-value capped at 0.25 (true value larger)' : result.pValueBound === 'floored' ? 'p-value floored at 0.001 (true value smaller)' : undefined;
    return { statistic: result.statistic, pValue: result.pValue, detail };
  },
};
