/**
 * Finds rows that repeat an earlier row over a set of columns, without building a key object per
 * row: each row is hashed to a 53-bit number from its columns' codes or float bits, and a hash
 * seen before is confirmed by comparing the columns (so a hash collision can never report a false
 * duplicate). Missing values compare equal to each other, as in pandas' `duplicated`.
 */
import type { Column } from '../io/table.js';
import { isNumeric } from '../io/table.js';

const floatBox = new Float64Array(1);
const wordBox = new Uint32Array(floatBox.buffer);

/** A 32-bit word for a row's value in a column: the code for text, mixed float bits for numbers. */
function valueWords(column: Column, row: number, seed: number): number {
  if (!isNumeric(column)) return Math.imul(column.codes[row] + 2, 0x9e3779b1) ^ seed;
  const v = column.values[row];
  if (Number.isNaN(v)) return 0x7ff80001 ^ seed;
  floatBox[0] = v === 0 ? 0 : v; // -0 and 0 are one value
  return Math.imul(wordBox[0] ^ seed, 0x85ebca6b) ^ Math.imul(wordBox[1] + seed, 0xc2b2ae35);
}

function mix(h: number, word: number): number {
  h ^= word;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
}

function rowHash(columns: readonly Column[], row: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x27d4eb2f;
  for (const column of columns) {
    h1 = mix(h1, valueWords(column, row, 0x1b873593));
    h2 = mix(h2, valueWords(column, row, 0x5bd1e995));
  }
  return (h1 >>> 0) * 2097152 + (h2 >>> 11);
}

function sameRow(columns: readonly Column[], a: number, b: number): boolean {
  for (const column of columns) {
    if (isNumeric(column)) {
      const x = column.values[a];
      const y = column.values[b];
      if (!(x === y || (Number.isNaN(x) && Number.isNaN(y)))) return false;
    } else if (column.codes[a] !== column.codes[b]) return false;
  }
  return true;
}

function hasMissing(columns: readonly Column[], row: number): boolean {
  for (const column of columns) {
    if (isNumeric(column) ? Number.isNaN(column.values[row]) : column.codes[row] < 0) return true;
  }
  return false;
}

/**
 * For each row, the 0-based index of the first earlier row with the same values in `columns`,
 * or -1 when the row is the first of its kind. With `skipMissing`, rows with a missing value in
 * any of the columns are never duplicates (SQL's UNIQUE semantics for keys) and get -1.
 */
export function firstOccurrences(columns: readonly Column[], rowCount: number, skipMissing: boolean): Int32Array {
  const first = new Int32Array(rowCount).fill(-1);
  const seen = new Map<number, number>();
  // Rows whose hash collided with a different row: kept per hash, checked one by one.
  const collided = new Map<number, number[]>();
  for (let i = 0; i < rowCount; i++) {
    if (skipMissing && hasMissing(columns, i)) continue;
    const h = rowHash(columns, i);
    const earlier = seen.get(h);
    if (earlier === undefined) {
      seen.set(h, i);
      continue;
    }
    if (sameRow(columns, earlier, i)) {
      first[i] = earlier;
      continue;
    }
    const chain = collided.get(h) ?? [];
    const match = chain.find((r) => sameRow(columns, r, i));
    if (match !== undefined) first[i] = match;
    else {
      chain.push(i);
      collided.set(h, chain);
    }
  }
  return first;
}
