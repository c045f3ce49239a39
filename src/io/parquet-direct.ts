/**
 * The fast path for Parquet data pages: the common encodings of flat columns decoded straight
 * into the column's final storage (a Float64Array of numbers or an Int32Array of text codes),
 * through scratch buffers reused from page to page, with no per-value objects.
 *
 * Handled: data pages v1 and v2 of columns with at most one definition level (flat, optional or
 * required); PLAIN numbers (DOUBLE, FLOAT, INT32, INT64 with the integer, DATE and TIMESTAMP
 * annotations, converted as hyparquet's convert() and parquet-pages.ts's parsers do); PLAIN
 * UTF-8 text (BYTE_ARRAY); and dictionary indices (PLAIN_DICTIONARY, RLE_DICTIONARY) of any
 * type, looked up in the dictionary the sink converted once per chunk. A page of doubles with no
 * nulls is decompressed straight into the column: no copy at all. Any other page returns false
 * and goes through hyparquet's general decoder (parquet-pages.ts); both paths write the same
 * values (test/io/parquet-pages.test.ts).
 */
import type { CompressionCodec, PageHeader, SchemaElement } from 'hyparquet';
import { decompressInto } from './parquet-codecs.js';
import { readIndices, readLevels } from './parquet-levels.js';

/** The column storage the fast path writes into (parquet.ts's TypedSink). */
export interface DirectColumn {
  /** A numeric column's values (NaN when missing), or undefined for a text column. */
  readonly numbers: Float64Array | undefined;
  /** A text column's codes (-1 when missing), or undefined for a numeric column. */
  readonly codes: Int32Array | undefined;
  /** The current chunk's dictionary as numbers or as codes (set by the dictionary page). */
  readonly dictionaryNumbers: Float64Array;
  readonly dictionaryCodes: Int32Array;
  /** Missing values written so far (NaN counts as missing, as everywhere in a Table). */
  nullCount: number;
  /** An INT64 value beyond ±2^53 was seen. */
  beyondExactIntegers: boolean;
  /** The code of the UTF-8 text in `bytes[start, end)`. */
  intern(bytes: Uint8Array, start: number, end: number): number;
}

/** How PLAIN values become numbers, mirroring hyparquet's convert() with our parsers. */
type PlainNumbers =
  | { readonly kind: 'double' | 'float' }
  | { readonly kind: 'int32'; readonly unsigned: boolean; readonly multiply: number }
  | { readonly kind: 'int64'; readonly unsigned: boolean; readonly divide: number; readonly exact: boolean };

/** Annotations of numeric columns that the fast path converts; any other goes the general way. */
const NUMERIC_ANNOTATIONS: ReadonlySet<string | undefined> = new Set([
  undefined, 'INT_8', 'INT_16', 'INT_32', 'INT_64', 'UINT_8', 'UINT_16', 'UINT_32', 'UINT_64', 'DATE', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS',
]);

function plainNumbers(element: SchemaElement): PlainNumbers | undefined {
  const converted = element.converted_type;
  const logical = element.logical_type;
  if (!NUMERIC_ANNOTATIONS.has(converted)) return undefined;
  if (logical !== undefined && logical.type !== 'INTEGER' && logical.type !== 'DATE' && logical.type !== 'TIMESTAMP') return undefined;
  const unsignedOf = (bits: number) => logical?.type === 'INTEGER' && logical.bitWidth === bits && !logical.isSigned;
  switch (element.type) {
    case 'DOUBLE':
    case 'FLOAT':
      return converted === undefined && logical === undefined ? { kind: element.type === 'DOUBLE' ? 'double' : 'float' } : undefined;
    case 'INT32':
      if (converted === 'DATE') return { kind: 'int32', unsigned: false, multiply: 86400000 };
      if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical?.type === 'TIMESTAMP') return undefined;
      return { kind: 'int32', unsigned: converted === 'UINT_32' || unsignedOf(32), multiply: 1 };
    case 'INT64': {
      if (converted === 'DATE') return undefined;
      if (converted === 'TIMESTAMP_MILLIS') return { kind: 'int64', unsigned: false, divide: 1, exact: false };
      if (converted === 'TIMESTAMP_MICROS') return { kind: 'int64', unsigned: false, divide: 1e3, exact: false };
      if (converted === 'UINT_64' || unsignedOf(64)) return { kind: 'int64', unsigned: true, divide: 1, exact: true };
      if (logical?.type === 'TIMESTAMP') {
        const divide = logical.unit === 'MILLIS' ? 1 : logical.unit === 'MICROS' ? 1e3 : 1e6;
        return { kind: 'int64', unsigned: false, divide, exact: false };
      }
      return { kind: 'int64', unsigned: false, divide: 1, exact: true };
    }
    default:
      return undefined;
  }
}

/** UTF-8 text as hyparquet's convert() returns it for BYTE_ARRAY (bytes, interned by the sink). */
function isPlainText(element: SchemaElement): boolean {
  const converted = element.converted_type;
  const logical = element.logical_type?.type;
  return element.type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8' || converted === 'ENUM') &&
    (logical === undefined || logical === 'STRING' || logical === 'ENUM');
}

/** Growable buffers reused by every page of a load (one set per load, never shared). */
export class PageScratch {
  private page = new Uint8Array(0);
  private aligned = new Uint8Array(0);
  private levelBytes = new Uint8Array(0);
  private indexValues = new Int32Array(0);
  private staged = new Float64Array(0);

  /** A decompressed page (8-aligned). */
  bytes(length: number): Uint8Array {
    if (this.page.length < length) this.page = new Uint8Array(roomFor(length));
    return this.page.subarray(0, length);
  }

  /** An 8-aligned copy of `bytes` (values that follow v1 levels start anywhere). */
  alignedCopy(bytes: Uint8Array): Uint8Array {
    if (this.aligned.length < bytes.length) this.aligned = new Uint8Array(roomFor(bytes.length));
    this.aligned.set(bytes);
    return this.aligned.subarray(0, bytes.length);
  }

  levels(length: number): Uint8Array {
    if (this.levelBytes.length < length) this.levelBytes = new Uint8Array(roomFor(length));
    return this.levelBytes;
  }

  indices(length: number): Int32Array {
    if (this.indexValues.length < length) this.indexValues = new Int32Array(roomFor(length));
    return this.indexValues;
  }

  numbers(length: number): Float64Array {
    if (this.staged.length < length) this.staged = new Float64Array(roomFor(length));
    return this.staged;
  }
}

/** Sizes rounded up to 64 Ki elements, so pages of similar size share one buffer. */
function roomFor(length: number): number {
  return Math.ceil(length / 65536) * 65536;
}

/** Decodes one column chunk's data pages into a {@link DirectColumn}, when it can. */
export class DirectPages {
  private readonly plain: PlainNumbers | 'text' | undefined;

  constructor(
    private readonly column: DirectColumn,
    element: SchemaElement,
    private readonly codec: CompressionCodec,
    private readonly maxDefinition: number,
    private readonly scratch: PageScratch,
  ) {
    this.plain = column.numbers !== undefined ? plainNumbers(element) : isPlainText(element) ? 'text' : undefined;
  }

  /**
   * Decodes the data page `page` (its bytes after the header) of `rows` rows from `rowStart`;
   * false (nothing written) when this page needs the general decoder.
   */
  decode(header: PageHeader, page: Uint8Array, rowStart: number): boolean {
    if (this.maxDefinition > 1) return false;
    const v2 = header.data_page_header_v2;
    const v1 = header.data_page_header;
    const encoding = v2?.encoding ?? v1?.encoding;
    const indexed = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
    if (!indexed && !(encoding === 'PLAIN' && this.plain !== undefined)) return false;
    const optional = this.maxDefinition === 1;
    let rows: number;
    let values: Uint8Array;
    let defined: number;
    let levels: Uint8Array | undefined;
    if (header.type === 'DATA_PAGE_V2' && v2 !== undefined) {
      if (v2.repetition_levels_byte_length !== 0) return false;
      rows = v2.num_values;
      const levelBytes = v2.definition_levels_byte_length;
      const size = header.uncompressed_page_size - levelBytes;
      if (levelBytes > page.length || size < 0) throw new Error('a data page is shorter than its levels');
      defined = rows;
      if (optional && v2.num_nulls !== 0) {
        levels = this.scratch.levels(rows);
        defined = readLevels(page, 0, levelBytes, rows, levels, 1);
        if (rows - defined !== v2.num_nulls) throw new Error(`a data page says ${v2.num_nulls} nulls but its levels hold ${rows - defined}`);
      }
      const body = page.subarray(levelBytes);
      const compressed = v2.is_compressed !== false && this.codec !== 'UNCOMPRESSED';
      if (!indexed && defined === rows && this.intoColumn(rowStart, rows, size, compressed ? this.codec : 'UNCOMPRESSED', body)) return true;
      if (compressed) {
        values = this.scratch.bytes(size);
        decompressInto(this.codec, body, values);
      } else {
        if (body.length < size) throw new Error('a data page is shorter than its header says');
        values = body.subarray(0, size);
      }
    } else if (header.type === 'DATA_PAGE' && v1 !== undefined) {
      if (optional && v1.definition_level_encoding !== 'RLE') return false;
      rows = v1.num_values;
      const size = header.uncompressed_page_size;
      if (!optional && !indexed && this.intoColumn(rowStart, rows, size, this.codec, page)) return true;
      let bytes = page;
      if (this.codec !== 'UNCOMPRESSED') {
        bytes = this.scratch.bytes(size);
        decompressInto(this.codec, page, bytes);
      } else if (page.length !== size) {
        throw new Error('a data page is not as long as its header says');
      }
      let start = 0;
      defined = rows;
      if (optional) {
        if (size < 4) throw new Error('a data page ends before its levels');
        const levelBytes = (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0;
        start = 4 + levelBytes;
        if (start > size) throw new Error('a data page is shorter than its levels');
        levels = this.scratch.levels(rows);
        defined = readLevels(bytes, 4, start, rows, levels, 1);
      }
      values = bytes.subarray(start, size);
    } else {
      return false;
    }
    const column = this.column;
    if (defined === rows) levels = undefined;
    column.nullCount += rows - defined;
    if (indexed) this.indices(values, rowStart, rows, defined, levels);
    else if (this.plain === 'text') this.text(values, rowStart, rows, levels);
    else this.numbers(this.plain!, values, rowStart, rows, defined, levels);
    return true;
  }

  /**
   * A page of PLAIN doubles without nulls whose values are the whole (decompressed) body:
   * decompressed straight into the column. False when the page is not that.
   */
  private intoColumn(rowStart: number, rows: number, size: number, codec: CompressionCodec, body: Uint8Array): boolean {
    const numbers = this.column.numbers;
    if (numbers === undefined || this.plain === 'text' || this.plain?.kind !== 'double' || size !== rows * 8) return false;
    if (rowStart + rows > numbers.length) throw new Error('a data page holds more rows than the file');
    const target = new Uint8Array(numbers.buffer, numbers.byteOffset + rowStart * 8, rows * 8);
    if (codec === 'UNCOMPRESSED') {
      if (body.length < size) throw new Error('a data page is shorter than its header says');
      target.set(body.subarray(0, size));
    } else {
      decompressInto(codec, body, target);
    }
    this.column.nullCount += countNaN(numbers, rowStart, rows);
    return true;
  }

  private numbers(plain: PlainNumbers, values: Uint8Array, rowStart: number, rows: number, defined: number, levels: Uint8Array | undefined): void {
    const numbers = this.column.numbers!;
    if (rowStart + rows > numbers.length) throw new Error('a data page holds more rows than the file');
    const width = plain.kind === 'double' || plain.kind === 'int64' ? 8 : 4;
    const byteLength = defined * width;
    if (values.length < byteLength) throw new Error('a data page holds fewer values than its levels say');
    let bytes = values.subarray(0, byteLength);
    if (bytes.byteOffset % width !== 0) bytes = this.scratch.alignedCopy(bytes);
    if (plain.kind === 'double') {
      const source = new Float64Array(bytes.buffer, bytes.byteOffset, defined);
      if (levels === undefined) numbers.set(source, rowStart);
      else spreadNumbers(source, levels, numbers, rowStart, rows);
      this.column.nullCount += countNaN(numbers, rowStart, rows) - (rows - defined);
      return;
    }
    // Converted straight into their rows when there are no nulls, else into a staging array.
    const target = levels === undefined ? numbers.subarray(rowStart, rowStart + rows) : this.scratch.numbers(defined);
    switch (plain.kind) {
      case 'float': {
        const source = new Float32Array(bytes.buffer, bytes.byteOffset, defined);
        for (let k = 0; k < defined; k++) target[k] = source[k];
        break;
      }
      case 'int32': {
        const source = new Int32Array(bytes.buffer, bytes.byteOffset, defined);
        const multiply = plain.multiply;
        if (plain.unsigned) for (let k = 0; k < defined; k++) target[k] = (source[k] >>> 0) * multiply;
        else for (let k = 0; k < defined; k++) target[k] = source[k] * multiply;
        break;
      }
      case 'int64': {
        const words = new Int32Array(bytes.buffer, bytes.byteOffset, 2 * defined);
        const divide = plain.divide;
        // high * 2^32 is exact and adding the low word rounds once: Number(bigint) exactly.
        if (plain.unsigned) for (let k = 0; k < defined; k++) target[k] = ((words[2 * k + 1] >>> 0) * 4294967296 + (words[2 * k] >>> 0)) / divide;
        else for (let k = 0; k < defined; k++) target[k] = (words[2 * k + 1] * 4294967296 + (words[2 * k] >>> 0)) / divide;
        if (plain.exact && !this.column.beyondExactIntegers) {
          for (let k = 0; k < defined; k++) {
            const x = target[k];
            if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) {
              this.column.beyondExactIntegers = true;
              break;
            }
          }
        }
        break;
      }
    }
    if (levels !== undefined) spreadNumbers(target, levels, numbers, rowStart, rows);
    if (plain.kind === 'float') this.column.nullCount += countNaN(numbers, rowStart, rows) - (rows - defined);
  }

  private text(values: Uint8Array, rowStart: number, rows: number, levels: Uint8Array | undefined): void {
    const codes = this.column.codes!;
    if (rowStart + rows > codes.length) throw new Error('a data page holds more rows than the file');
    const end = values.length;
    let pos = 0;
    for (let i = 0; i < rows; i++) {
      if (levels !== undefined && levels[i] !== 1) {
        codes[rowStart + i] = -1;
        continue;
      }
      if (pos + 4 > end) throw new Error('a data page holds fewer values than its levels say');
      const length = (values[pos] | (values[pos + 1] << 8) | (values[pos + 2] << 16) | (values[pos + 3] << 24)) >>> 0;
      const start = pos + 4;
      pos = start + length;
      if (pos > end) throw new Error('a text value runs past the end of its page');
      codes[rowStart + i] = this.column.intern(values, start, pos);
    }
  }

  private indices(values: Uint8Array, rowStart: number, rows: number, defined: number, levels: Uint8Array | undefined): void {
    if (values.length < 1 && defined > 0) throw new Error('a data page ends before its dictionary indices');
    const column = this.column;
    const numbers = column.numbers;
    const lookupNumbers = column.dictionaryNumbers;
    const lookupCodes = column.dictionaryCodes;
    const size = numbers !== undefined ? lookupNumbers.length : lookupCodes.length;
    const indices = this.scratch.indices(defined);
    if (defined > 0) readIndices(values, 1, values.length, values[0], defined, indices, size);
    if (numbers !== undefined) {
      if (rowStart + rows > numbers.length) throw new Error('a data page holds more rows than the file');
      if (levels === undefined) for (let i = 0; i < rows; i++) numbers[rowStart + i] = lookupNumbers[indices[i]];
      else {
        let k = 0;
        for (let i = 0; i < rows; i++) numbers[rowStart + i] = levels[i] === 1 ? lookupNumbers[indices[k++]] : NaN;
      }
      column.nullCount += countNaN(numbers, rowStart, rows) - (rows - defined);
      return;
    }
    const codes = column.codes!;
    if (rowStart + rows > codes.length) throw new Error('a data page holds more rows than the file');
    if (levels === undefined) for (let i = 0; i < rows; i++) codes[rowStart + i] = lookupCodes[indices[i]];
    else {
      let k = 0;
      for (let i = 0; i < rows; i++) codes[rowStart + i] = levels[i] === 1 ? lookupCodes[indices[k++]] : -1;
    }
  }
}

/** Writes `source`'s values to the rows whose level is 1, NaN to the others. */
function spreadNumbers(source: Float64Array, levels: Uint8Array, out: Float64Array, rowStart: number, rows: number): void {
  let k = 0;
  for (let i = 0; i < rows; i++) out[rowStart + i] = levels[i] === 1 ? source[k++] : NaN;
}

function countNaN(values: Float64Array, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) if (values[i] !== values[i]) n++;
  return n;
}
