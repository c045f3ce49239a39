/**
 * First Wasserstein (earth mover's) distance between two samples, as
 * scipy.stats.wasserstein_distance(u, v): W₁ = ∫ |F_u(x) − F_v(x)| dx over the empirical CDFs,
 * evaluated on the merged sorted values with a compensated sum (src/stats/ecdf-distances.ts). In
 * the units of the data.
 * Drift reports divide it by the reference standard deviation (Evidently's normed Wasserstein)
 * so that it reads as "shift in reference standard deviations"; see src/drift.
 * Domain: two non-empty samples sorted ascending, finite. Range ≥ 0.
 * @throws RangeError if a sample is empty.
 * @example wassersteinDistance(Float64Array.of(0, 1, 3), Float64Array.of(5, 6, 8)) // 5
 */
import { ecdfDistances } from './ecdf-distances.js';

export function wassersteinDistance(sortedU: Float64Array, sortedV: Float64Array): number {
  if (sortedU.length === 0 || sortedV.length === 0) throw new RangeError('wasserstein_distance needs two non-empty samples');
  return ecdfDistances(sortedU, sortedV).wasserstein;
}
