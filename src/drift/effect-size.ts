/**
 * The effect size reported next to every column's significance, one measure per column kind so
 * that columns can be compared and a floor can be put under the drift decision:
 * - numeric: normalised Wasserstein W₁ / σ_reference (σ with ddof = 0) — for a pure shift, the
 *   shift in reference standard deviations (Cohen's d-like). A constant reference is normalised
 *   by the pooled σ instead; both constant and equal gives 0.
 * - categorical: Hellinger distance between the category proportions (no zero filling), in [0, 1].
 *   It weighs rare categories by √p, so 5% → 8% counts about as much as 50% → 55%. For two
 *   normals d standard deviations apart it is √(1 − e^(−d²/8)) ≈ 0.354·d.
 */
import { hellingerDistance } from '../stats/probability-distances.js';
import { standardDeviation } from '../stats/summation.js';
import type { ColumnPair, NumericPair } from './column-pair.js';

export type EffectSizeName = 'normalized_wasserstein' | 'hellinger';

export interface EffectSize {
  name: EffectSizeName;
  value: number;
}

export function effectSizeOf(pair: ColumnPair): EffectSize {
  if (pair.kind === 'numeric') return { name: 'normalized_wasserstein', value: normalisedShift(pair) };
  const { reference, current } = pair.categories;
  return { name: 'hellinger', value: hellingerDistance(reference, current) };
}

function normalisedShift(pair: NumericPair): number {
  const distance = pair.ecdf.wasserstein;
  if (distance === 0) return 0;
  let scale = pair.referenceStd;
  if (scale === 0) {
    const pooled = new Float64Array(pair.reference.length + pair.current.length);
    pooled.set(pair.reference);
    pooled.set(pair.current, pair.reference.length);
    scale = standardDeviation(pooled, 0);
  }
  return distance / scale;
}

/** Hellinger distance between two normal distributions d standard deviations apart (equal σ). */
export function hellingerOfNormalShift(d: number): number {
  return Math.sqrt(1 - Math.exp((-d * d) / 8));
}
