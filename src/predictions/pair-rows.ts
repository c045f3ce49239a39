/**
 * Pairs the rows of two prediction files (champion and challenger) — on an id column, or by
 * position. The result is two index arrays, one pair per position, so every per-row column of
 * either file can be gathered into paired order without per-row objects.
 *
 * Joining on ids: whole-number ids in a compact range (row numbers, sequential keys) are looked up
 * directly in an Int32Array; other numeric ids go through an open-addressing hash table over
 * their float64 bits; text ids through the files' dictionaries (one Map entry per distinct id,
 * codes per row). No per-row objects. When one file's ids are numbers and the other's text, the
 * numbers are compared as JavaScript prints them (7 → "7"). Every id must be present and unique
 * in its file; a DataError names the file, column and rows otherwise.
 */
import { fmix32 } from '../stats/fmix32.js';
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
  const rangeA = scanIds(a, champion);
  const rangeB = scanIds(b, challenger);
  const championIndex: KeyIndex = denseIndex(a, rangeA, rangeB, Math.max(a.length, b.length)) ?? new NumericKeyIndex(a, a.length);
  for (let r = 0; r < a.length; r++) {
    const earlier = championIndex.insert(r);
    if (earlier >= 0) throw duplicateId(champion, String(a[r]), earlier, r);
  }
  // Challenger ids: a repeat of a paired id shows as a champion row paired twice; repeats among
  // the unpaired ids (usually none or few) go through a small growing index.
  const pairedWith = new Int32Array(a.length).fill(-1);
  let unpaired: NumericKeyIndex | undefined;
  const championRows = new Int32Array(Math.min(a.length, b.length));
  const challengerRows = new Int32Array(championRows.length);
  let pairs = 0;
  const onlyChallenger: UnpairedRows = { count: 0, examples: [] };
  for (let r = 0; r < b.length; r++) {
    const row = championIndex.find(b[r]);
    if (row < 0) {
      unpaired ??= new NumericKeyIndex(b, 16);
      const earlier = unpaired.insert(r);
      if (earlier >= 0) throw duplicateId(challenger, String(b[r]), earlier, r);
      note(onlyChallenger, () => String(b[r]));
      continue;
    }
    if (pairedWith[row] >= 0) throw duplicateId(challenger, String(b[r]), pairedWith[row], r);
    pairedWith[row] = r;
    championRows[pairs] = row;
    challengerRows[pairs++] = r;
  }
  const onlyChampion: UnpairedRows = { count: 0, examples: [] };
  for (let r = 0; r < a.length; r++) if (pairedWith[r] < 0) note(onlyChampion, () => String(a[r]));
  return { championRows: prefix(championRows, pairs), challengerRows: prefix(challengerRows, pairs), onlyChampion, onlyChallenger };
}

interface IdRange {
  min: number;
  max: number;
  /** Every id is a safe integer. */
  integers: boolean;
}

/** Min, max and integrality of the ids; a missing id (NaN) is a DataError. */
function scanIds(values: Float64Array, side: IdSide): IdRange {
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (Number.isNaN(v)) throw missingId(side, r);
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isSafeInteger(v)) integers = false;
  }
  return { min, max, integers };
}

interface KeyIndex {
  /** Stores `row` under its id; returns the row already holding that id, else −1. */
  insert(row: number): number;
  find(key: number): number;
}

/** Integer ids this dense (range at most this many times the rows) are looked up directly. */
const DENSE_RANGE_FACTOR = 4;

/**
 * Direct addressing for whole-number ids in a compact range (row numbers, sequential keys — the
 * usual case): one Int32Array slot per possible id, no hashing, one memory access per lookup.
 */
function denseIndex(keys: Float64Array, a: IdRange, b: IdRange, rows: number): KeyIndex | undefined {
  if (!a.integers || !b.integers || rows === 0) return undefined;
  const min = Math.min(a.min, b.min);
  const span = Math.max(a.max, b.max) - min + 1;
  if (span > DENSE_RANGE_FACTOR * rows + 1024 || span > 2 ** 28) return undefined;
  const slots = new Int32Array(span).fill(-1);
  return {
    insert(row) {
      const slot = keys[row] - min;
      const earlier = slots[slot];
      if (earlier < 0) slots[slot] = row;
      return earlier;
    },
    find: (key) => slots[key - min],
  };
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
  return { championRows: prefix(championRows, pairs), challengerRows: prefix(challengerRows, pairs), onlyChampion, onlyChallenger };
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

/** The first `length` entries: the array itself when that is all of it (no copy of a million pairs). */
function prefix(rows: Int32Array, length: number): Int32Array {
  return length === rows.length ? rows : rows.slice(0, length);
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
 * A hash index from float64 keys to the rows holding them: open addressing with linear probing
 * over an Int32Array of row numbers, the keys themselves read from the id column (`keys[row]`),
 * so the index costs 4 bytes a slot rather than a copy of every key; capacity a power of two at
 * least twice the keys (it grows past that), keys hashed from both 32-bit halves of their bits
 * with MurmurHash3's finaliser. −0 hashes as 0 (and `===` already equates them), so the two are one id.
 */
export class NumericKeyIndex {
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(
    private readonly keys: Float64Array,
    expectedKeys: number,
  ) {
    let capacity = 16;
    while (capacity < expectedKeys * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** Stores `row` under its key; returns the row already stored under that key (nothing stored), else −1. */
  insert(row: number): number {
    const keys = this.keys;
    const key = keys[row];
    const slots = this.slots;
    let slot = hashFloat64(key) & this.mask;
    for (let stored = slots[slot]; stored >= 0; stored = slots[slot]) {
      if (keys[stored] === key) return stored;
      slot = (slot + 1) & this.mask;
    }
    slots[slot] = row;
    if (++this.size * 2 > this.mask + 1) this.grow();
    return -1;
  }

  /** The row stored under the key, or −1. */
  find(key: number): number {
    const keys = this.keys;
    const slots = this.slots;
    let slot = hashFloat64(key) & this.mask;
    for (let stored = slots[slot]; stored >= 0; stored = slots[slot]) {
      if (keys[stored] === key) return stored;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = 2 * old.length;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (const row of old) {
      if (row < 0) continue;
      let slot = hashFloat64(this.keys[row]) & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = row;
    }
  }
}

function hashFloat64(value: number): number {
  scratch[0] = value === 0 ? 0 : value; // −0 → +0
  return fmix32(scratchWords[0] ^ Math.imul(scratchWords[1], 0x9e3779b1));
}
