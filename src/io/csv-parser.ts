/**
 * An RFC 4180 tokenizer for delimited text that works on bytes, chunk by chunk.
 *
 * Why our own parser rather than arquero's `loadCSV` (arquero is now only a test oracle for it):
 * arquero decodes the text into a JavaScript string per field and builds each column as an
 * array of JavaScript values. On the benchmark's 100,000 × 25 file it took 2.7 times our CPU
 * time and 199 MB of memory (extrapolated: well over a gigabyte for a million rows). Here a record is
 * a list of byte spans into the chunk, numbers are parsed from bytes while the field's end is
 * found, and nothing is decoded until a column builder needs text.
 *
 * Accepted: fields quoted with `"` (the delimiter, newlines and `""` inside quotes), CRLF, LF or
 * CR line ends (mixed too), a missing final line end, blank lines (passed on as empty records).
 * A quote inside an unquoted field is a literal character (`5'10"`), as in Python's csv module.
 * Spaces or tabs may follow a closing quote. Malformed: any other character after a closing
 * quote, or a quote that is never closed; both are reported as {@link CsvSyntaxError} with the
 * field where they occur.
 */

import { numberSyntax, scanNumber } from './number-parser.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** The fields of the current record as spans of the buffer passed with it. Reused per record. */
export class FieldSpans {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 when the field was quoted and holds doubled quotes (`""`) that need unescaping. */
  escaped = new Uint8Array(64);
  /** 0: only the span is known; 1: `numbers` holds its value; 2: the same, written as an integer. */
  parsed = new Uint8Array(64);
  numbers = new Float64Array(64);

  push(start: number, end: number, escaped: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped;
    this.parsed[this.count] = 0;
    this.count++;
  }

  pushNumber(start: number, end: number, value: number, integer: boolean): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = 0;
    this.parsed[this.count] = integer ? 2 : 1;
    this.numbers[this.count] = value;
    this.count++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    const parsed = new Uint8Array(size);
    const numbers = new Float64Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    parsed.set(this.parsed);
    numbers.set(this.numbers);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
    this.parsed = parsed;
    this.numbers = numbers;
  }
}

/** Malformed quoting in the record being read (the one after the last emitted); `field` is 0-based. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly field: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * Called once per record with spans into `bytes`. A blank line is a record with no fields
 * (`fields.count === 0`); the caller decides what it means.
 */
export type RecordHandler = (bytes: Buffer, fields: FieldSpans) => void;

/**
 * Reads plain records faster than the tokenizer can (fast-records.ts): given `buf[pos, end)`,
 * where `end` follows a line feed, it consumes whole records and returns where it stopped; the
 * tokenizer reads the record there itself.
 */
export interface FastPath {
  run(buf: Buffer, pos: number, end: number): number;
}

export interface ParseSummary {
  /** Bytes of input after the BOM. */
  bytes: number;
}

/**
 * Tokenizes the chunks, calling `onRecord` for every record. A record that spans
 * chunks is carried over and parsed again once more bytes arrive.
 */
export async function parseDelimited(
  chunks: AsyncIterable<Buffer>,
  delimiter: string,
  onRecord: RecordHandler,
  /** 1 at each field index to parse as a number while tokenizing; the caller may update it. */
  numericFields: Uint8Array = new Uint8Array(0),
  fastPath?: FastPath,
): Promise<ParseSummary> {
  const delimiterBytes = Buffer.from(delimiter, 'utf8');
  if (delimiterBytes.length !== 1 || delimiterBytes[0] === QUOTE || delimiterBytes[0] === LF || delimiterBytes[0] === CR) {
    throw new RangeError(`the delimiter must be one ASCII character other than a quote or line end, got ${JSON.stringify(delimiter)}`);
  }
  const tokenizer = new Tokenizer(delimiterBytes[0], onRecord);
  tokenizer.numericFields = numericFields;
  tokenizer.fastPath = fastPath;
  // `carry` holds the start of a record that the previous chunk ended inside. It is completed
  // with as few bytes of the next chunk as possible (line by line), so the chunk itself is
  // parsed in place rather than copied behind the carried bytes.
  let carry: Buffer | undefined;
  // Re-parse a carried record only when it has doubled, so one huge (or never-closed) quoted
  // field costs linear, not quadratic, time.
  let retryAt = 0;
  let total = 0;
  let head: Buffer | undefined; // the first bytes, until there are enough to look for a BOM
  let started = false;
  for await (let chunk of chunks) {
    if (!started) {
      chunk = head === undefined ? chunk : Buffer.concat([head, chunk]);
      if (chunk.length < 3) {
        head = chunk;
        continue;
      }
      head = undefined;
      started = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      if (chunk.length === 0) continue;
    }
    total += chunk.length;
    let from = 0;
    while (carry !== undefined && from < chunk.length) {
      if (carry.length >= SMALL_CARRY) {
        carry = Buffer.concat([carry, chunk.subarray(from)]);
        from = chunk.length;
        if (carry.length < retryAt) break;
      } else {
        const newline = chunk.indexOf(LF, from);
        const take = newline === -1 ? chunk.length : newline + 1;
        carry = Buffer.concat([carry, chunk.subarray(from, take)]);
        from = take;
      }
      const consumed = tokenizer.parse(carry, false);
      carry = consumed === carry.length ? undefined : carry.subarray(consumed);
      retryAt = carry !== undefined && consumed === 0 ? carry.length * 2 : 0;
    }
    if (from >= chunk.length) continue;
    const rest = from === 0 ? chunk : chunk.subarray(from);
    const consumed = tokenizer.parse(rest, false);
    if (consumed < rest.length) {
      carry = rest.subarray(consumed);
      retryAt = 0;
    }
  }
  if (head !== undefined) {
    // A file of fewer than 3 bytes (so no BOM).
    total += head.length;
    carry = head;
  }
  if (carry !== undefined && carry.length > 0) tokenizer.parse(carry, true);
  return { bytes: total };
}

/** A carried record shorter than this is completed line by line. */
const SMALL_CARRY = 1 << 16;

class Tokenizer {
  private readonly fields = new FieldSpans();
  /** 1 at the index of every field to try parsing as a number while tokenizing. */
  numericFields: Uint8Array = new Uint8Array(0);
  /** 1 for the bytes that end an unquoted field: the delimiter, LF and CR. */
  private readonly fieldEnd = new Uint8Array(256);
  fastPath: FastPath | undefined;
  /**
   * Records to read here before trying the fast path again: after it stops at once, it is
   * tried less and less often (up to every 1024 records), so a file it cannot read costs
   * little more than without it.
   */
  private fastSkip = 0;
  private fastBackoff = 1;

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: RecordHandler,
  ) {
    this.fieldEnd[delimiter] = 1;
    this.fieldEnd[LF] = 1;
    this.fieldEnd[CR] = 1;
  }

  /**
   * Parses whole records from `buf`, returning the offset of the first byte not consumed (the
   * start of an incomplete record). With `final`, the end of `buf` ends the last record.
   */
  parse(buf: Buffer, final: boolean): number {
    const delimiter = this.delimiter;
    const fields = this.fields;
    const fieldEnd = this.fieldEnd;
    const numeric = this.numericFields;
    const end = buf.length;
    const fast = this.fastPath;
    const fastEnd = fast === undefined ? 0 : buf.lastIndexOf(LF) + 1;
    let pos = 0;
    while (pos < end) {
      if (pos < fastEnd) {
        if (this.fastSkip > 0) {
          this.fastSkip--;
        } else {
          const stop = fast!.run(buf, pos, fastEnd);
          if (stop > pos) {
            pos = stop;
            this.fastBackoff = 1;
            continue;
          }
          this.fastSkip = this.fastBackoff - 1;
          this.fastBackoff = Math.min(this.fastBackoff * 2, 1024);
        }
      }
      const recordStart = pos;
      let c = buf[pos];
      if (c === LF || c === CR) {
        if (c === LF) pos++;
        else if (pos + 1 < end) pos += buf[pos + 1] === LF ? 2 : 1;
        else if (final) pos++;
        else return recordStart;
        fields.count = 0;
        this.emit(buf);
        continue;
      }
      fields.count = 0;
      for (;;) {
        if (pos < end && buf[pos] === QUOTE) {
          let q = pos + 1;
          let escaped = 0;
          for (;;) {
            q = buf.indexOf(QUOTE, q);
            if (q === -1) {
              if (!final) return recordStart;
              throw new CsvSyntaxError(fields.count, 'a quoted field is never closed');
            }
            if (q + 1 < end && buf[q + 1] === QUOTE) {
              escaped = 1;
              q += 2;
              continue;
            }
            if (q + 1 >= end && !final) return recordStart;
            break;
          }
          let p = q + 1;
          while (p < end && (buf[p] === SPACE || (buf[p] === TAB && delimiter !== TAB))) p++;
          if (p < end) {
            c = buf[p];
            if (c !== delimiter && c !== LF && c !== CR) {
              throw new CsvSyntaxError(
                fields.count,
                `unexpected ${describeByte(c)} after a closing quote (a quote inside a quoted field must be doubled: "")`,
              );
            }
          } else if (!final) {
            return recordStart;
          }
          fields.push(pos + 1, q, escaped);
          pos = p;
        } else {
          // Fast path: a column known to hold numbers is parsed while its end is found, so
          // its bytes are read once. Anything unusual (spaces, text, the chunk's end) falls
          // back to the general scan, and the column builder parses the span instead.
          let p = pos;
          if (fields.count < numeric.length && numeric[fields.count] === 1) {
            const value = scanNumber(buf, pos, end);
            const stop = numberSyntax.end;
            if (value === value && stop < end && fieldEnd[buf[stop]] === 1) {
              fields.pushNumber(pos, stop, value, numberSyntax.integer);
              p = stop;
            }
          }
          if (p === pos) {
            while (p < end && fieldEnd[buf[p]] === 0) p++;
            if (p >= end && !final) return recordStart;
            fields.push(pos, p, 0);
          }
          pos = p;
        }
        if (pos >= end) {
          this.emit(buf);
          return end;
        }
        c = buf[pos];
        if (c === delimiter) {
          pos++;
          if (pos >= end) {
            if (!final) return recordStart;
            fields.push(pos, pos, 0);
            this.emit(buf);
            return end;
          }
          continue;
        }
        if (c === CR) {
          if (pos + 1 < end) pos += buf[pos + 1] === LF ? 2 : 1;
          else if (final) pos++;
          else return recordStart;
        } else {
          pos++;
        }
        this.emit(buf);
        break;
      }
    }
    return pos;
  }

  private emit(buf: Buffer): void {
    this.onRecord(buf, this.fields);
  }
}

function describeByte(c: number): string {
  if (c >= 32 && c < 127) return `character '${String.fromCharCode(c)}'`;
  return `byte 0x${c.toString(16).padStart(2, '0')}`;
}

/** Shrinks `[start, end)` past leading and trailing spaces and tabs; returns the new start. */
export function trimStart(buf: Uint8Array, start: number, end: number): number {
  while (start < end && (buf[start] === SPACE || buf[start] === TAB)) start++;
  return start;
}

export function trimEnd(buf: Uint8Array, start: number, end: number): number {
  while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  return end;
}

/** Copies a quoted field's content into `out`, turning each `""` into `"`; returns its length. */
export function unescapeQuotes(buf: Uint8Array, start: number, end: number, out: Uint8Array): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    out[n++] = buf[i];
    if (buf[i] === QUOTE) i++;
  }
  return n;
}
