/**
 * Pairs the rows of two prediction files (champion and challenger) — on an id column, or by
 * position. The result is two index arrays, one pair per position, so every per-row column of
 * either file can be gathered into paired order without per-row objects.
 *
 * Joining on ids: numeric ids go through an open-addressing hash table over their float64 bits
 * (Float64Array keys, Int32Array rows); text ids through the files' dictionaries (one Map entry
 * per distinct id, codes per row). When one file's ids are numbers and the other's text, the
 * numbers are compared as JavaScript prints them (7 → "7"). Every id must be present and unique
 * in its file; a DataError names the file, column and rows otherwise.
 */
import { DataError } from '../errors.js';
import { isNumeric, labelCodes, type Column, type Table } from '../io/table.js';

export interface UnpairedRows {
  count: number;
  /** The first few ids (as text), in file order. */
  examples: string[];
}

export interface RowPairing {
  /** 0-based champion row of each pair. */
  championRows: Int32Array;
  /** 0-based challenger row of each pair (pairs are in challenger file order). */
  challengerRows: Int32Array;
  onlyChampion: UnpairedRows;
  onlyChallenger: UnpairedRows;
}

/** How many unpaired ids a message or report lists. */
export const UNPAIRED_EXAMPLES = 5;

export interface IdSide {
  readonly table: Table;
  readonly column: Column;
}

/** Pairs rows with equal ids. */
export function pairRowsById(champion: IdSide, challenger: IdSide): RowPairing {
  if (isNumeric(champion.column) && isNumeric(challenger.column)) return pairNumericIds(champion, challenger);
  return pairTextIds(champion, challenger);
}

/** Pairs row i with row i; the files must have the same number of rows. */
export function pairRowsByPosition(champion: Table, challenger: Table): RowPairing {
  if (champion.rowCount !== challenger.rowCount) {
    throw new DataError(
      `the champion has ${champion.rowCount} rows and the challenger ${challenger.rowCount} (${challenger.source}): without id-column the rows are paired by position, so the files must have the same number of rows — set id-column to join them on an id`,
      { file: champion.source },
    );
  }
  const rows = Int32Array.from({ length: champion.rowCount }, (_, i) => i);
  return { championRows: rows, challengerRows: rows, onlyChampion: { count: 0, examples: [] }, onlyChallenger: { count: 0, examples: [] } };
}

function pairNumericIds(champion: IdSide, challenger: IdSide): RowPairing {
  const a = (champion.column as { values: Float64Array }).values;
  const b = (challenger.column as { values: Float64Array }).values;
  const championIndex = new NumericKeyIndex(a.length);
  indexNumericIds(championIndex, a, champion);
  indexNumericIds(new NumericKeyIndex(b.length), b, challenger);
  const matched = new Uint8Array(a.length);
  const championRows = new Int32Array(Math.min(a.length, b.length));
  const challengerRows = new Int32Array(championRows.length);
  let pairs = 0;
  const onlyChallenger: UnpairedRows = { count: 0, examples: [] };
  for (let r = 0; r < b.length; r++) {
    const row = championIndex.find(b[r]);
    if (row < 0) {
      note(onlyChallenger, () => String(b[r]));
      continue;
    }
    matched[row] = 1;
    championRows[pairs] = row;
    challengerRows[pairs++] = r;
  }
  const onlyChampion: UnpairedRows = { count: 0, examples: [] };
  for (let r = 0; r < a.length; r++) if (matched[r] === 0) note(onlyChampion, () => String(a[r]));
  return { championRows: championRows.slice(0, pairs), challengerRows: challengerRows.slice(0, pairs), onlyChampion, onlyChallenger };
}

function indexNumericIds(index: NumericKeyIndex, values: Float64Array, side: IdSide): void {
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (Number.isNaN(v)) throw missingId(side, r);
    const earlier = index.insert(v, r);
    if (earlier >= 0) throw duplicateId(side, String(v), earlier, r);
  }
}

function pairTextIds(champion: IdSide, challenger: IdSide): RowPairing {
  const a = labelCodes(champion.column);
  const b = labelCodes(challenger.column);
  const championRowOf = firstRowPerCode(a, champion);
  firstRowPerCode(b, challenger); // validates: every challenger id present and unique
  // Challenger dictionary entry → champion dictionary entry (−1: absent from the champion).
  const championCode = new Map<string, number>();
  a.dictionary.forEach((id, code) => championCode.set(id, code));
  const translate = Int32Array.from(b.dictionary, (id) => championCode.get(id) ?? -1);

  const matched = new Uint8Array(a.codes.length);
  const championRows = new Int32Array(Math.min(a.codes.length, b.codes.length));
  const challengerRows = new Int32Array(championRows.length);
  let pairs = 0;
  const onlyChallenger: UnpairedRows = { count: 0, examples: [] };
  for (let r = 0; r < b.codes.length; r++) {
    const code = translate[b.codes[r]];
    const row = code < 0 ? -1 : championRowOf[code];
    if (row < 0) {
      note(onlyChallenger, () => b.dictionary[b.codes[r]]);
      continue;
    }
    matched[row] = 1;
    championRows[pairs] = row;
    challengerRows[pairs++] = r;
  }
  const onlyChampion: UnpairedRows = { count: 0, examples: [] };
  for (let r = 0; r < a.codes.length; r++) if (matched[r] === 0) note(onlyChampion, () => a.dictionary[a.codes[r]]);
  return { championRows: championRows.slice(0, pairs), challengerRows: challengerRows.slice(0, pairs), onlyChampion, onlyChallenger };
}

/** The row of each id (dictionary code); a missing or repeated id is a DataError. */
function firstRowPerCode(ids: { codes: Int32Array; dictionary: readonly string[] }, side: IdSide): Int32Array {
  const rowOf = new Int32Array(ids.dictionary.length).fill(-1);
  for (let r = 0; r < ids.codes.length; r++) {
    const code = ids.codes[r];
    if (code < 0) throw missingId(side, r);
    if (rowOf[code] >= 0) throw duplicateId(side, ids.dictionary[code], rowOf[code], r);
    rowOf[code] = r;
  }
  return rowOf;
}

function note(unpaired: UnpairedRows, id: () => string): void {
  unpaired.count++;
  if (unpaired.examples.length < UNPAIRED_EXAMPLES) unpaired.examples.push(id());
}

function missingId(side: IdSide, row: number): DataError {
  return new DataError('the id is missing (every row needs one to be paired)', { file: side.table.source, column: side.column.name, row: row + 1 });
}

function duplicateId(side: IdSide, id: string, first: number, second: number): DataError {
  return new DataError(`id "${id}" appears more than once (rows ${first + 1} and ${second + 1}): ids must be unique to pair the rows`, { file: side.table.source, column: side.column.name });
}

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/**
 * A hash table from float64 keys to rows: open addressing with linear probing, capacity a power
 * of two at least twice the keys (so probes stay short), keys hashed from both 32-bit halves of
 * their bits with MurmurHash3's finaliser. −0 is stored as 0, so the two are one id.
 */
export class NumericKeyIndex {
  private readonly keys: Float64Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(expectedKeys: number) {
    let capacity = 16;
    while (capacity < expectedKeys * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** Stores key → row; returns the row already stored under the key (nothing stored), else −1. */
  insert(key: number, row: number): number {
    const k = key === 0 ? 0 : key;
    let slot = hashFloat64(k) & this.mask;
    while (this.rows[slot] >= 0) {
      if (this.keys[slot] === k) return this.rows[slot];
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = k;
    this.rows[slot] = row;
    return -1;
  }

  /** The row stored under the key, or −1. */
  find(key: number): number {
    const k = key === 0 ? 0 : key;
    let slot = hashFloat64(k) & this.mask;
    while (this.rows[slot] >= 0) {
      if (this.keys[slot] === k) return this.rows[slot];
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}

function hashFloat64(value: number): number {
  scratch[0] = value;
  let h = scratchWords[0] ^ Math.imul(scratchWords[1], 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
