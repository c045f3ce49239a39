/**
 * Engine `streaming` (the default): a dataset (a file, glob or directory: dataset-source.ts)
 * profiled in constant memory. Each file is read as a stream of Tables — Parquet a row group at a
 * time (parquet-row-groups.ts), CSV/TSV a batch of rows at a time (delimited-batches.ts) — that go
 * into one ProfileBuilder and are dropped; memory is one chunk plus the sketches, whatever the
 * input's size. JSON and JSON Lines files are read whole, one file at a time (they are rarely
 * large). Hive partition values become columns of every row.
 *
 * Type inference streams too: a column that a later chunk contradicts (text after numbers) is
 * profiled again in a second pass over the files, read as text — only that column, as the
 * whole-file CSV reader does. Files must share their columns: the first that does not is a
 * DataError naming it and the column.
 */
import { DataError } from '../../errors.js';
import { readDelimitedBatches } from '../../io/delimited-batches.js';
import { partitionNumber, resolveDatasetSource, type DatasetFile, type DatasetSource } from '../../io/dataset-source.js';
import { defaultDelimiter, type FileFormat } from '../../io/format.js';
import { loadTable } from '../../io/load.js';
import { readParquetRowGroups } from '../../io/parquet-row-groups.js';
import type { Column, ColumnType, Table } from '../../io/table.js';
import { ProfileBuilder } from '../build.js';
import type { ColumnProfile, Profile, ProfileSettings } from '../format.js';
import { NO_PROGRESS, terminalProgress, type Progress } from './progress.js';

export interface StreamingOptions {
  readonly settings?: Partial<ProfileSettings>;
  /** Profile only these columns (partition columns included), in this order. */
  readonly columns?: readonly string[];
  /** Explicit types, strict (as LoadOptions.types). */
  readonly types?: Readonly<Record<string, ColumnType>>;
  readonly nullValues?: readonly string[];
  readonly delimiter?: string;
  readonly format?: FileFormat;
  /** Rows per CSV batch (default 131,072). */
  readonly batchRows?: number;
  /** Bytes per read of a CSV file (default 1 MiB); batches end between reads. For tests. */
  readonly chunkBytes?: number;
  /** Default: a progress line on stderr when it is a terminal. */
  readonly progress?: Progress;
}

export async function profileStreaming(input: string, options: StreamingOptions = {}): Promise<Profile> {
  const source = resolveDatasetSource(input, { format: options.format });
  const progress = options.progress ?? terminalProgress();
  try {
    const builder = new ProfileBuilder({ settings: options.settings, shard: input, source: { engine: 'streaming', input, files: source.files.length, rows: 0 } });
    await readAll(source, builder, options, options.columns, progress);
    let replacements = new Map<string, ColumnProfile>();
    if (builder.demoted.size > 0) {
      const demoted = [...builder.demoted];
      const second = new ProfileBuilder({ settings: options.settings, shard: input });
      const types = { ...options.types, ...Object.fromEntries(demoted.map((n) => [n, 'string' as const])) };
      await readAll(source, second, { ...options, types }, demoted, NO_PROGRESS);
      replacements = second.columnProfiles();
    }
    return builder.finish(replacements);
  } finally {
    progress.done();
  }
}

async function readAll(source: DatasetSource, builder: ProfileBuilder, options: StreamingOptions, only: readonly string[] | undefined, progress: Progress): Promise<void> {
  const partitions = source.partitionColumns.map((p) => p.name);
  const fileColumns = only?.filter((c) => !partitions.includes(c));
  let expected: string[] | undefined;
  let rows = 0;
  for (const [index, file] of source.files.entries()) {
    const onTable = (table: Table, names?: readonly string[]): void => {
      const full = withPartitions(table, file, source, only);
      builder.addTable(full, names === undefined ? undefined : [...names, ...full.columns.slice(table.columns.length).map((c) => c.name)]);
      rows += table.rowCount;
      progress.update(index, source.files.length, rows);
    };
    const names = await readFile(file, source.format, options, fileColumns, builder, onTable);
    if (expected === undefined) expected = names;
    else checkSameColumns(expected, names, file.path, source.files[0].path);
  }
  progress.update(source.files.length, source.files.length, rows);
}

/** Reads one file chunk by chunk; returns its column names. */
async function readFile(
  file: DatasetFile,
  format: FileFormat,
  options: StreamingOptions,
  columns: readonly string[] | undefined,
  builder: ProfileBuilder,
  onTable: (t: Table, names?: readonly string[]) => void,
): Promise<string[]> {
  const common = { gzip: file.gzip, columns, types: options.types, nullValues: options.nullValues, allowEmpty: true };
  switch (format) {
    case 'csv':
    case 'tsv':
      return readDelimitedBatches(file.path, file.path, { ...common, delimiter: options.delimiter ?? defaultDelimiter(format), batchRows: options.batchRows, chunkBytes: options.chunkBytes }, ({ table, contradicted, names }) => {
        for (const name of contradicted) builder.demote(name);
        onTable(table, names);
      });
    case 'parquet':
      return readParquetRowGroups(file.path, file.path, common, onTable);
    case 'json':
    case 'jsonl': {
      const table = await loadTable(file.path, { format, columns, types: options.types, nullValues: options.nullValues, allowEmpty: true });
      if (table.rowCount > 0) onTable(table);
      return table.columns.map((c) => c.name);
    }
  }
}

function checkSameColumns(expected: readonly string[], names: readonly string[], file: string, first: string): void {
  const missing = expected.find((n) => !names.includes(n));
  if (missing !== undefined) throw new DataError(`has no column "${missing}", which "${first}" has; the files of a dataset must have the same columns`, { file });
  const extra = names.find((n) => !expected.includes(n));
  if (extra !== undefined) throw new DataError(`has a column "${extra}", which "${first}" has not; the files of a dataset must have the same columns`, { file, column: extra });
}

/** The chunk with the file's partition values as constant columns. */
function withPartitions(table: Table, file: DatasetFile, source: DatasetSource, only: readonly string[] | undefined): Table {
  if (source.partitionColumns.length === 0) return table;
  const n = table.rowCount;
  const extra: Column[] = [];
  source.partitionColumns.forEach((p, j) => {
    if (only !== undefined && !only.includes(p.name)) return;
    const text = file.partitions[j].text;
    if (p.type === 'string') {
      const missing = text === null || text.trim() === '';
      extra.push({ name: p.name, type: 'string', codes: new Int32Array(n).fill(missing ? -1 : 0), dictionary: missing ? [] : [text], nullCount: missing ? n : 0 });
    } else {
      const v = partitionNumber(text, p.type);
      extra.push({ name: p.name, type: p.type, values: new Float64Array(n).fill(v), nullCount: Number.isNaN(v) ? n : 0 });
    }
  });
  return { ...table, columns: [...table.columns, ...extra] };
}
