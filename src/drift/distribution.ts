/**
 * What the reports draw of a numeric column pair — numbers computed here, once, so a renderer
 * only places them:
 *
 * - `histogram`: both samples' shares in {@link DISTRIBUTION_BINS} equal-width bins, so reference
 *   and current are two comparable series (the test's reference-quantile bins, `ColumnDrift.histogram`,
 *   hold about 10% of the reference each by construction: only the current series would carry
 *   information there). The bins span the pooled 1st to 99th percentile — the smaller of the two
 *   samples' 1st percentiles to the larger of their 99th (R type 7) — so one outlier cannot squash
 *   the rest into a bin; the outer two bins are open-ended and hold the tails. `edges` are the
 *   B − 1 interior edges (bin i is [edges[i−1], edges[i]), the first (−∞, edges[0]), the last
 *   [edges[B−2], ∞)); no edges when that range is a single value (one bin, "all").
 * - `quantiles`: each sample's quantiles at p = k/16, k = 0 … 16 (R type 7, numpy's default): the
 *   ECDF read at fixed probabilities, 17 numbers a side whatever the row count — enough for a
 *   chart's shape, few enough that 2,000 columns add about 3 MB to the JSON result, not 5. Drawn
 *   as the points (q_k, k/16); first and last are the minimum and maximum.
 *
 * Domain: both samples non-empty, sorted ascending, finite (a NumericPair).
 * @example
 * columnDistribution(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 4, 5, 6)).quantiles.reference[8] // 2.5 (the median)
 */
import { quantileType7 } from '../stats/binning.js';

export const DISTRIBUTION_BINS = 10;

/** The probabilities the quantiles are read at: 0, 1/16, …, 1. */
export const QUANTILE_PROBABILITIES: readonly number[] = Object.freeze(Array.from({ length: 17 }, (_, k) => k / 16));

export interface ColumnDistribution {
  /** Interior edges of the equal-width bins (B − 1 of them; empty: one bin). */
  edges: number[];
  /** Share of each sample's values in each bin (sums to 1). */
  reference: number[];
  current: number[];
  /** Each sample's quantiles at {@link QUANTILE_PROBABILITIES}. */
  quantiles: { reference: number[]; current: number[] };
}

export function columnDistribution(reference: Float64Array, current: Float64Array, bins = DISTRIBUTION_BINS): ColumnDistribution {
  const lo = Math.min(quantileType7(reference, 0.01), quantileType7(current, 0.01));
  const hi = Math.max(quantileType7(reference, 0.99), quantileType7(current, 0.99));
  const edges: number[] = [];
  if (hi > lo) for (let i = 1; i < bins; i++) edges.push(lo + ((hi - lo) * i) / bins);
  return {
    edges,
    reference: shares(reference, edges),
    current: shares(current, edges),
    quantiles: { reference: QUANTILE_PROBABILITIES.map((p) => quantileType7(reference, p)), current: QUANTILE_PROBABILITIES.map((p) => quantileType7(current, p)) },
  };
}

/** Shares of a sorted sample below each edge and between them: bins [e_{i−1}, e_i). */
function shares(sorted: Float64Array, edges: readonly number[]): number[] {
  const n = sorted.length;
  const out: number[] = [];
  let previous = 0;
  for (const e of edges) {
    const below = firstAtLeast(sorted, e);
    out.push((below - previous) / n);
    previous = below;
  }
  out.push((n - previous) / n);
  return out;
}

/** First index i with sorted[i] ≥ v. */
function firstAtLeast(sorted: Float64Array, v: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid] < v) a = mid + 1;
    else b = mid;
  }
  return a;
}
