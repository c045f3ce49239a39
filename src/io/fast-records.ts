/**
 * The CSV/TSV fast path: records whose fields are all plain are read in one pass over their
 * bytes, each field going straight into its column's storage — numbers parsed while their end is
 * found, text hashed on the way and interned without making a string. No per-field spans, no
 * per-record callback: on the benchmark this is most of the loader's time.
 *
 * Plain means: no field starts with a quote, the line ends in LF or CRLF, the record has exactly
 * the header's number of fields, a number column's token is a number of the grammar
 * (number-parser.ts) or empty, and a text column's token has no surrounding spaces or tabs.
 * The first field that is anything else ends the run *before* that record: nothing the fast path
 * wrote for it counts (values went past the storage's length, interned text would be interned
 * again in the same order), and the general path (csv-parser.ts → delimited.ts) reads it from
 * its start. So both paths give identical tables; test/io/fast-records.test.ts checks that on
 * random files against the general path alone.
 *
 * Columns whose builder takes anything else (booleans, datetimes, a column with no value yet)
 * are scanned here and handed to their builder once the record is known to be plain.
 */
import type { ColumnBuilder } from './column-builder.js';
import { trimEnd, trimStart } from './csv-parser.js';
import type { MissingValues } from './missing-values.js';
import { isExactInteger, numberSyntax, scanNumber } from './number-parser.js';
import { FAST_GENERAL, FAST_INTEGER, FAST_NUMBER, FAST_SKIP, FAST_TEXT } from './fast-kind.js';
import { TEXT_HASH_PRIME, TEXT_HASH_SEED, type TextInterner } from './text-interner.js';


const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const MINUS = 45;
const ZERO = 48;
const DOT_DIGIT = 46 - ZERO; // '.' minus '0', as the digit loops see it

const POW10 = new Float64Array(23);
POW10[0] = 1;
for (let i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;

const NO_VALUES = new Float64Array(0);
const NO_CODES = new Int32Array(0);

export class FastRecords {
  /** Records stored by the last {@link run}. */
  records = 0;
  private readonly kinds: Uint8Array;
  /** The kinds must be read again from the builders (the general path may have changed them). */
  private stale = true;
  /** The columns of kind FAST_GENERAL, and their field spans in the current record. */
  private general = new Int32Array(0);
  private readonly spanStarts: Int32Array;
  private readonly spanEnds: Int32Array;
  // Per field, set up at the start of each run: where its values go, and what was seen.
  private readonly values: Float64Array[];
  private readonly codes: Int32Array[];
  private readonly bases: Int32Array;
  private readonly interners: (TextInterner | undefined)[];
  private readonly nulls: Int32Array;
  /** The fields missing in the current record, counted in `nulls` only if the record is plain. */
  private readonly recordNulls: Int32Array;
  private readonly fractions: Uint8Array;
  private readonly inexactIntegers: Uint8Array;

  constructor(
    private readonly delimiter: number,
    /** One per field of the header; undefined for columns not read. */
    private readonly builders: readonly (ColumnBuilder | undefined)[],
    private readonly missing: MissingValues,
  ) {
    const n = builders.length;
    this.kinds = new Uint8Array(n);
    this.spanStarts = new Int32Array(n);
    this.spanEnds = new Int32Array(n);
    this.values = Array.from({ length: n }, () => NO_VALUES);
    this.codes = Array.from({ length: n }, () => NO_CODES);
    this.bases = new Int32Array(n);
    this.interners = builders.map((b) => b?.interner);
    this.nulls = new Int32Array(n);
    this.recordNulls = new Int32Array(n);
    this.fractions = new Uint8Array(n);
    this.inexactIntegers = new Uint8Array(n);
  }

  /** A builder may have changed what it takes: read the kinds again before the next run. */
  invalidate(): void {
    this.stale = true;
  }

  /**
   * Reads plain records from `buf[pos, end)`, where `end` follows a line feed (so every scan
   * stops inside the buffer). Returns where it stopped: at `end`, or at the start of a record
   * the general path must read, or when a column's current block is full or a builder changed
   * kind. {@link records} tells how many records it stored.
   */
  run(buf: Buffer, pos: number, end: number): number {
    if (this.stale) this.readKinds();
    const room = this.prepare();
    const { delimiter, kinds, values, codes, bases, interners, nulls, recordNulls, fractions, inexactIntegers, spanStarts, spanEnds, general } = this;
    const missingFirst = this.missing.firstBytes;
    const last = kinds.length - 1;
    let r = 0;
    let kindChanged = false;
    records: while (pos < end && r < room) {
      let p = pos;
      // A blank line is no record (the general path decides what it means).
      if (buf[p] === LF || buf[p] === CR) break;
      let nullsInRecord = 0;
      for (let j = 0; j <= last; j++) {
        let c = buf[p];
        switch (kinds[j]) {
          case FAST_NUMBER:
          case FAST_INTEGER: {
            const start = p;
            const negative = c === MINUS;
            if (negative) c = buf[++p];
            const digitsStart = p;
            let mantissa = 0;
            let d = c - ZERO;
            while (d >>> 0 <= 9) {
              mantissa = mantissa * 10 + d;
              d = buf[++p] - ZERO;
            }
            let fractionDigits = -1; // -1: no decimal point
            if (d === DOT_DIGIT) {
              const fractionStart = ++p;
              d = buf[p] - ZERO;
              while (d >>> 0 <= 9) {
                mantissa = mantissa * 10 + d;
                d = buf[++p] - ZERO;
              }
              fractionDigits = p - fractionStart;
            }
            c = d + ZERO;
            const atFieldEnd = c === delimiter || c === LF || c === CR;
            let value: number;
            if (atFieldEnd && mantissa <= Number.MAX_SAFE_INTEGER && fractionDigits <= 22 && p - digitsStart > (fractionDigits < 0 ? 0 : 1)) {
              // Clinger's fast path: an exact mantissa and an exact power of ten, one rounding.
              value = fractionDigits > 0 ? mantissa / POW10[fractionDigits] : mantissa;
              if (negative) value = -value;
              if (fractionDigits >= 0) fractions[j] = 1;
            } else if (atFieldEnd && p === start) {
              value = NaN;
              recordNulls[nullsInRecord++] = j;
            } else {
              // Long mantissas, exponents, infinities, a sign '+': the full parser.
              value = scanNumber(buf, start, end);
              if (value === value) {
                p = numberSyntax.end;
                if (!numberSyntax.integer) fractions[j] = 1;
                else if (!isExactInteger(value)) inexactIntegers[j] = 1;
              } else {
                // Not a number: a missing-value token such as NaN, else the general path decides.
                p = start;
                c = buf[p];
                while (c !== delimiter && c !== LF && c !== CR) c = buf[++p];
                if (!this.missing.isMissingBytes(buf, start, p)) break records;
                recordNulls[nullsInRecord++] = j;
              }
            }
            if (kinds[j] === FAST_INTEGER && value === value && !(Number.isInteger(value) && isExactInteger(value))) break records;
            values[j][bases[j] + r] = value;
            break;
          }
          case FAST_TEXT: {
            const start = p;
            let hash = TEXT_HASH_SEED;
            while (c !== delimiter && c !== LF && c !== CR) {
              hash = Math.imul(hash ^ c, TEXT_HASH_PRIME);
              c = buf[++p];
            }
            let code = -1;
            if (p === start) {
              recordNulls[nullsInRecord++] = j;
            } else {
              const first = buf[start];
              const final = buf[p - 1];
              if (first === QUOTE || first === SPACE || first === TAB || final === SPACE || final === TAB) break records;
              if (missingFirst[first] === 1 && this.missing.isMissingBytes(buf, start, p)) recordNulls[nullsInRecord++] = j;
              else code = interners[j]!.internHashed(buf, start, p, hash);
            }
            codes[j][bases[j] + r] = code;
            break;
          }
          default: {
            // FAST_SKIP or FAST_GENERAL: only find the field's end.
            if (c === QUOTE) break records;
            spanStarts[j] = p;
            while (c !== delimiter && c !== LF && c !== CR) c = buf[++p];
            spanEnds[j] = p;
          }
        }
        // p is at the field's end: a delimiter before the last field, a line end after it.
        const separator = buf[p];
        if (separator === delimiter) {
          if (j === last) break records;
          p++;
        } else if (separator === LF && j === last) {
          p++;
        } else if (separator === CR && j === last && buf[p + 1] === LF) {
          p += 2;
        } else {
          break records;
        }
      }
      // The record is plain: it counts.
      for (let k = 0; k < nullsInRecord; k++) nulls[recordNulls[k]]++;
      for (let k = 0; k < general.length; k++) {
        const j = general[k];
        const builder = this.builders[j]!;
        const start = trimStart(buf, spanStarts[j], spanEnds[j]);
        builder.addField(buf, start, trimEnd(buf, start, spanEnds[j]));
        if (builder.fastKind !== FAST_GENERAL) kindChanged = true;
      }
      r++;
      pos = p;
      if (kindChanged) {
        this.stale = true;
        break;
      }
    }
    this.finish(r);
    this.records = r;
    return pos;
  }

  private readKinds(): void {
    const general: number[] = [];
    this.builders.forEach((builder, j) => {
      const kind = builder === undefined ? FAST_SKIP : builder.fastKind;
      this.kinds[j] = kind;
      if (kind === FAST_GENERAL) general.push(j);
    });
    this.general = Int32Array.from(general);
    this.stale = false;
  }

  /** Points each stored column at its current block; returns how many records fit in all of them. */
  private prepare(): number {
    let room = Number.MAX_SAFE_INTEGER;
    for (let j = 0; j < this.kinds.length; j++) {
      const kind = this.kinds[j];
      if (kind === FAST_NUMBER || kind === FAST_INTEGER) {
        const blocks = this.builders[j]!.numberBlocks;
        room = Math.min(room, blocks.reserve());
        this.values[j] = blocks.block;
        this.bases[j] = blocks.filled;
      } else if (kind === FAST_TEXT) {
        const blocks = this.builders[j]!.codeBlocks;
        room = Math.min(room, blocks.reserve());
        this.codes[j] = blocks.block;
        this.bases[j] = blocks.filled;
      }
      this.nulls[j] = 0;
      this.fractions[j] = 0;
      this.inexactIntegers[j] = 0;
    }
    return room;
  }

  /** Counts the run's `count` records in the builders that the run stored or skipped. */
  private finish(count: number): void {
    if (count === 0) return;
    for (let j = 0; j < this.kinds.length; j++) {
      const builder = this.builders[j];
      const kind = this.kinds[j];
      if (builder === undefined || kind === FAST_GENERAL) continue;
      if (kind === FAST_NUMBER || kind === FAST_INTEGER) builder.numberBlocks.advance(count);
      else if (kind === FAST_TEXT) builder.codeBlocks.advance(count);
      builder.addFastRows(count, this.nulls[j], this.fractions[j] === 1, this.inexactIntegers[j] === 1);
    }
  }
}
