/**
 * CSV and TSV files into a Table: the tokenizer (csv-parser.ts) feeds byte spans to one
 * ColumnBuilder per wanted column; nothing else is kept per row.
 *
 * Whitespace: every field (quoted or not) is trimmed of spaces and tabs before it is typed or
 * stored, so ` 3 ` is the integer 3 and ` Paris ` the text `Paris`; a field empty after
 * trimming is missing. A column whose inferred type a later token contradicts is read a second
 * time, as text, so its values are exactly the tokens of the file.
 */
import { DataError } from '../errors.js';
import { missingColumnError, type Column, type ColumnType, type Table } from './table.js';
import { gzipDeclaredSize, readChunks, readPlainChunks } from './byte-source.js';
import { ColumnBuilder } from './column-builder.js';
import { CsvSyntaxError, parseDelimited, trimEnd, trimStart, unescapeQuotes, type FastPath, type FieldSpans } from './csv-parser.js';
import { FastRecords } from './fast-records.js';
import { MissingValues } from './missing-values.js';
import { selects, type ColumnSelection } from './column-selection.js';

export interface DelimitedOptions {
  readonly delimiter: string;
  readonly gzip: boolean;
  /** Bytes on disk, for estimating the row count. */
  readonly fileSize?: number;
  readonly columns?: readonly string[];
  /** Read only these of the header's columns (see LoadOptions.select). */
  readonly select?: ColumnSelection;
  readonly types?: Readonly<Record<string, ColumnType>>;
  readonly nullValues?: readonly string[];
  readonly allowEmpty?: boolean;
  /** Testing only: false reads every record through the general path (no fast-records.ts). */
  readonly fastPath?: boolean;
  /** Testing only: the size of the chunks the file is read in. */
  readonly chunkBytes?: number;
  /**
   * Read only the bytes [start, end) of a plain file (split-delimited.ts): `start` must begin a
   * record, and when it is not 0 the range holds no header and `header` names the columns.
   */
  readonly range?: DelimitedRange;
}

export interface DelimitedRange {
  readonly start: number;
  readonly end: number;
  readonly header?: readonly string[];
}

/** Reads `path` (named `source` in messages). */
export async function loadDelimited(path: string, source: string, options: DelimitedOptions): Promise<Table> {
  const missing = new MissingValues(options.nullValues);
  const first = await readPass(path, source, options, missing, undefined);
  const demoted = first.builders.filter((b) => b !== undefined && b.demoted).map((b) => b!.name);
  let columns = first.builders.map((b) => (b === undefined || b.demoted ? undefined : b.finish()));
  if (demoted.length > 0) {
    const second = await readPass(path, source, options, missing, new Set(demoted));
    columns = columns.map((c, j) => second.builders[j]?.finish() ?? c);
  }
  const byName = new Map<string, Column>();
  for (const c of columns) if (c !== undefined) byName.set(c.name, c);
  const wanted = wantedColumns(options, first.header);
  const table = { source, rowCount: first.rows, columns: wanted.map((name) => byName.get(name)!) };
  return options.select === undefined ? table : { ...table, fileColumns: first.header };
}

function wantedColumns(options: DelimitedOptions, header: readonly string[]): readonly string[] {
  if (options.columns !== undefined) return options.columns;
  return options.select === undefined ? header : header.filter(selects(options.select));
}

interface Pass {
  header: string[];
  /** Indexed by position in the header; undefined for columns not read in this pass. */
  builders: (ColumnBuilder | undefined)[];
  rows: number;
}

/** One pass over the file. With `asText`, only those columns are read, as strings. */
async function readPass(
  path: string,
  source: string,
  options: DelimitedOptions,
  missing: MissingValues,
  asText: ReadonlySet<string> | undefined,
): Promise<Pass> {
  // Size column storage once: rows ≈ the text's size / the bytes per line of the first chunk.
  const range = options.range;
  const textBytes = range !== undefined ? range.end - range.start : options.fileSize === undefined ? undefined : options.gzip ? await gzipDeclaredSize(path, options.fileSize) : options.fileSize;
  let expectedRows = 0;
  async function* estimatingRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    let first = true;
    for await (const chunk of chunks) {
      if (first && textBytes !== undefined) expectedRows = estimateRows(chunk, textBytes);
      // A range after the file's start has no header line: its columns are the header given.
      if (first && range !== undefined && range.start > 0) startColumns([...(range.header ?? [])]);
      first = false;
      yield chunk;
    }
  }
  let header: string[] = [];
  let headerSeen = false;
  let builders: (ColumnBuilder | undefined)[] = [];
  let wantedIndexes = new Int32Array(0);
  // Fields the tokenizer parses as numbers itself (up to the first 4096 columns); refreshed
  // after each record, as builders settle on a type in the first rows and may leave it later.
  const numericFields = new Uint8Array(4096);
  let scratch: Buffer = Buffer.alloc(1024);
  let rows = 0;
  // Blank lines are not rows, except in a one-column file, where an empty line is a missing
  // value; there, blank lines count once a later record shows they were not trailing ones.
  let pendingBlankLines = 0;
  const startColumns = (names: string[]): void => {
    headerSeen = true;
    header = names;
    const wanted = wantedColumns(options, header);
    for (const name of wanted) if (!header.includes(name)) throw missingColumnError(source, name, header);
    builders = header.map((name) => {
      if (!wanted.includes(name)) return undefined;
      if (asText !== undefined) return asText.has(name) ? new ColumnBuilder(name, source, missing, 'string', expectedRows) : undefined;
      return new ColumnBuilder(name, source, missing, options.types?.[name], expectedRows);
    });
    wantedIndexes = Int32Array.from(builders.flatMap((b, j) => (b === undefined ? [] : [j])));
    if (options.fastPath !== false) fast = new FastRecords(options.delimiter.charCodeAt(0), builders, missing);
  };
  const onRecord = (bytes: Buffer, fields: FieldSpans): void => {
    if (fields.count === 0) {
      if (headerSeen && header.length === 1) pendingBlankLines++;
      return;
    }
    if (!headerSeen) {
      startColumns(readHeader(bytes, fields, source));
      return;
    }
    for (; pendingBlankLines > 0; pendingBlankLines--) {
      rows++;
      builders[0]?.addMissing();
    }
    rows++;
    checkFieldCount(fields, header.length, source, rows);
    scratch = addRecordFields(bytes, fields, wantedIndexes, builders, numericFields, scratch);
    fast?.invalidate();
  };
  // The fast path reads plain records straight into the builders (fast-records.ts); this
  // callback reads the others. Blank lines pending in a one-column file are counted by the
  // next record read here, so the fast path waits for it.
  let fast: FastRecords | undefined;
  const fastPath: FastPath = {
    run: (buf, pos, end) => {
      if (fast === undefined || pendingBlankLines > 0) return pos;
      const stop = fast.run(buf, pos, end);
      rows += fast.records;
      return stop;
    },
  };
  let summary;
  try {
    const bytes = range === undefined ? readChunks(path, source, options.gzip, options.chunkBytes) : readPlainChunks(path, source, options.chunkBytes, range.start, range.end);
    const chunks = estimatingRows(bytes);
    summary = await parseDelimited(chunks, options.delimiter, onRecord, numericFields, fastPath);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      if (!headerSeen) {
        throw new DataError(`malformed quoting in the header (field ${error.field + 1}): ${error.reason}`, { file: source });
      }
      const column = header[error.field];
      const where = column === undefined ? ` in field ${error.field + 1}` : '';
      throw new DataError(`malformed quoting${where}: ${error.reason}`, { file: source, row: rows + pendingBlankLines + 1, column });
    }
    throw error;
  }
  if (!headerSeen) throw new DataError(summary.bytes === 0 ? 'the file is empty' : 'the file has no header row (only blank lines)', { file: source });
  if (rows === 0 && !options.allowEmpty) throw new DataError('has a header but no data rows', { file: source });
  return { header, builders, rows };
}

/** Rows in a text of `totalBytes` bytes whose first chunk is `chunk`, slightly overestimated. */
function estimateRows(chunk: Buffer, totalBytes: number): number {
  let lines = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  if (chunk.length >= totalBytes) return lines + 1;
  if (lines < 2) return 0;
  return Math.ceil((totalBytes / chunk.length) * lines * 1.03) + 64;
}

export function readHeader(bytes: Buffer, fields: FieldSpans, source: string): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let j = 0; j < fields.count; j++) {
    let text = bytes.toString('utf8', fields.starts[j], fields.ends[j]);
    if (fields.escaped[j] === 1) text = text.replaceAll('""', '"');
    const name = text.trim();
    if (name === '') throw new DataError(`the header has an empty column name (column ${j + 1})`, { file: source });
    const before = seen.get(name);
    if (before !== undefined) {
      throw new DataError(`the header names column "${name}" twice (columns ${before + 1} and ${j + 1})`, { file: source });
    }
    seen.set(name, j);
    names.push(name);
  }
  return names;
}

/** A record with another number of fields than the header: a DataError naming the row. */
export function checkFieldCount(fields: FieldSpans, headerLength: number, source: string, row: number): void {
  if (fields.count === headerLength) return;
  const got = `${fields.count} field${fields.count === 1 ? '' : 's'}`;
  throw new DataError(`has ${got} but the header has ${headerLength}`, { file: source, row });
}

/**
 * One record's wanted fields into their column builders (the path for records the fast path
 * leaves: quoted, odd or contradicting ones): a number the tokenizer parsed as it is, a quoted
 * field unescaped, every field trimmed; then whether each column still takes numbers, so that the
 * tokenizer parses that field next time. Returns `scratch`, grown when a quoted field needed more.
 */
export function addRecordFields(
  bytes: Buffer,
  fields: FieldSpans,
  wantedIndexes: Int32Array,
  builders: readonly (ColumnBuilder | undefined)[],
  numericFields: Uint8Array,
  scratch: Buffer,
): Buffer {
  const { starts, ends, escaped, parsed, numbers } = fields;
  for (let k = 0; k < wantedIndexes.length; k++) {
    const j = wantedIndexes[k];
    const builder = builders[j]!;
    let start = starts[j];
    let end = ends[j];
    if (parsed[j] !== 0) {
      builder.addNumber(numbers[j], parsed[j] === 2, bytes, start, end);
    } else if (escaped[j] === 1) {
      if (scratch.length < end - start) scratch = Buffer.alloc(2 * (end - start));
      const length = unescapeQuotes(bytes, start, end, scratch);
      const s = trimStart(scratch, 0, length);
      builder.addField(scratch, s, trimEnd(scratch, s, length));
    } else {
      start = trimStart(bytes, start, end);
      end = trimEnd(bytes, start, end);
      builder.addField(bytes, start, end);
    }
    // Only a token the tokenizer did not parse can change what the column takes.
    if (parsed[j] === 0 && j < numericFields.length) numericFields[j] = builder.takesNumbers ? 1 : 0;
  }
  return scratch;
}
