/** Gathers rows of prepared predictions into a new order (a join's pairing, or a slice's rows). */
import type { PreparedPredictions, SliceColumn } from './types.js';

type Indices = Int32Array | Uint32Array;

export function takeFloat64(values: Float64Array, rows: Indices): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

export function takeInt32(values: Int32Array, rows: Indices): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  return out;
}

export function takeSlice(column: SliceColumn, rows: Indices): SliceColumn {
  return { ...column, codes: takeInt32(column.codes, rows) };
}

/** True when `rows` is 0, 1, …, n − 1 for n rows: taking them changes nothing. */
function isIdentity(rows: Indices, n: number): boolean {
  if (rows.length !== n) return false;
  for (let i = 0; i < n; i++) if (rows[i] !== i) return false;
  return true;
}

/**
 * The rows `rows` of `data`, in that order: every per-row array gathered, slices included. When
 * `rows` is every row in order (a join in this file's order), `data` itself.
 */
export function takeRows(data: PreparedPredictions, rows: Indices): PreparedPredictions {
  if (isIdentity(rows, data.rows)) return data;
  const slices = data.slices.map((s) => takeSlice(s, rows));
  if (data.task === 'regression') return { ...data, rows: rows.length, slices, yTrue: takeFloat64(data.yTrue, rows), yPred: takeFloat64(data.yPred, rows) };
  const probabilities = data.probabilities?.map((p) => takeFloat64(p, rows));
  // A binary score taken from the probability columns stays the same array (gathered once).
  const aliased = data.score && data.probabilities ? data.probabilities.indexOf(data.score) : -1;
  const score = aliased >= 0 ? probabilities![aliased] : data.score ? takeFloat64(data.score, rows) : undefined;
  return { ...data, rows: rows.length, slices, yTrue: takeInt32(data.yTrue, rows), yPred: takeInt32(data.yPred, rows), score, probabilities };
}
