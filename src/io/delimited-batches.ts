/**
 * A CSV or TSV file as a stream of Tables of about `batchRows` rows each, for consumers that keep
 * only a summary (profiles): memory is one batch's columns and one chunk of bytes, whatever the
 * file's size. The tokenizer, the fast path and the column builders are the whole-file reader's
 * (delimited.ts), so tokens, types and errors are the same — with one difference that streaming
 * forces: each batch infers its columns' types by itself. A column already text in an earlier
 * batch is read as text from then on (as the whole file would be); a column whose type a batch
 * contradicts (text after numbers, in the batch or across batches) is reported in `contradicted`
 * so the caller can read it again as text, as the whole-file reader does in its second pass.
 */
import { DataError } from '../errors.js';
import { missingColumnError, type Column, type ColumnType, type Table } from './table.js';
import { readChunks, readPlainChunks } from './byte-source.js';
import { ColumnBuilder } from './column-builder.js';
import { CsvSyntaxError, parseDelimited, type FastPath, type FieldSpans } from './csv-parser.js';
import { FastRecords } from './fast-records.js';
import { MissingValues } from './missing-values.js';
import { selects } from './column-selection.js';
import { addRecordFields, checkFieldCount, readHeader, type DelimitedOptions } from './delimited.js';

export const DEFAULT_BATCH_ROWS = 1 << 17;

export interface Batch {
  readonly table: Table;
  /** Columns whose inferred type this batch contradicted: their values are not in `table`. */
  readonly contradicted: readonly string[];
  /** Every column read, in order (those of `table` and the contradicted ones). */
  readonly names: readonly string[];
}

/**
 * Calls `onBatch` for each batch in file order (awaited before the file is read further).
 * Returns the header. A file with a header and no rows gives no batch.
 */
export async function readDelimitedBatches(
  path: string,
  source: string,
  options: DelimitedOptions & {
    readonly batchRows?: number;
    /**
     * Read only the bytes [start, end) of a plain file, which must begin at a record and hold no
     * header unless `start` is 0; `header` then names the columns (the file's first line).
     */
    readonly range?: { readonly start: number; readonly end: number; readonly header?: readonly string[] };
  },
  onBatch: (batch: Batch) => void | Promise<void>,
): Promise<string[]> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const missing = new MissingValues(options.nullValues);
  let header: string[] = [];
  let headerSeen = false;
  let wanted: readonly string[] = [];
  let builders: (ColumnBuilder | undefined)[] = [];
  let wantedIndexes = new Int32Array(0);
  const text = new Set<string>();
  const numericFields = new Uint8Array(4096);
  let scratch: Buffer = Buffer.alloc(1024);
  let rows = 0;
  let batchStart = 0;
  let pendingBlankLines = 0;
  let fast: FastRecords | undefined;
  const given = options.range?.header;

  const newBuilders = (): void => {
    builders = header.map((name) => {
      if (!wanted.includes(name)) return undefined;
      const forced: ColumnType | undefined = options.types?.[name] ?? (text.has(name) ? 'string' : undefined);
      return new ColumnBuilder(name, source, missing, forced, batchRows + 8192);
    });
    wantedIndexes = Int32Array.from(builders.flatMap((b, j) => (b === undefined ? [] : [j])));
    numericFields.fill(0);
    fast = options.fastPath === false ? undefined : new FastRecords(options.delimiter.charCodeAt(0), builders, missing);
  };

  const flush = async (): Promise<void> => {
    const count = rows - batchStart;
    if (count === 0) return;
    const contradicted: string[] = [];
    const columns = new Map<string, Column>();
    for (const b of builders) {
      if (b === undefined) continue;
      if (b.demoted) {
        contradicted.push(b.name);
        continue;
      }
      const column = b.finish();
      if (column.type === 'string') text.add(column.name);
      columns.set(column.name, column);
    }
    batchStart = rows;
    const all = options.columns ?? wanted;
    const names = all.filter((n) => columns.has(n));
    newBuilders();
    await onBatch({ table: { source, rowCount: count, columns: names.map((n) => columns.get(n)!) }, contradicted, names: all });
  };

  const onRecord = (bytes: Buffer, fields: FieldSpans): void => {
    if (fields.count === 0) {
      if (headerSeen && header.length === 1) pendingBlankLines++;
      return;
    }
    if (!headerSeen) {
      headerSeen = true;
      header = readHeader(bytes, fields, source);
      wanted = options.columns ?? (options.select === undefined ? header : header.filter(selects(options.select)));
      for (const name of wanted) if (!header.includes(name)) throw missingColumnError(source, name, header);
      newBuilders();
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
  const fastPath: FastPath = {
    run: (buf, pos, end) => {
      if (fast === undefined || pendingBlankLines > 0) return pos;
      const stop = fast.run(buf, pos, end);
      rows += fast.records;
      return stop;
    },
  };
  // Batches end between chunks: the tokenizer has then handed over every whole record it read.
  async function* batched(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      if (rows - batchStart >= batchRows) await flush();
      yield chunk;
    }
  }
  if (given !== undefined) {
    headerSeen = true;
    header = [...given];
    wanted = options.columns ?? (options.select === undefined ? header : header.filter(selects(options.select)));
    for (const name of wanted) if (!header.includes(name)) throw missingColumnError(source, name, header);
    newBuilders();
  }
  const range = options.range;
  const bytes = range === undefined ? readChunks(path, source, options.gzip, options.chunkBytes) : readPlainChunks(path, source, options.chunkBytes, range.start, range.end);
  let summary;
  try {
    summary = await parseDelimited(batched(bytes), options.delimiter, onRecord, numericFields, fastPath);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      if (!headerSeen) throw new DataError(`malformed quoting in the header (field ${error.field + 1}): ${error.reason}`, { file: source });
      const column = header[error.field];
      const where = column === undefined ? ` in field ${error.field + 1}` : '';
      throw new DataError(`malformed quoting${where}: ${error.reason}`, { file: source, row: rows + pendingBlankLines + 1, column });
    }
    throw error;
  }
  if (!headerSeen) throw new DataError(summary.bytes === 0 ? 'the file is empty' : 'the file has no header row (only blank lines)', { file: source });
  await flush();
  return header;
}
