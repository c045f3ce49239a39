/**
 * Finds rows that repeat an earlier row over a set of columns, without building a key object per
 * row: every row gets two 32-bit hashes, computed column by column in tight typed-array loops
 * from text codes or float bits, and a candidate is confirmed by comparing the columns, so a
 * hash collision can never report a false duplicate. Missing values compare equal to each other,
 * as in pandas' `duplicated`.
 */
import type { Column } from '../io/table.js';
import { isNumeric } from '../io/table.js';

const MISSING_WORD = 0x7ff80001;

/** murmur3's 32-bit finaliser over `h ^ word`. */
function mix(h: number, word: number): number {
  h ^= word;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Two hashes per row over `columns`. */
function rowHashes(columns: readonly Column[], rowCount: number): { a: Int32Array; b: Int32Array } {
  const a = new Int32Array(rowCount).fill(0x811c9dc5 | 0);
  const b = new Int32Array(rowCount).fill(0x27d4eb2f);
  for (const column of columns) {
    if (isNumeric(column)) {
      const values = column.values;
      // The float's two 32-bit halves, read in place.
      const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
      for (let i = 0; i < rowCount; i++) {
        const v = values[i];
        let lo: number;
        let hi: number;
        if (v !== v) {
          lo = MISSING_WORD;
          hi = MISSING_WORD;
        } else if (v === 0) {
          lo = 0; // -0 and 0 are one value
          hi = 0;
        } else {
          lo = words[2 * i];
          hi = words[2 * i + 1];
        }
        a[i] = mix(mix(a[i], lo), hi);
        b[i] = mix(mix(b[i], hi ^ 0x5bd1e995), lo);
      }
    } else {
      const codes = column.codes;
      for (let i = 0; i < rowCount; i++) {
        const code = codes[i];
        a[i] = mix(a[i], code);
        b[i] = mix(b[i], Math.imul(code, 0x9e3779b1) ^ 0x1b873593);
      }
    }
  }
  return { a, b };
}

function sameRow(columns: readonly Column[], x: number, y: number): boolean {
  for (const column of columns) {
    if (isNumeric(column)) {
      const u = column.values[x];
      const v = column.values[y];
      if (!(u === v || (u !== u && v !== v))) return false;
    } else if (column.codes[x] !== column.codes[y]) return false;
  }
  return true;
}

/** 1 for rows with a missing value in any of the columns. */
function missingRows(columns: readonly Column[], rowCount: number): Uint8Array {
  const missing = new Uint8Array(rowCount);
  for (const column of columns) {
    if (isNumeric(column)) {
      const values = column.values;
      for (let i = 0; i < rowCount; i++) if (values[i] !== values[i]) missing[i] = 1;
    } else {
      const codes = column.codes;
      for (let i = 0; i < rowCount; i++) if (codes[i] < 0) missing[i] = 1;
    }
  }
  return missing;
}

/**
 * For each row, the 0-based index of the first earlier row with the same values in `columns`,
 * or -1 when the row is the first of its kind. With `skipMissing`, rows with a missing value in
 * any of the columns are never duplicates (SQL's UNIQUE semantics for keys) and get -1.
 *
 * An open-addressing hash table in typed arrays (linear probing, load ≤ 1/2): the first hash
 * picks the slot, the second screens candidates before the exact column comparison.
 */
export function firstOccurrences(columns: readonly Column[], rowCount: number, skipMissing: boolean): Int32Array {
  if (columns.length === 1 && !isNumeric(columns[0])) return firstOccurrencesOfCodes(columns[0].codes, columns[0].dictionary.length, skipMissing);
  const first = new Int32Array(rowCount).fill(-1);
  const { a, b } = rowHashes(columns, rowCount);
  const skip = skipMissing ? missingRows(columns, rowCount) : undefined;
  let size = 16;
  while (size < rowCount * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let i = 0; i < rowCount; i++) {
    if (skip !== undefined && skip[i] === 1) continue;
    const check = b[i];
    let slot = a[i] & mask;
    for (;;) {
      const r = slots[slot];
      if (r < 0) {
        slots[slot] = i;
        break;
      }
      if (b[r] === check && sameRow(columns, r, i)) {
        first[i] = r;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return first;
}

/** One text column: the codes are the keys, so an array indexed by code replaces the hash table. */
function firstOccurrencesOfCodes(codes: Int32Array, dictionarySize: number, skipMissing: boolean): Int32Array {
  const first = new Int32Array(codes.length).fill(-1);
  const firstOfCode = new Int32Array(dictionarySize).fill(-1);
  let firstMissing = -1;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0) {
      if (skipMissing) continue;
      if (firstMissing < 0) firstMissing = i;
      else first[i] = firstMissing;
      continue;
    }
    if (firstOfCode[code] < 0) firstOfCode[code] = i;
    else first[i] = firstOfCode[code];
  }
  return first;
}
