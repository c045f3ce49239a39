/**
 * Parquet files through hyparquet (pure JavaScript: no native or WebAssembly build step). Only the
 * requested columns' chunks are read. Each decoded chunk is copied straight into the column's
 * final typed array at its row offset and then dropped, so the decoded file is never held twice.
 *
 * Types come from the Parquet schema, not inference: DOUBLE, FLOAT, DECIMAL → number; INT32,
 * INT64 (and the INT/UINT annotations) → integer, except an INT64 column holding a value beyond
 * ±2^53, which becomes text (its exact decimal digits) as in CSV inference; BOOLEAN → boolean;
 * DATE, TIMESTAMP (any unit), INT96 → datetime (ms since the epoch, UTC); BYTE_ARRAY (UTF-8) →
 * string. Nested columns (struct, list, map) are not supported. An explicit type from the
 * caller is applied to the values strictly, as for CSV.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, DecodedArray, FileMetaData, SchemaElement } from 'hyparquet';
import { DataError } from '../errors.js';
import { missingColumnError, type Column, type ColumnType, type Table } from './table.js';
import { readAll } from './byte-source.js';
import { ColumnBuilder } from './column-builder.js';
import { MissingValues } from './missing-values.js';

export interface ParquetOptions {
  readonly gzip: boolean;
  readonly columns?: readonly string[];
  readonly types?: Readonly<Record<string, ColumnType>>;
  readonly nullValues?: readonly string[];
  readonly allowEmpty?: boolean;
}

/** Timestamps and dates as plain numbers (ms since the epoch) rather than Date objects. */
const PARSERS = {
  timestampFromMilliseconds: (v: bigint) => (v === null || v === undefined ? null : Number(v)),
  timestampFromMicroseconds: (v: bigint) => (v === null || v === undefined ? null : Number(v) / 1e3),
  timestampFromNanoseconds: (v: bigint) => (v === null || v === undefined ? null : Number(v) / 1e6),
  dateFromDays: (v: number) => (v === null || v === undefined ? null : v * 86400000),
};

type NaturalType = ColumnType;

export async function loadParquet(path: string, source: string, options: ParquetOptions): Promise<Table> {
  const file = options.gzip ? await gunzippedBuffer(path, source) : await asyncBufferFromFile(path);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw invalidParquet(error, source);
  }
  const fields = parquetSchema(metadata).children;
  const names = fields.map((f) => f.element.name);
  const wanted = [...new Set(options.columns ?? names)];
  for (const name of wanted) if (!names.includes(name)) throw missingColumnError(source, name, names);
  const rowCount = Number(metadata.num_rows);
  if (rowCount === 0 && !options.allowEmpty) throw new DataError('has no data rows', { file: source });
  const missing = new MissingValues(options.nullValues);
  const sinks = new Map<string, ColumnSink>();
  for (const name of wanted) {
    const field = fields.find((f) => f.element.name === name)!;
    if (field.children.length > 0) {
      throw new DataError('is a nested column (struct, list or map), which cannot be read as a table column', { file: source, column: name });
    }
    const natural = naturalType(field.element);
    if (natural === undefined) {
      throw new DataError(`has a Parquet type this reader does not support (${describeType(field.element)})`, { file: source, column: name });
    }
    const forced = options.types?.[name];
    const sink = forced === undefined || forced === natural || (forced === 'number' && natural === 'integer')
      ? new TypedSink(name, forced ?? natural, rowCount, source)
      : new ConvertingSink(name, natural, new ColumnBuilder(name, source, missing, forced));
    sinks.set(name, sink);
  }
  // hyparquet calls onChunk inside promise callbacks whose rejections it ignores: never throw
  // there; keep the first error and rethrow it once the read is complete.
  let failure: unknown;
  try {
    await parquetRead({
      file,
      metadata,
      columns: wanted,
      parsers: PARSERS,
      onChunk: ({ columnName, columnData, rowStart }) => {
        if (failure !== undefined) return;
        try {
          sinks.get(columnName)?.add(columnData, rowStart);
        } catch (error) {
          failure = error;
        }
      },
    });
  } catch (error) {
    throw invalidParquet(error, source);
  }
  if (failure !== undefined) throw failure;
  const columns = new Map<string, Column>();
  for (const [name, sink] of sinks) {
    if (sink instanceof TypedSink && sink.beyondExactIntegers) {
      columns.set(name, await readIntegersAsText(file, metadata, name, source));
    } else {
      columns.set(name, sink.finish());
    }
  }
  return { source, rowCount, columns: (options.columns ?? names).map((name) => columns.get(name)!) };
}

interface ColumnSink {
  add(chunk: DecodedArray, rowStart: number): void;
  finish(): Column;
}

/** The Parquet type as a column type, or undefined when unsupported. */
function naturalType(element: SchemaElement): NaturalType | undefined {
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

function describeType(element: SchemaElement): string {
  return [element.type, element.converted_type, element.logical_type?.type].filter((t) => t !== undefined).join(' / ');
}

/** Values of the column's own type, written at their row offsets into a preallocated array. */
class TypedSink implements ColumnSink {
  beyondExactIntegers = false;
  private readonly values: Float64Array | undefined;
  private readonly codes: Int32Array | undefined;
  private readonly index = new Map<string, number>();
  private readonly dictionary: string[] = [];

  constructor(
    private readonly name: string,
    private readonly type: ColumnType,
    rowCount: number,
    private readonly source: string,
  ) {
    if (type === 'string') this.codes = new Int32Array(rowCount).fill(-1);
    else this.values = new Float64Array(rowCount).fill(NaN);
  }

  add(chunk: DecodedArray, rowStart: number): void {
    if (this.codes !== undefined) return this.addText(chunk, rowStart);
    const values = this.values!;
    if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array || chunk instanceof Uint32Array) {
      values.set(chunk, rowStart);
      return;
    }
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const v = chunk[i] as unknown;
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') values[rowStart + i] = v;
      else if (typeof v === 'bigint') {
        const x = Number(v);
        if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) this.beyondExactIntegers = true;
        values[rowStart + i] = x;
      } else if (typeof v === 'boolean') values[rowStart + i] = v ? 1 : 0;
      else if (v instanceof Date) values[rowStart + i] = v.getTime();
      else throw unsupportedValue(v, this.source, this.name, rowStart + i + 1);
    }
  }

  private addText(chunk: DecodedArray, rowStart: number): void {
    const codes = this.codes!;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      let v = chunk[i] as unknown;
      if (v === null || v === undefined) continue;
      if (v instanceof Uint8Array) v = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
      if (typeof v !== 'string') throw unsupportedValue(v, this.source, this.name, rowStart + i + 1);
      let code = this.index.get(v);
      if (code === undefined) {
        code = this.dictionary.length;
        this.index.set(v, code);
        this.dictionary.push(v);
      }
      codes[rowStart + i] = code;
    }
  }

  finish(): Column {
    let nullCount = 0;
    if (this.codes !== undefined) {
      for (const c of this.codes) if (c < 0) nullCount++;
      return { name: this.name, type: 'string', codes: this.codes, dictionary: this.dictionary, nullCount };
    }
    for (const v of this.values!) if (v !== v) nullCount++;
    if (this.type === 'string') throw new Error('unreachable');
    return { name: this.name, type: this.type, values: this.values!, nullCount };
  }
}

/** A column read with an explicit type that differs from its Parquet type: strict conversion. */
class ConvertingSink implements ColumnSink {
  private readonly chunks: { rowStart: number; chunk: DecodedArray }[] = [];

  constructor(
    readonly name: string,
    private readonly natural: NaturalType,
    private readonly builder: ColumnBuilder,
  ) {}

  add(chunk: DecodedArray, rowStart: number): void {
    this.chunks.push({ rowStart, chunk });
  }

  finish(): Column {
    this.chunks.sort((a, b) => a.rowStart - b.rowStart);
    for (const { chunk } of this.chunks) {
      for (let i = 0; i < chunk.length; i++) this.builder.addValue(this.plain(chunk[i] as unknown));
    }
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

/** An INT64 column with values beyond ±2^53, as text holding each integer's exact digits. */
async function readIntegersAsText(file: AsyncBuffer, metadata: FileMetaData, name: string, source: string): Promise<Column> {
  const codes = new Int32Array(Number(metadata.num_rows)).fill(-1);
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  try {
    await parquetRead({
      file,
      metadata,
      columns: [name],
      onChunk: ({ columnData, rowStart }) => {
        for (let i = 0; i < columnData.length; i++) {
          const v = columnData[i] as unknown;
          if (v === null || v === undefined) continue;
          const text = String(v);
          let code = index.get(text);
          if (code === undefined) {
            code = dictionary.length;
            index.set(text, code);
            dictionary.push(text);
          }
          codes[rowStart + i] = code;
        }
      },
    });
  } catch (error) {
    throw invalidParquet(error, source);
  }
  let nullCount = 0;
  for (const c of codes) if (c < 0) nullCount++;
  return { name, type: 'string', codes, dictionary, nullCount };
}

function unsupportedValue(v: unknown, source: string, column: string, row: number): DataError {
  const what = Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
  return new DataError(`holds ${what}, which cannot be read as a table value`, { file: source, column, row });
}

async function gunzippedBuffer(path: string, source: string): Promise<AsyncBuffer> {
  const bytes = await readAll(path, source, true);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { byteLength: buffer.byteLength, slice: (start, end) => buffer.slice(start, end) };
}

function invalidParquet(error: unknown, source: string): DataError {
  if (error instanceof DataError) return error;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new DataError(`is not a valid Parquet file (${message})`, { file: source });
}
