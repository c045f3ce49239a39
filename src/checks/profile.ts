/**
 * Per-column profile for the report: type, missing and invalid counts, distinct values, range,
 * mean, a 16-bin histogram of numeric and datetime columns (for sparklines) and the most frequent
 * values of text and boolean columns.
 */
import type { ColumnType } from '../io/table.js';
import type { SchemaColumnType } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import { showValue } from './describe.js';
import { distinctNonMissing } from './distinct.js';
import { meanOf } from './statistics.js';

export const HISTOGRAM_BINS = 16;

export interface Histogram {
  /** Lower edge of the first bin and upper edge of the last (the smallest and largest value). */
  min: number;
  max: number;
  /** Equal-width bins, left-closed except the last which is closed; one bin when min = max. */
  counts: number[];
}

export interface ColumnProfile {
  name: string;
  /** The declared type, or for columns the schema does not name, the type the loader found. */
  type: SchemaColumnType | ColumnType;
  /** The type the loader found (`string` when any token did not parse). */
  loadedType: ColumnType;
  inSchema: boolean;
  rows: number;
  nulls: number;
  nullFraction: number | null;
  /** Non-missing tokens that are not values of the declared type. */
  invalid: number;
  /** Distinct non-missing tokens. */
  distinct: number;
  /** Smallest and largest valid value (datetimes as ISO text); null for text or without values. */
  min: number | string | null;
  max: number | string | null;
  mean: number | null;
  histogram: Histogram | null;
  /** The 5 most frequent values of text and boolean columns, with their counts. */
  topValues: { value: string; count: number }[] | null;
}

export function profileColumn(view: ColumnView, inSchema: boolean): ColumnProfile {
  const numeric = view.values !== null && view.declared !== 'boolean';
  const { min, max } = view.extent();
  const has = numeric && view.validCount > 0;
  const mean = view.values !== null && view.validCount > 0 && view.declared !== 'datetime' ? meanOf(view) : null;
  return {
    name: view.name,
    type: view.declared,
    loadedType: view.column.type,
    inSchema,
    rows: view.rowCount,
    nulls: view.missingCount,
    nullFraction: view.rowCount > 0 ? view.missingCount / view.rowCount : null,
    invalid: view.invalidCount,
    distinct: distinctNonMissing(view),
    min: has ? typed(min, view.declared) : null,
    max: has ? typed(max, view.declared) : null,
    mean,
    histogram: has ? histogram(view, min, max) : null,
    topValues: numeric ? null : topValues(view),
  };
}

/** Whether code `a` ranks before code `b`: higher count first, then the value in code-unit order. */
function before(counts: Int32Array, dictionary: readonly string[], a: number, b: number): boolean {
  if (counts[a] !== counts[b]) return counts[a] > counts[b];
  return dictionary[a] < dictionary[b];
}

function typed(value: number, type: SchemaColumnType): number | string {
  return type === 'datetime' ? showValue(value, type) : value;
}

/** Equal-width histogram of the valid values; infinite values are clamped into the end bins. */
export function histogram(view: ColumnView, min: number, max: number): Histogram | null {
  const { values, state } = view;
  if (values === null) return null;
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    // Bin the finite values; ±Infinity lands in the outer bins.
    min = Infinity;
    max = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (state[i] !== VALID || !Number.isFinite(v)) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min > max) return null;
  }
  const bins = min === max ? 1 : HISTOGRAM_BINS;
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (let i = 0; i < values.length; i++) {
    if (state[i] !== VALID) continue;
    const v = values[i];
    let b = bins === 1 ? 0 : Math.floor((v - min) / width);
    if (!(b >= 0)) b = 0;
    if (b >= bins) b = bins - 1;
    counts[b]++;
  }
  return { min, max, counts };
}

function topValues(view: ColumnView, limit = 5): { value: string; count: number }[] {
  const tally = new Map<string, number>();
  if (view.codes !== null && view.dictionary !== null) {
    const counts = new Int32Array(view.dictionary.length);
    for (let i = 0; i < view.codes.length; i++) if (view.state[i] === VALID) counts[view.codes[i]]++;
    // Keep only the `limit` largest counts (a text column can hold a million distinct values).
    const top: number[] = [];
    for (let k = 0; k < counts.length; k++) {
      if (counts[k] === 0) continue;
      if (top.length === limit && !before(counts, view.dictionary, k, top[limit - 1])) continue;
      let at = top.length === limit ? limit - 1 : top.length;
      top[at] = k;
      while (at > 0 && before(counts, view.dictionary, top[at], top[at - 1])) {
        [top[at], top[at - 1]] = [top[at - 1], top[at]];
        at--;
      }
    }
    for (const k of top) tally.set(view.dictionary[k], counts[k]);
  } else if (view.values !== null) {
    for (let i = 0; i < view.values.length; i++) {
      if (view.state[i] !== VALID) continue;
      const label = showValue(view.values[i], view.declared);
      tally.set(label, (tally.get(label) ?? 0) + 1);
    }
  }
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));
}
