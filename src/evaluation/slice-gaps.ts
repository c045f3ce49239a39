/**
 * Differences between slices: per metric, the largest gap between two values of a slice column,
 * and for binary tasks the demographic parity and equal opportunity differences. Slices below
 * min-slice-rows take no part: one row must not decide a gap or a fairness gate.
 */
import type { FairnessEntry, SliceEntry, SliceGap } from './outcome.js';

/** Per column and metric the gap within the column, and per metric the column with the largest. */
export function largestGaps(slices: Record<string, Record<string, SliceEntry>>): { overall: Record<string, SliceGap>; byColumn: Record<string, Record<string, SliceGap>> } {
  const overall: Record<string, SliceGap> = {};
  const byColumn: Record<string, Record<string, SliceGap>> = {};
  for (const [column, entries] of Object.entries(slices)) {
    byColumn[column] = {};
    const counted = Object.entries(entries).filter(([, e]) => !e.belowMinRows);
    const metricNames = new Set(counted.flatMap(([, e]) => Object.keys(e.metrics)));
    for (const metric of metricNames) {
      const gap = gapOf(column, counted, metric);
      if (gap === undefined) continue;
      byColumn[column][metric] = gap;
      if (!overall[metric] || gap.gap > overall[metric].gap) overall[metric] = gap;
    }
  }
  return { overall, byColumn };
}

function gapOf(column: string, entries: readonly [string, SliceEntry][], metric: string): SliceGap | undefined {
  let lowest: { slice: string; value: number } | undefined;
  let highest: { slice: string; value: number } | undefined;
  for (const [slice, entry] of entries) {
    const value = entry.metrics[metric]?.value;
    if (value === null || value === undefined) continue;
    if (!lowest || value < lowest.value) lowest = { slice, value };
    if (!highest || value > highest.value) highest = { slice, value };
  }
  if (!lowest || !highest || lowest.slice === highest.slice) return undefined;
  return { column, gap: highest.value - lowest.value, lowest, highest };
}

/** Demographic parity and equal opportunity differences across the given slices' rows (binary). */
export function fairnessOf(yTrue: Int32Array, yPred: Int32Array, positive: number, groups: readonly Uint32Array[]): FairnessEntry {
  const selection: number[] = [];
  const tpr: number[] = [];
  for (const rows of groups) {
    if (rows.length === 0) continue;
    let predictedPositive = 0;
    let actualPositive = 0;
    let truePositive = 0;
    for (const i of rows) {
      const p = yPred[i] === positive;
      const t = yTrue[i] === positive;
      if (p) predictedPositive++;
      if (t) actualPositive++;
      if (p && t) truePositive++;
    }
    selection.push(predictedPositive / rows.length);
    if (actualPositive > 0) tpr.push(truePositive / actualPositive);
  }
  const spread = (v: number[]) => (v.length >= 2 ? Math.max(...v) - Math.min(...v) : null);
  return { demographicParityDifference: spread(selection), equalOpportunityDifference: spread(tpr) };
}
