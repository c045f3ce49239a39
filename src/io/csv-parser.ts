/**
 * An RFC 4180 tokenizer for delimited text that works on bytes, chunk by chunk.
 *
 * Why our own parser rather than arquero's `loadCSV` (arquero stays for table operations):
 * arquero splits the whole text into JavaScript strings and builds per-row values, which
 * costs several times the file size in memory and runs well below the 150 MB/s this project
 * needs on a million-row file. Here a record is a list of byte spans into the chunk; nothing
 * is decoded until a column builder decides it needs text.
 *
 * Accepted: fields quoted with `"` (the delimiter, newlines and `""` inside quotes), CRLF, LF or
 * CR line ends (mixed too), a missing final line end, blank lines (passed on as empty records).
 * A quote inside an unquoted field is a literal character (`5'10"`), as in Python's csv module.
 * Spaces or tabs may follow a closing quote. Malformed: any other character after a closing
 * quote, or a quote that is never closed; both are reported as {@link CsvSyntaxError} with the
 * field where they occur.
 */

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

  push(start: number, end: number, escaped: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escaped[this.count] = escaped;
    this.count++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
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
): Promise<ParseSummary> {
  const delimiterBytes = Buffer.from(delimiter, 'utf8');
  if (delimiterBytes.length !== 1 || delimiterBytes[0] === QUOTE || delimiterBytes[0] === LF || delimiterBytes[0] === CR) {
    throw new RangeError(`the delimiter must be one ASCII character other than a quote or line end, got ${JSON.stringify(delimiter)}`);
  }
  const tokenizer = new Tokenizer(delimiterBytes[0], onRecord);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  // Re-parse an incomplete record only when the carried bytes have doubled, so one huge
  // (or never-closed) quoted field costs linear, not quadratic, time.
  let retryAt = 0;
  let total = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      if (pendingBytes + chunk.length < 3) {
        pending.push(chunk);
        pendingBytes += chunk.length;
        continue;
      }
      first = false;
      if (pending.length > 0) {
        chunk = Buffer.concat([...pending, chunk]);
        pending = [];
        pendingBytes = 0;
      }
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    total += chunk.length;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < retryAt) continue;
    const buffer = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    const consumed = tokenizer.parse(buffer, false);
    if (consumed === buffer.length) {
      pending = [];
      pendingBytes = 0;
      retryAt = 0;
    } else {
      const rest = buffer.subarray(consumed);
      pending = [rest];
      pendingBytes = rest.length;
      retryAt = consumed === 0 ? pendingBytes * 2 : 0;
    }
  }
  if (first && pendingBytes > 0) {
    let buffer = Buffer.concat(pending);
    if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3);
    total += buffer.length;
    pending = [buffer];
    pendingBytes = buffer.length;
  }
  if (pendingBytes > 0) tokenizer.parse(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes), true);
  return { bytes: total };
}

class Tokenizer {
  private readonly fields = new FieldSpans();

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: RecordHandler,
  ) {}

  /**
   * Parses whole records from `buf`, returning the offset of the first byte not consumed (the
   * start of an incomplete record). With `final`, the end of `buf` ends the last record.
   */
  parse(buf: Buffer, final: boolean): number {
    const delimiter = this.delimiter;
    const fields = this.fields;
    const end = buf.length;
    let pos = 0;
    while (pos < end) {
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
          let p = pos;
          while (p < end) {
            c = buf[p];
            if (c === delimiter || c === LF || c === CR) break;
            p++;
          }
          if (p >= end && !final) return recordStart;
          fields.push(pos, p, 0);
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
