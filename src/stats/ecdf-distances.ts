/**
 * The two distances between the empirical CDFs F_a and F_b of two sorted samples that drift
 * reports need for every numeric column, in one merge of the two arrays:
 * - `ks`: sup_x |F_a(x) − F_b(x)| evaluated after each tie group, with scipy's sign handling
 *   (max(F_a − F_b) unless −min(F_a − F_b) is larger) — the two-sample KS statistic;
 * - `wasserstein`: ∫ |F_a(x) − F_b(x)| dx, the first Wasserstein distance, as a compensated sum
 *   of |F_a − F_b| × (gap to the next pooled value).
 * Domain: two non-empty samples sorted ascending, finite. Range: ks in [0, 1], wasserstein ≥ 0.
 * @example ecdfDistances(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)) // { ks: 1, wasserstein: 5 }
 */
import { CompensatedSum } from './summation.js';

export interface EcdfDistances {
  ks: number;
  wasserstein: number;
}

export function ecdfDistances(sortedA: Float64Array, sortedB: Float64Array): EcdfDistances {
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ECDF distances need two non-empty samples');
  const area = new CompensatedSum();
  let i = 0;
  let j = 0;
  let maxDiff = -Infinity;
  let minDiff = Infinity;
  let previousValue = 0;
  let previousGap = 0; // |F_a − F_b| on [previousValue, next value)
  let first = true;
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    if (!first && value > previousValue) area.add(previousGap * (value - previousValue));
    while (i < n1 && sortedA[i] <= value) i++;
    while (j < n2 && sortedB[j] <= value) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
    previousGap = Math.abs(diff);
    previousValue = value;
    first = false;
  }
  const minS = Math.min(1, Math.max(0, -minDiff));
  return { ks: minS > maxDiff ? minS : maxDiff, wasserstein: area.value };
}
