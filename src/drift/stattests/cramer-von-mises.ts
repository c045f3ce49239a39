import { cramerVonMisesPooled, cramerVonMisesPermutation, CVM_TIE_FACTOR_LIMIT } from '../../stats/cramer-von-mises.js';
import { tieFactor } from '../../stats/pooled-ties.js';
import type { DriftTest } from '../drift-test.js';

/**
 * Cramér–von Mises two-sample test, tie-safe: scipy's p-value when ties are negligible (tie factor
 * Σ(t³ − t)/(N³ − N) ≤ 0.01), a seeded permutation p-value (999 re-splits) otherwise, because on
 * heavily tied data scipy's p-value is far too large. Drift when p ≤ 0.05.
 */
export const cramerVonMisesTest: DriftTest = {
  id: 'cramer_von_mises',
  name: 'Cramér–von Mises',
  columnTypes: ['numeric'],
  scoreKind: 'p-value',
  comparison: '<=',
  defaultThreshold: 0.05,
  reference: 'scipy.stats.cramervonmises_2samp; permutation p-value when heavily tied',
  compute(pair, { random }) {
    if (pair.kind !== 'numeric') throw new TypeError('cramer_von_mises needs a numeric column');
    if (pair.reference.length < 2 || pair.current.length < 2) return { statistic: NaN, pValue: NaN, detail: 'needs two values a side' };
    const pooled = pair.pooled;
    const result = tieFactor(pooled) <= CVM_TIE_FACTOR_LIMIT ? cramerVonMisesPooled(pooled) : cramerVonMisesPermutation(pooled, { random });
    return { statistic: result.statistic, pValue: result.pValue, detail: result.method === 'permutation' ? 'permutation p-value (heavy ties)' : result.method };
  },
};
