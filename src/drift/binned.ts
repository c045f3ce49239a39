/**
 * Binned proportions of a column pair for the binned distances, with the shared binning of
 * src/stats/binning.ts: numeric columns in 10 reference-quantile bins (configurable), categorical
 * columns one bin per category; `filled` has exact zeros replaced by 1e-4 (not renormalised),
 * `raw` is plain counts / n.
 */
import { binCategorical, binNumeric, type BinningOptions } from '../stats/binning.js';
import type { ColumnPair } from './column-pair.js';

export interface BinnedPair {
  filled: { reference: Float64Array; current: Float64Array };
  raw: { reference: Float64Array; current: Float64Array };
  bins: number;
}

export function binPair(pair: ColumnPair, binning: BinningOptions): BinnedPair {
  if (pair.kind === 'numeric') {
    const b = binNumeric(pair.reference, pair.current, binning);
    return {
      filled: { reference: b.reference, current: b.current },
      raw: { reference: b.referenceCounts, current: b.currentCounts },
      bins: b.referenceCounts.length,
    };
  }
  const { reference, current } = pair.categories;
  const filled = binCategorical(reference, current, binning);
  return { filled, raw: { reference, current }, bins: reference.length };
}
