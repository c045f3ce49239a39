/**
 * Parquet files through hyparquet (pure JavaScript: no native or WebAssembly build step). Only the
 * requested columns' chunks are read, one at a time; each page is decoded (parquet-pages.ts)
 * straight into the column's final typed array, so the decoded file is never held twice.
 *
 * Types come from the Parquet schema, not inference: DOUBLE, FLOAT, DECIMAL → number; INT32,
 * INT64 (and the INT/UINT annotations) → integer, except an INT64 column holding a value beyond
 * ±2^53, which becomes text (its exact decimal digits) as in CSV inference; BOOLEAN → boolean;
 * DATE, TIMESTAMP (any unit), INT96 → datetime (ms since the epoch, UTC); BYTE_ARRAY (UTF-8) →
 * string. Nested columns (struct, list, map) are not supported. An explicit type from the
 * caller is applied to the values strictly, as for CSV.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { parquetMetadataAsync, parquetSchema } from 'hyparquet';
import { selects, type ColumnSelection } from './column-selection.js';
import type { AsyncBuffer, ColumnChunk, DecodedArray, FileMetaData, SchemaElement, SchemaTree } from 'hyparquet';
import { DataError } from '../errors.js';
import { missingColumnError, type Column, type ColumnType, type Table } from './table.js';
import { openError, readAll } from './byte-source.js';
import { ColumnBuilder } from './column-builder.js';
import { MissingValues } from './missing-values.js';
import { PageScratch, type DirectColumn } from './parquet-direct.js';
import { decodeColumnChunk, type PageSink } from './parquet-pages.js';
import { TextInterner } from './text-interner.js';

export interface ParquetOptions {
  readonly gzip: boolean;
  readonly columns?: readonly string[];
  /** Read only these columns' chunks (see LoadOptions.select). */
  readonly select?: ColumnSelection;
  readonly types?: Readonly<Record<string, ColumnType>>;
  readonly nullValues?: readonly string[];
  readonly allowEmpty?: boolean;
}

type NaturalType = ColumnType;

// The pieces below are exported for the row-group reader (parquet-row-groups.ts), which streams
// a file group by group for profiles instead of holding it whole.
export async function loadParquet(path: string, source: string, options: ParquetOptions): Promise<Table> {
  const { ranges, byteLength, close } = options.gzip ? await gunzippedRanges(path, source) : await fileRanges(path, source);
  try {
    return await readParquet(ranges, byteLength, source, options);
  } finally {
    await close();
  }
}

/** Two columns of one name would be read as one (the first), silently: refused, as a CSV header is. */
function refuseDuplicateNames(names: readonly string[], source: string): void {
  const seen = new Map<string, number>();
  names.forEach((name, j) => {
    const before = seen.get(name);
    if (before !== undefined) throw new DataError(`the schema names column "${name}" twice (columns ${before + 1} and ${j + 1})`, { file: source });
    seen.set(name, j);
  });
}

async function readParquet(file: ByteRanges, byteLength: number, source: string, options: ParquetOptions): Promise<Table> {
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(asAsyncBuffer(file, byteLength));
  } catch (error) {
    throw invalidParquet(error, source);
  }
  // A DATE written with only the logical type (no converted type) holds days since the epoch
  // like one with both; hyparquet and the fast path convert by the converted type, so give it one.
  for (const element of metadata.schema) {
    if (element.logical_type?.type === 'DATE' && element.converted_type === undefined) element.converted_type = 'DATE';
  }
  let root: ReturnType<typeof parquetSchema>;
  try {
    root = parquetSchema(metadata);
  } catch {
    // A damaged schema (a column counting more children than the file lists) breaks the tree.
    throw new DataError('is not a valid Parquet file (its schema is damaged)', { file: source });
  }
  const fields = root.children;
  const names = fields.map((f) => f.element.name);
  refuseDuplicateNames(names, source);
  const wanted = [...new Set(options.columns ?? (options.select ? names.filter(selects(options.select)) : names))];
  for (const name of wanted) if (!names.includes(name)) throw missingColumnError(source, name, names);
  const rowCount = Number(metadata.num_rows);
  if (!Number.isSafeInteger(rowCount) || rowCount < 0) throw new DataError('is not a readable Parquet file (its row count is missing or damaged)', { file: source });
  if (rowCount === 0 && !options.allowEmpty) throw new DataError('has no data rows', { file: source });
  const missing = new MissingValues(options.nullValues);
  const sinks = new Map<string, ColumnSink>();
  for (const name of wanted) {
    const field = fields.find((f) => f.element.name === name)!;
    if (field.children.length > 0 || field.element.repetition_type === 'REPEATED') {
      throw new DataError('is a nested column (struct, list or map), which cannot be read as a table column', { file: source, column: name });
    }
    const natural = naturalType(field.element);
    if (natural === undefined) {
      throw new DataError(`has a Parquet type this reader does not support (${describeType(field.element)})`, { file: source, column: name });
    }
    const forced = options.types?.[name];
    const sink = forced === undefined || forced === natural || (forced === 'number' && natural === 'integer')
      ? new TypedSink(name, forced ?? natural, rowCount, source)
      : new ConvertingSink(natural, new ColumnBuilder(name, source, missing, forced, rowCount), rowCount, source);
    sinks.set(name, sink);
  }
  const rowsRead = await readColumns(file, metadata, root, sinks, source);
  // INT64 columns holding integers beyond ±2^53 are read again as text, which keeps every digit.
  const asText = new Map<string, ColumnSink>();
  for (const [name, sink] of sinks) if (sink instanceof TypedSink && sink.beyondExactIntegers) asText.set(name, new TypedSink(name, 'string', rowCount, source));
  if (asText.size > 0) await readColumns(file, metadata, root, asText, source);
  const columns = new Map<string, Column>();
  for (const [name, sink] of sinks) columns.set(name, (asText.get(name) ?? sink).finish(rowsRead));
  const table = { source, rowCount, columns: (options.columns ?? wanted).map((name) => columns.get(name)!) };
  return options.columns === undefined && options.select !== undefined ? { ...table, fileColumns: names } : table;
}

/** Where a column chunk's bytes are in the file. */
export function chunkRange(chunk: ColumnChunk): { start: number; end: number } {
  const meta = chunk.meta_data!;
  const dictionaryOffset = meta.dictionary_page_offset === undefined ? 0 : Number(meta.dictionary_page_offset);
  const dataOffset = Number(meta.data_page_offset);
  const start = dictionaryOffset > 0 && dictionaryOffset < dataOffset ? dictionaryOffset : dataOffset;
  return { start, end: start + Number(meta.total_compressed_size) };
}

/**
 * Decodes every row group's chunk of each sink's column, in file order; returns the rows read.
 * The wanted chunks of a row group are read with one read when they lie together (as writers
 * put them), and the next group's bytes are read while this one is decoded.
 */
async function readColumns(file: ByteRanges, metadata: FileMetaData, root: SchemaTree, sinks: Map<string, ColumnSink>, source: string): Promise<number> {
  const fields = new Map(root.children.map((f) => [f.element.name, f]));
  try {
    const plans = metadata.row_groups.map((group) => {
      const chunks = [...sinks.keys()].map((name) => {
        const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
        if (chunk?.meta_data === undefined) throw new Error(`a row group has no data for column "${name}"`);
        return { name, chunk, ...chunkRange(chunk) };
      });
      const start = Math.min(...chunks.map((c) => c.start));
      const end = Math.max(...chunks.map((c) => c.end));
      const needed = chunks.reduce((sum, c) => sum + c.end - c.start, 0);
      // One read for the group unless that would read much more than the wanted chunks.
      const together = end - start <= needed * 1.5 + 65536;
      const rows = Number(group.num_rows);
      // A damaged footer can drop the count: NaN would skip every page and leave zeros as values.
      if (!Number.isSafeInteger(rows) || rows < 0) throw new Error('a row group has no valid row count');
      return { rows, chunks, start, end, together };
    });
    // Groups read whole go into two buffers used in turn (this group's and the next one's), so
    // the file's bytes do not pass through the heap as a trail of garbage. The second is made
    // only when there is a next group: a single-group file costs one buffer, as before.
    const largest = Math.max(0, ...plans.filter((p) => p.together).map((p) => p.end - p.start));
    const buffers: Uint8Array[] = [];
    const fetch = (g: number): Promise<Uint8Array[]> => {
      const plan = plans[g];
      if (plan.together) {
        if (file.readsInto) buffers[g % 2] ??= new Uint8Array(largest);
        return file.read(plan.start, plan.end, buffers[g % 2]).then((all) => plan.chunks.map((c) => all.subarray(c.start - plan.start, c.end - plan.start)));
      }
      return Promise.all(plan.chunks.map((c) => file.read(c.start, c.end)));
    };
    const scratch = new PageScratch();
    const rowCount = Number(metadata.num_rows);
    let groupStart = 0;
    let next = plans.length > 0 ? fetch(0) : undefined;
    for (let g = 0; g < plans.length; g++) {
      const bytes = await next!;
      next = g + 1 < plans.length ? fetch(g + 1) : undefined;
      const plan = plans[g];
      if (plan.rows > rowCount - groupStart) throw new Error(`the row groups hold more than the file's ${rowCount} rows`);
      plan.chunks.forEach((c, k) => decodeColumnChunk(bytes[k], c.chunk, [root, fields.get(c.name)!], groupStart, plan.rows, sinks.get(c.name)!, scratch));
      groupStart += plan.rows;
    }
    return groupStart;
  } catch (error) {
    throw invalidParquet(error, source);
  }
}

/** Byte ranges of a Parquet file: read from disk, or sliced from the gunzipped file in memory. */
export interface ByteRanges {
  /** The bytes [start, end): read into `into` when given (large enough) and the file is on disk. */
  read(start: number, end: number, into?: Uint8Array): Promise<Uint8Array>;
  /** Whether `into` is used (a file on disk) rather than ignored (the gunzipped bytes in memory). */
  readonly readsInto: boolean;
}

/** An AsyncBuffer for hyparquet's metadata reader, over the same byte ranges. */
export function asAsyncBuffer(ranges: ByteRanges, byteLength: number): AsyncBuffer {
  return {
    byteLength,
    slice: async (start, end) => {
      const bytes = await ranges.read(start, end ?? byteLength);
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : (Uint8Array.prototype.slice.call(bytes).buffer as ArrayBuffer);
    },
  };
}

export interface ColumnSink extends PageSink {
  /** The column, once `rowsRead` rows (from the first) have been decoded into it. */
  finish(rowsRead: number): Column;
}

/** The Parquet type as a column type, or undefined when unsupported. */
export function naturalType(element: SchemaElement): NaturalType | undefined {
  const converted = element.converted_type;
  const logical = element.logical_type?.type;
  if (converted === 'DATE' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS') return 'datetime';
  if (logical === 'DATE' || logical === 'TIMESTAMP' || element.type === 'INT96') return 'datetime';
  if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16') return 'number';
  if (converted === 'JSON' || converted === 'BSON' || converted === 'INTERVAL' || logical === 'GEOMETRY' || logical === 'GEOGRAPHY' || logical === 'VARIANT') return undefined;
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
      return converted === 'TIME_MILLIS' || converted === 'TIME_MICROS' || logical === 'TIME' ? undefined : 'integer';
    case 'FLOAT':
    case 'DOUBLE':
      return 'number';
    case 'BYTE_ARRAY':
    case 'FIXED_LEN_BYTE_ARRAY':
      return 'string';
    default:
      return undefined;
  }
}

export function describeType(element: SchemaElement): string {
  return [element.type, element.converted_type, element.logical_type?.type].filter((t) => t !== undefined).join(' / ');
}

/**
 * Values of the column's own type, written at their row offsets into a preallocated array: by
 * parquet-direct.ts straight into {@link numbers} / {@link codes} (this is its DirectColumn), or
 * through {@link addPage}. Every row is written once (NaN or -1 when missing), so the arrays
 * need no initial fill, and nulls are counted on the way rather than by a pass at the end.
 */
export class TypedSink implements ColumnSink, DirectColumn {
  beyondExactIntegers = false;
  nullCount = 0;
  readonly numbers: Float64Array | undefined;
  readonly codes: Int32Array | undefined;
  private readonly text = new TextInterner();
  dictionaryNumbers = new Float64Array(0);
  dictionaryCodes = new Int32Array(0);
  constructor(
    private readonly name: string,
    private readonly type: ColumnType,
    rowCount: number,
    private readonly source: string,
  ) {
    if (type === 'string') this.codes = new Int32Array(rowCount);
    else this.numbers = new Float64Array(rowCount);
  }

  get direct(): DirectColumn {
    return this;
  }

  intern(bytes: Uint8Array, start: number, end: number): number {
    return this.text.intern(bytes, start, end);
  }

  setDictionary(dictionary: DecodedArray): void {
    if (this.codes !== undefined) {
      this.dictionaryCodes = new Int32Array(dictionary.length);
      for (let k = 0; k < dictionary.length; k++) this.dictionaryCodes[k] = this.internValue(dictionary[k], -1);
    } else {
      this.dictionaryNumbers = new Float64Array(dictionary.length);
      for (let k = 0; k < dictionary.length; k++) this.dictionaryNumbers[k] = this.toNumber(dictionary[k], -1);
    }
  }

  addPage(rowStart: number, rowCount: number, defined: ArrayLike<number>, maxDefinition: number, values: DecodedArray, indexed: boolean): void {
    const all = defined.length === 0;
    let k = 0;
    let nulls = 0;
    if (this.codes !== undefined) {
      const codes = this.codes;
      const lookup = this.dictionaryCodes;
      for (let i = 0; i < rowCount; i++) {
        let code = -1;
        if (all || defined[i] === maxDefinition) {
          const v = values[k++];
          code = indexed ? this.lookup(lookup, v, rowStart + i) : this.internValue(v, rowStart + i);
        }
        codes[rowStart + i] = code;
        if (code < 0) nulls++;
      }
    } else {
      const out = this.numbers!;
      if (indexed) {
        const lookup = this.dictionaryNumbers;
        for (let i = 0; i < rowCount; i++) out[rowStart + i] = all || defined[i] === maxDefinition ? this.lookup(lookup, values[k++], rowStart + i) : NaN;
      } else if (all && (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array || values instanceof Uint32Array)) {
        out.set(values, rowStart);
      } else {
        for (let i = 0; i < rowCount; i++) out[rowStart + i] = all || defined[i] === maxDefinition ? this.toNumber(values[k++], rowStart + i) : NaN;
      }
      for (let i = rowStart; i < rowStart + rowCount; i++) if (out[i] !== out[i]) nulls++;
    }
    this.nullCount += nulls;
  }

  /**
   * The dictionary entry a page's index points at. A damaged file can point past the dictionary
   * (or have none): read as is, the typed array would turn `undefined` into code 0 or NaN, a
   * wrong value or a silent null; refused instead.
   */
  private lookup(dictionary: Int32Array | Float64Array, index: unknown, row: number): number {
    if (typeof index === 'number' && index >= 0 && index < dictionary.length) return dictionary[index];
    throw new DataError(`row ${row + 1} points at entry ${String(index)} of a dictionary of ${dictionary.length} values: the file is damaged`, { file: this.source, column: this.name });
  }

  private toNumber(v: unknown, row: number): number {
    if (typeof v === 'number') return v;
    if (typeof v === 'bigint') {
      const x = Number(v);
      if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) this.beyondExactIntegers = true;
      return x;
    }
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof Date) return v.getTime();
    if (v === null || v === undefined) return NaN;
    throw unsupportedValue(v, this.source, this.name, row + 1);
  }

  private internValue(v: unknown, row: number): number {
    if (v instanceof Uint8Array) return this.text.intern(v, 0, v.length);
    if (typeof v === 'string') return this.text.internString(v);
    if (typeof v === 'bigint' || typeof v === 'number') return this.text.internString(String(v));
    if (v === null || v === undefined) return -1;
    throw unsupportedValue(v, this.source, this.name, row + 1);
  }

  finish(rowsRead: number): Column {
    // Rows past the last row group (groups that hold fewer rows than the file says) are missing.
    if (this.codes !== undefined) {
      const codes = this.codes;
      if (rowsRead < codes.length) {
        codes.fill(-1, rowsRead);
        this.nullCount += codes.length - rowsRead;
      }
      return { name: this.name, type: 'string', codes, dictionary: this.text.dictionary, nullCount: this.nullCount };
    }
    const values = this.numbers!;
    if (rowsRead < values.length) {
      values.fill(NaN, rowsRead);
      this.nullCount += values.length - rowsRead;
    }
    if (this.type === 'string') throw new Error('unreachable');
    return { name: this.name, type: this.type, values, nullCount: this.nullCount };
  }
}

/** A column read with an explicit type that differs from its Parquet type: strict conversion. */
export class ConvertingSink implements ColumnSink {
  private dictionary: DecodedArray = [];

  constructor(
    private readonly natural: NaturalType,
    private readonly builder: ColumnBuilder,
    private readonly rowCount: number,
    private readonly source: string,
  ) {}

  setDictionary(dictionary: DecodedArray): void {
    this.dictionary = dictionary;
  }

  addPage(rowStart: number, rowCount: number, defined: ArrayLike<number>, maxDefinition: number, values: DecodedArray, indexed: boolean): void {
    const all = defined.length === 0;
    let k = 0;
    for (let i = 0; i < rowCount; i++) {
      if (!all && defined[i] !== maxDefinition) {
        this.builder.addValue(null);
        continue;
      }
      const v = values[k++] as unknown;
      if (indexed && !(typeof v === 'number' && v >= 0 && v < this.dictionary.length)) {
        throw new DataError(`row ${rowStart + i + 1} points at entry ${String(v)} of a dictionary of ${this.dictionary.length} values: the file is damaged`, { file: this.source, column: this.builder.name });
      }
      this.builder.addValue(this.plain(indexed ? this.dictionary[v as number] : v));
    }
  }

  finish(rowsRead: number): Column {
    for (let i = rowsRead; i < this.rowCount; i++) this.builder.addValue(null);
    return this.builder.finish();
  }

  /** A value ColumnBuilder understands: datetimes as ISO text, bigints as numbers or text. */
  private plain(v: unknown): unknown {
    if (v === null || v === undefined) return null;
    if (typeof v === 'bigint') return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
    if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
    if (this.natural === 'datetime' && typeof v === 'number') return new Date(v).toISOString();
    if (v instanceof Date) return v.toISOString();
    return v;
  }
}

function unsupportedValue(v: unknown, source: string, column: string, row: number): DataError {
  const what = Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
  return new DataError(`holds ${what}, which cannot be read as a table value`, { file: source, column, row });
}

export async function gunzippedRanges(path: string, source: string): Promise<{ ranges: ByteRanges; byteLength: number; close: () => Promise<void> }> {
  const bytes = await readAll(path, source, true);
  return { ranges: { read: async (start, end) => bytes.subarray(start, end), readsInto: false }, byteLength: bytes.length, close: async () => {} };
}

export async function fileRanges(path: string, source: string): Promise<{ ranges: ByteRanges; byteLength: number; close: () => Promise<void> }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw openError(error, source);
  }
  const { size } = await handle.stat();
  const read = async (start: number, end: number, into?: Uint8Array): Promise<Uint8Array> => {
    const length = Math.max(0, Math.min(end, size) - start);
    const out = into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await handle.read(out, done, length - done, start + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === length ? out : out.subarray(0, done);
  };
  return { ranges: { read, readsInto: true }, byteLength: size, close: () => handle.close() };
}

export function invalidParquet(error: unknown, source: string): DataError {
  if (error instanceof DataError) return error;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new DataError(`is not a valid Parquet file (${message})`, { file: source });
}
