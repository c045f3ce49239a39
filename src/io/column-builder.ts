/**
 * Builds one column from a stream of tokens (CSV/TSV bytes) or values (JSON), inferring its type
 * (infer-type.ts) or enforcing an explicit one. Numbers, booleans and datetimes go straight into
 * a Float64 block array; text is interned from its bytes (text-interner.ts) only for string
 * columns, so no column allocates a string per row on the fast path.
 *
 * When inference is contradicted by a later token, the builder is marked {@link demoted} and
 * stops storing: the loader then reads that column again as text (the raw tokens are not kept
 * around during the first pass, which would double the memory of every numeric column).
 */
import { DataError } from '../errors.js';
import type { Column, ColumnType } from './table.js';
import { Float64Blocks, Int32Blocks } from './block-array.js';
import { parseDatetimeBytes } from './datetime-parser.js';
import { parseBooleanBytes, parseBooleanLenient, type InferredKind } from './infer-type.js';
import type { MissingValues } from './missing-values.js';
import { isExactInteger, numberSyntax, parseNumberBytes } from './number-parser.js';
import { TextInterner } from './text-interner.js';
import { FAST_GENERAL, FAST_INTEGER, FAST_NUMBER, FAST_SKIP, FAST_TEXT, type FastKind } from './fast-kind.js';

export class ColumnBuilder {
  private contradicted = false;
  /** An inferred integer column met an integer beyond ±2^53, which only text holds exactly. */
  private inexactInteger = false;
  /** Tokens or values received so far, missing ones included (= the current 1-based row). */
  rows = 0;
  private nullCount = 0;
  private kind: InferredKind;
  /** Inferred numbers: every one so far was written as an exactly representable integer. */
  private integer = true;
  private pendingMissing = 0;
  private values: Float64Blocks | undefined;
  private codes: Int32Blocks | undefined;
  private readonly text = new TextInterner();

  constructor(
    readonly name: string,
    private readonly source: string,
    private readonly missing: MissingValues,
    /** An explicit type: strict parsing, errors instead of inference. */
    private readonly forced?: ColumnType,
    /** Estimated number of rows, to size storage once (0: unknown). */
    private readonly expectedRows = 0,
  ) {
    this.kind = forced === undefined ? 'unknown' : forced === 'integer' ? 'number' : forced;
    if (this.kind !== 'unknown') this.startStorage();
  }

  /**
   * Inference was contradicted (or an integer column holds integers a double cannot): the
   * column must be read again as text.
   */
  get demoted(): boolean {
    return this.contradicted || (this.inexactInteger && this.integer && this.kind === 'number');
  }

  /** One field, already unquoted and trimmed: `bytes[start, end)`. */
  addField(bytes: Buffer, start: number, end: number): void {
    if (this.missing.isMissingBytes(bytes, start, end)) this.addMissing();
    else this.addToken(bytes, start, end);
  }

  addMissing(): void {
    this.rows++;
    this.nullCount++;
    if (this.values !== undefined) this.values.push(NaN);
    else if (this.codes !== undefined) this.codes.push(-1);
    else this.pendingMissing++;
  }

  /** A non-missing token. */
  addToken(bytes: Buffer, start: number, end: number): void {
    this.rows++;
    if (this.contradicted) return;
    switch (this.kind) {
      case 'number': {
        const v = parseNumberBytes(bytes, start, end);
        if (v !== v) return this.reject(bytes, start, end, this.forced === 'integer' ? 'is not an integer' : 'is not a number');
        if (!numberSyntax.integer || !isExactInteger(v)) {
          if (this.forced === undefined) {
            if (numberSyntax.integer) this.inexactInteger = true;
            else this.integer = false;
          } else if (this.forced === 'integer' && !(Number.isInteger(v) && isExactInteger(v))) {
            return this.reject(bytes, start, end, Number.isInteger(v) ? 'is an integer beyond ±2^53, which a double cannot hold exactly' : 'is not an integer');
          }
        }
        this.values!.push(v);
        return;
      }
      case 'boolean': {
        const b = this.forced === undefined ? parseBooleanBytes(bytes, start, end) : parseBooleanLenient(bytes, start, end);
        if (b < 0) return this.reject(bytes, start, end, 'is not a boolean (true, false, 1 or 0)');
        this.values!.push(b);
        return;
      }
      case 'datetime': {
        const t = parseDatetimeBytes(bytes, start, end);
        if (t !== t) return this.reject(bytes, start, end, 'is not an ISO 8601 date or datetime');
        this.values!.push(t);
        return;
      }
      case 'string':
        this.codes!.push(this.text.intern(bytes, start, end));
        return;
      case 'unknown':
        this.rows--;
        this.inferFrom(bytes, start, end);
        this.addToken(bytes, start, end);
        return;
    }
  }

  /** Whether {@link addNumber} may be used: the column takes numbers and no number is missing. */
  get takesNumbers(): boolean {
    return this.kind === 'number' && !this.contradicted && !this.missing.hasNumericToken;
  }

  /**
   * A token the tokenizer already parsed as a number (`bytes[start, end)` is its text, for
   * messages). Only while {@link takesNumbers}.
   */
  addNumber(v: number, integerSyntax: boolean, bytes: Buffer, start: number, end: number): void {
    this.rows++;
    if (this.contradicted) return;
    if (!integerSyntax || !isExactInteger(v)) {
      if (this.forced === undefined) {
        if (integerSyntax) this.inexactInteger = true;
        else this.integer = false;
      } else if (this.forced === 'integer' && !(Number.isInteger(v) && isExactInteger(v))) {
        return this.reject(bytes, start, end, Number.isInteger(v) ? 'is an integer beyond ±2^53, which a double cannot hold exactly' : 'is not an integer');
      }
    }
    this.values!.push(v);
  }

  /**
   * How the CSV fast path (fast-records.ts) may treat this column's plain tokens: store numbers
   * or text codes itself, skip them (a contradicted column, read again later), or hand them to
   * {@link addField} (booleans, datetimes, a column with no value yet, numbers when some missing
   * token is itself a number).
   */
  get fastKind(): FastKind {
    if (this.contradicted) return FAST_SKIP;
    if (this.kind === 'string') return FAST_TEXT;
    if (this.kind !== 'number' || this.missing.hasNumericToken) return FAST_GENERAL;
    return this.forced === 'integer' ? FAST_INTEGER : FAST_NUMBER;
  }

  /** Storage the fast path writes numbers into (while fastKind is a number kind). */
  get numberBlocks(): Float64Blocks {
    return this.values!;
  }

  /** Storage the fast path writes text codes into (while fastKind is FAST_TEXT). */
  get codeBlocks(): Int32Blocks {
    return this.codes!;
  }

  get interner(): TextInterner {
    return this.text;
  }

  /**
   * The fast path stored `count` rows itself (`nulls` of them missing); `fraction`: some number
   * was written with a fraction or exponent; `inexactInteger`: some integer lies beyond ±2^53.
   */
  addFastRows(count: number, nulls: number, fraction: boolean, inexactInteger: boolean): void {
    this.rows += count;
    this.nullCount += nulls;
    if (this.forced !== undefined) return;
    if (fraction) this.integer = false;
    if (inexactInteger) this.inexactInteger = true;
  }

  /** A JSON value: null, number, boolean or string. */
  addValue(value: unknown): void {
    if (value === null || value === undefined) return this.addMissing();
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (this.missing.isMissingString(trimmed)) return this.addMissing();
      const bytes = Buffer.from(trimmed, 'utf8');
      return this.addToken(bytes, 0, bytes.length);
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      if (this.kind === 'unknown') {
        this.kind = typeof value === 'number' ? 'number' : 'boolean';
        this.startStorage();
      }
      if (this.kind === 'string') {
        this.rows++;
        if (!this.contradicted) this.codes!.push(this.text.internString(String(value)));
        return;
      }
      if (typeof value === 'number' && this.kind === 'number') {
        if (!(Number.isInteger(value) && isExactInteger(value))) {
          if (this.forced === 'integer') {
            this.rows++;
            return this.reject(undefined, 0, 0, 'is not an integer', String(value));
          }
          this.integer = false;
        }
        this.rows++;
        if (!this.contradicted) this.values!.push(value);
        return;
      }
      if (typeof value === 'boolean' && this.kind === 'boolean') {
        this.rows++;
        if (!this.contradicted) this.values!.push(value ? 1 : 0);
        return;
      }
      // A number in a boolean or datetime column, or a boolean among numbers: parse its text,
      // which is strict for explicit types and demotes an inferred column.
      const bytes = Buffer.from(String(value), 'utf8');
      return this.addToken(bytes, 0, bytes.length);
    }
    this.rows++;
    const what = Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}`;
    throw new DataError(`holds ${what}; only numbers, strings, booleans and null are supported`, {
      file: this.source,
      column: this.name,
      row: this.rows,
    });
  }

  /** The finished column. Inferred all-missing columns are numbers (all NaN), as in pandas. */
  finish(): Column {
    if (this.kind === 'unknown') {
      this.kind = 'number';
      this.integer = false;
      this.startStorage();
    }
    const { name, nullCount } = this;
    if (this.kind === 'string') {
      return { name, type: 'string', codes: this.codes!.toArray(), dictionary: this.text.dictionary, nullCount };
    }
    const type = this.forced ?? (this.kind === 'number' ? (this.integer ? 'integer' : 'number') : this.kind);
    if (type === 'string') throw new Error('unreachable: a string column with numeric storage');
    return { name, type, values: this.values!.toArray(), nullCount };
  }

  private inferFrom(bytes: Uint8Array, start: number, end: number): void {
    const v = parseNumberBytes(bytes, start, end);
    if (v === v) this.kind = 'number';
    else if (parseBooleanBytes(bytes, start, end) >= 0) this.kind = 'boolean';
    else if (parseDatetimeBytes(bytes, start, end) === parseDatetimeBytes(bytes, start, end)) this.kind = 'datetime';
    else this.kind = 'string';
    this.startStorage();
  }

  private startStorage(): void {
    if (this.kind === 'string') {
      this.codes = new Int32Blocks(this.expectedRows);
      for (let i = 0; i < this.pendingMissing; i++) this.codes.push(-1);
    } else {
      this.values = new Float64Blocks(this.expectedRows);
      for (let i = 0; i < this.pendingMissing; i++) this.values.push(NaN);
    }
    this.pendingMissing = 0;
  }

  /** A token that does not parse: an error for an explicit type, a demotion for an inferred one. */
  private reject(bytes: Buffer | undefined, start: number, end: number, problem: string, text?: string): void {
    if (this.forced === undefined) return this.demote();
    const token = text ?? bytes!.toString('utf8', start, end);
    throw new DataError(`"${token}" ${problem} (the column's type is set to ${this.forced})`, {
      file: this.source,
      column: this.name,
      row: this.rows,
    });
  }

  private demote(): void {
    this.contradicted = true;
    this.values = undefined;
    this.codes = undefined;
  }
}
