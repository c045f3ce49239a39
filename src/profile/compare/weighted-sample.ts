/**
 * A sorted sample with weights and a rank-error bound: what the profile-based drift tests compute
 * on. A raw column is one (unit weights, ε = 0); so are a profile's complete value counts (ε = 0)
 * and its quantile sketch (the sketch's items and weights, ε = its stated rank error). Every
 * function here is exact on its input; the bounds come from ε.
 */
import { countAtOrBelow, countBelow } from '../../stats/binning.js';
import { CompensatedSum } from '../../stats/summation.js';

export interface WeightedSample {
  /** Ascending. */
  readonly values: Float64Array;
  /** cumulative[i]: total weight of values[0 … i]. */
  readonly cumulative: Float64Array;
  /** Total weight. */
  readonly n: number;
  /** sup |F̂ − F| of this representation (0: it is the sample). */
  readonly epsilon: number;
}

export function unitSample(sorted: Float64Array): WeightedSample {
  // A plain loop: Float64Array.from with a mapping function is two orders of magnitude slower.
  const cumulative = new Float64Array(sorted.length);
  for (let i = 0; i < cumulative.length; i++) cumulative[i] = i + 1;
  return { values: sorted, cumulative, n: sorted.length, epsilon: 0 };
}

/** Weight of values ≤ x. */
export function rankAtOrBelow(s: WeightedSample, x: number): number {
  const i = countAtOrBelow(s.values, x);
  return i === 0 ? 0 : s.cumulative[i - 1];
}

/** Weight of values < x. */
export function rankBelow(s: WeightedSample, x: number): number {
  const i = countBelow(s.values, x);
  return i === 0 ? 0 : s.cumulative[i - 1];
}

/** The value of 1-based rank r: the first whose cumulative weight reaches r. */
export function orderStatistic(s: WeightedSample, r: number): number {
  let lo = 0;
  let hi = s.values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.cumulative[mid] >= r) hi = mid;
    else lo = mid + 1;
  }
  return s.values[lo];
}

/**
 * KS statistic and Wasserstein-1 distance of the two weighted ECDFs in one merge, with
 * ecdf-distances.ts's conventions (evaluated after each tie group; scipy's sign handling).
 */
export function weightedEcdfDistances(a: WeightedSample, b: WeightedSample): { ks: number; wasserstein: number } {
  const area = new CompensatedSum();
  let i = 0;
  let j = 0;
  let maxDiff = -Infinity;
  let minDiff = Infinity;
  let previousValue = 0;
  let previousGap = 0;
  let first = true;
  const na = a.values.length;
  const nb = b.values.length;
  while (i < na || j < nb) {
    const value = j >= nb || (i < na && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    if (!first && value > previousValue) area.add(previousGap * (value - previousValue));
    while (i < na && a.values[i] <= value) i++;
    while (j < nb && b.values[j] <= value) j++;
    const fa = i === 0 ? 0 : a.cumulative[i - 1] / a.n;
    const fb = j === 0 ? 0 : b.cumulative[j - 1] / b.n;
    const diff = fa - fb;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
    previousGap = Math.abs(diff);
    previousValue = value;
    first = false;
  }
  const minS = Math.min(1, Math.max(0, -minDiff));
  return { ks: minS > maxDiff ? minS : maxDiff, wasserstein: area.value };
}
