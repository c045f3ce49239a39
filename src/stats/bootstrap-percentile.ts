/**
 * The percentile bootstrap interval (Efron, 1979): the α/2 and 1 − α/2 quantiles of the
 * replicate statistics, α = 1 − confidence. Quantiles are numpy's default (`np.percentile`,
 * linear interpolation between order statistics, Hyndman & Fan type 7), so a replicate vector
 * exported to Python gives the same bounds.
 *
 * Replicates where the statistic is undefined (NaN — e.g. MCC of a resample without a
 * negative prediction) are left out; the caller reports how many.
 *
 * Domain: confidence in (0, 1). Range: [lo, hi] with lo ≤ hi.
 * @returns null when no replicate is defined.
 */
export function percentileInterval(replicates: Float64Array, confidence: number): [number, number] | null {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const defined = definedSorted(replicates);
  if (defined.length === 0) return null;
  const alpha = 1 - confidence;
  return [quantileSorted(defined, alpha / 2), quantileSorted(defined, 1 - alpha / 2)];
}

/** The replicates that are not NaN, sorted ascending (a copy). */
export function definedSorted(values: Float64Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) count++;
  const defined = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) defined[j++] = values[i];
  return defined.sort();
}

/** Type 7 quantile of sorted values: x[h] interpolated linearly at h = (n − 1)·q. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}
