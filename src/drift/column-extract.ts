/**
 * From the two tables to a prepared column pair. Numeric: the finite values of each side, sorted
 * once (a text column is parsed with the io layer's strict number reader, and a token that is not
 * a number is a DataError naming file, row and column). Categorical: per-category counts of both
 * sides aligned on the union of labels (numbers are labelled as JavaScript prints them, so 1 and
 * "1" are one category). Missing values are counted, not compared: NaN, empty cells and, for
 * numeric columns, ±Infinity.
 */
import { isNumeric, labelCodes, numericValues, type Column, type Table } from '../io/table.js';
import { sortFinite } from '../stats/sort-finite.js';
import { CategoricalPair, NumericPair, type ColumnKind, type ColumnPair } from './column-pair.js';

export interface ExtractedColumn {
  pair: ColumnPair;
  missing: { reference: number; current: number };
  rows: { reference: number; current: number };
}

export function extractColumn(reference: Table, current: Table, name: string, kind: ColumnKind): ExtractedColumn {
  const rows = { reference: reference.rowCount, current: current.rowCount };
  if (kind === 'numeric') {
    const ref = finiteSorted(numericValues(reference, name));
    const cur = finiteSorted(numericValues(current, name));
    return { pair: new NumericPair(ref.values, cur.values), missing: { reference: ref.missing, current: cur.missing }, rows };
  }
  const refColumn = columnOf(reference, name);
  const curColumn = columnOf(current, name);
  const labels: string[] = [];
  const index = new Map<string, number>();
  const referenceCounts = countByLabel(refColumn, labels, index);
  const currentCounts = countByLabel(curColumn, labels, index);
  const size = labels.length;
  const pad = (counts: number[]): Float64Array => {
    const out = new Float64Array(size);
    out.set(counts);
    return out;
  };
  return {
    pair: new CategoricalPair({ labels, reference: pad(referenceCounts.counts), current: pad(currentCounts.counts) }),
    missing: { reference: referenceCounts.missing, current: currentCounts.missing },
    rows,
  };
}

function columnOf(table: Table, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new Error(`column "${name}" vanished from ${table.source}`);
  return column;
}

/** The finite values, sorted ascending (src/stats/sort-finite.ts), and how many were NaN or ±Infinity. */
export function finiteSorted(values: Float64Array): { values: Float64Array; missing: number } {
  const sorted = sortFinite(values);
  return { values: sorted.values, missing: sorted.dropped };
}

/** Counts of each label of the column, labels appended to the shared list in order of first appearance in the dictionary. */
function countByLabel(column: Column, labels: string[], index: Map<string, number>): { counts: number[]; missing: number } {
  const { codes, dictionary } = isNumeric(column) ? labelCodes(column) : { codes: column.codes, dictionary: column.dictionary };
  const perCode = new Float64Array(dictionary.length);
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) missing++;
    else perCode[code]++;
  }
  const counts: number[] = [];
  for (let code = 0; code < dictionary.length; code++) {
    if (perCode[code] === 0) continue;
    const label = dictionary[code];
    let slot = index.get(label);
    if (slot === undefined) {
      slot = labels.length;
      index.set(label, slot);
      labels.push(label);
    }
    counts[slot] = (counts[slot] ?? 0) + perCode[code];
  }
  for (let k = 0; k < labels.length; k++) counts[k] ??= 0;
  return { counts, missing };
}
