import type { NumericPair } from '../column-pair.js';
import type { DriftTest } from '../drift-test.js';

/** Evidently's floor for the reference standard deviation, so a constant reference does not divide by 0. */
export const MIN_NORMALISING_STD = 0.001;

/** W₁(reference, current) / max(std(reference), 0.001), std with ddof = 0 — Evidently's normed Wasserstein. */
export function normedWasserstein(pair: NumericPair): number {
  return pair.ecdf.wasserstein / Math.max(pair.referenceStd, MIN_NORMALISING_STD);
}

/**
 * First Wasserstein distance divided by the reference standard deviation: the shift in units of
 * the reference's spread. Drift when ≥ 0.1, as Evidently's `wasserstein`.
 */
export const wassersteinTest: DriftTest = {
  id: 'wasserstein',
  name: 'Wasserstein distance (normed)',
  columnTypes: ['numeric'],
  scoreKind: 'distance',
  comparison: '>=',
  defaultThreshold: 0.1,
  reference: 'scipy.stats.wasserstein_distance / max(np.std(reference), 0.001)',
  compute(pair) {
    if (pair.kind !== 'numeric') throw new TypeError('wasserstein needs a numeric column');
    return { statistic: normedWasserstein(pair) };
  },
};
