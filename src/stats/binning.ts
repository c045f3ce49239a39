/**
 * The shared binning of the binned drift distances (PSI, Jensen–Shannon, Kullback–Leibler,
 * Hellinger, total variation), as DESIGN.md states it:
 * - numeric: interior edges are the reference quantiles at k/B, k = 1 … B − 1 (B = 10 by default),
 *   with linear interpolation between order statistics (numpy's default `np.quantile`, R type 7,
 *   reproduced to the bit including numpy's interpolation formula), de-duplicated; bins are
 *   left-closed, right-open, and the two outer bins open-ended: (−∞, e₁), [e₁, e₂), …, [e_k, ∞).
 *   Current values are counted into the reference bins.
 * - categorical: each category of either sample is a bin.
 * - proportions are counts / n; a proportion of exactly 0 is replaced by `emptyProportion`
 *   (default 1e-4) without renormalising, so the logarithms in PSI and KL stay finite.
 * Missing values are not binned: they are the null-fraction check's business.
 */

export const DEFAULT_BIN_COUNT = 10;
export const DEFAULT_EMPTY_PROPORTION = 1e-4;

export interface BinningOptions {
  /** Number of reference-quantile bins before de-duplication (≥ 2). */
  bins: number;
  /** The proportion that replaces an exact 0. */
  emptyProportion: number;
}

export const DEFAULT_BINNING: BinningOptions = { bins: DEFAULT_BIN_COUNT, emptyProportion: DEFAULT_EMPTY_PROPORTION };

/**
 * The type-7 quantile of a sorted sample at probability p, computed as numpy 1.24's
 * `np.quantile(x, p)` (method 'linear'): h = (n − 1)p, a + (b − a)·g below g = ½ and
 * b − (b − a)(1 − g) from ½ on, where a, b are the order statistics around h and g its fraction.
 * Domain: non-empty sorted sample, 0 ≤ p ≤ 1.
 * @example quantileType7(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileType7(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  const h = (n - 1) * p;
  let lower = Math.floor(h);
  let upper = lower + 1;
  if (h >= n - 1) lower = upper = n - 1;
  if (h < 0) lower = upper = 0;
  const gamma = h - Math.floor(h);
  const a = sorted[lower];
  const b = sorted[upper];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** The de-duplicated interior edges: reference quantiles at k / bins, k = 1 … bins − 1. */
export function quantileEdges(sortedReference: Float64Array, bins = DEFAULT_BIN_COUNT): Float64Array {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError('binning needs at least 2 bins');
  const quantiles = new Float64Array(bins - 1);
  for (let k = 1; k < bins; k++) quantiles[k - 1] = quantileType7(sortedReference, k / bins);
  quantiles.sort(); // as np.unique does (rounding could in principle unorder neighbours)
  const edges: number[] = [];
  for (const edge of quantiles) if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
  return Float64Array.from(edges);
}

/** Number of elements of a sorted array strictly below x (numpy searchsorted 'left'). */
export function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements of a sorted array at or below x (numpy searchsorted 'right'). */
export function countAtOrBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts of a sorted sample in the bins (−∞, e₁), [e₁, e₂), …, [e_k, ∞): k + 1 counts. */
export function countIntoBins(sorted: Float64Array, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let previous = 0;
  for (let k = 0; k < edges.length; k++) {
    const below = countBelow(sorted, edges[k]);
    counts[k] = below - previous;
    previous = below;
  }
  counts[edges.length] = sorted.length - previous;
  return counts;
}

/** counts / total with every exact 0 replaced by `emptyProportion` (no renormalisation). */
export function binProportions(counts: ArrayLike<number>, total: number, emptyProportion = DEFAULT_EMPTY_PROPORTION): Float64Array {
  const out = new Float64Array(counts.length);
  for (let k = 0; k < counts.length; k++) {
    const p = counts[k] / total;
    out[k] = p === 0 ? emptyProportion : p;
  }
  return out;
}

/** Reference and current proportions of two sorted numeric samples in the reference-quantile bins. */
export function binNumeric(
  sortedReference: Float64Array,
  sortedCurrent: Float64Array,
  options: BinningOptions = DEFAULT_BINNING,
): { edges: Float64Array; reference: Float64Array; current: Float64Array; referenceCounts: Float64Array; currentCounts: Float64Array } {
  const edges = quantileEdges(sortedReference, options.bins);
  const referenceCounts = countIntoBins(sortedReference, edges);
  const currentCounts = countIntoBins(sortedCurrent, edges);
  return {
    edges,
    referenceCounts,
    currentCounts,
    reference: binProportions(referenceCounts, sortedReference.length, options.emptyProportion),
    current: binProportions(currentCounts, sortedCurrent.length, options.emptyProportion),
  };
}

/** Reference and current proportions of category counts aligned on the same categories. */
export function binCategorical(
  referenceCounts: ArrayLike<number>,
  currentCounts: ArrayLike<number>,
  options: Pick<BinningOptions, 'emptyProportion'> = DEFAULT_BINNING,
): { reference: Float64Array; current: Float64Array } {
  let referenceTotal = 0;
  let currentTotal = 0;
  for (let k = 0; k < referenceCounts.length; k++) referenceTotal += referenceCounts[k];
  for (let k = 0; k < currentCounts.length; k++) currentTotal += currentCounts[k];
  return {
    reference: binProportions(referenceCounts, referenceTotal, options.emptyProportion),
    current: binProportions(currentCounts, currentTotal, options.emptyProportion),
  };
}
