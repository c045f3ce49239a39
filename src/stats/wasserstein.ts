/**
 * First Wasserstein (earth mover's) distance between two samples, as
 * scipy.stats.wasserstein_distance(u, v): W₁ = ∫ |F_u(x) − F_v(x)| dx over the empirical CDFs,
 * evaluated on the merged sorted values with a compensated sum. In the units of the data.
 * Drift reports divide it by the reference standard deviation (Evidently's normed Wasserstein)
 * so that it reads as "shift in reference standard deviations"; see src/drift.
 * Domain: two non-empty samples sorted ascending, finite. Range ≥ 0.
 * @throws RangeError if a sample is empty.
 * @example wassersteinDistance(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)) // 5
 */
import { CompensatedSum } from './summation.js';

export function wassersteinDistance(sortedU: Float64Array, sortedV: Float64Array): number {
  const nu = sortedU.length;
  const nv = sortedV.length;
  if (nu === 0 || nv === 0) throw new RangeError('wasserstein_distance needs two non-empty samples');
  const sum = new CompensatedSum();
  let i = 0;
  let j = 0;
  let previous = Math.min(sortedU[0], sortedV[0]);
  while (i < nu || j < nv) {
    const value = j >= nv || (i < nu && sortedU[i] <= sortedV[j]) ? sortedU[i] : sortedV[j];
    // the CDFs are constant on [previous, value): they step at value
    if (value > previous) sum.add(Math.abs(i / nu - j / nv) * (value - previous));
    while (i < nu && sortedU[i] <= value) i++;
    while (j < nv && sortedV[j] <= value) j++;
    previous = value;
  }
  return sum.value;
}
