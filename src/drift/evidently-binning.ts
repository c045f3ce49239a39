/**
 * Evidently's binning for its Jensen–Shannon test (legacy `get_binned_data`, without filling
 * zeros), reproduced so `evidently` mode gives Evidently's numbers:
 * - a numeric column whose reference has more than 20 distinct values: numpy's 'sturges' bins over
 *   the reference and current values together (⌈log₂ N + 1⌉ equal-width bins from the minimum to
 *   the maximum, edges as np.linspace, counts as np.histogram: last bin closed);
 * - otherwise (categorical, or few distinct values): one bin per value of either sample.
 * Proportions are counts / n.
 */
import { countAtOrBelow, countBelow } from '../stats/binning.js';
import type { ColumnPair, NumericPair } from './column-pair.js';

/** Evidently bins numeric columns by value ranges only above this many distinct reference values. */
export const EVIDENTLY_HISTOGRAM_MIN_DISTINCT = 20;

export function evidentlyBinnedProportions(pair: ColumnPair): { reference: Float64Array; current: Float64Array; bins: number } {
  if (pair.kind === 'numeric' && distinctSorted(pair.reference) > EVIDENTLY_HISTOGRAM_MIN_DISTINCT) {
    const edges = sturgesEdges(pair);
    return { reference: histogram(pair.reference, edges), current: histogram(pair.current, edges), bins: edges.length - 1 };
  }
  const { reference, current } = pair.categories;
  let referenceTotal = 0;
  let currentTotal = 0;
  for (let k = 0; k < reference.length; k++) {
    referenceTotal += reference[k];
    currentTotal += current[k];
  }
  return {
    reference: reference.map((c) => c / referenceTotal),
    current: current.map((c) => c / currentTotal),
    bins: reference.length,
  };
}

function distinctSorted(sorted: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** np.histogram_bin_edges(concat(reference, current), bins='sturges'). */
export function sturgesEdges(pair: NumericPair): Float64Array {
  const n = pair.reference.length + pair.current.length;
  const min = Math.min(pair.reference[0], pair.current[0]);
  const max = Math.max(pair.reference[pair.reference.length - 1], pair.current[pair.current.length - 1]);
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(n) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  // np.linspace(first, last, bins + 1): i·step + first, the last edge exactly `last`
  const step = (last - first) / bins;
  const edges = new Float64Array(bins + 1);
  for (let i = 0; i <= bins; i++) edges[i] = step === 0 ? (i / bins) * (last - first) + first : i * step + first;
  edges[bins] = last;
  return edges;
}

/** np.histogram(sample, edges)[0] / n: half-open bins, the last one closed. */
function histogram(sorted: Float64Array, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const out = new Float64Array(bins);
  let previous = countBelow(sorted, edges[0]);
  for (let k = 0; k < bins; k++) {
    const next = k === bins - 1 ? countAtOrBelow(sorted, edges[bins]) : countBelow(sorted, edges[k + 1]);
    out[k] = (next - previous) / sorted.length;
    previous = next;
  }
  return out;
}
