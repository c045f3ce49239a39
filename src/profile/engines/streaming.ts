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
 *
 * Two cores (`lanes: 2`): a large input is profiled as two lanes (planLanes: halves of the files, of a Parquet
 * file's row groups, or of a CSV file split at a line start), the second in a worker thread when
 * the worker bundle is there, and the two profiles merged — profiles merge exactly (counts,
 * values, distinct registers) or within the bound (sketches), so the split is the profile merge
 * the matrix jobs use too. Any input error in a split run reads the input again as one lane, so
 * messages are exactly those of a single read.
 */
import { statSync } from 'node:fs';
import { DataError, InputError } from '../../errors.js';
import { nextLineStart } from '../../io/line-start.js';
import { readDelimitedBatches } from '../../io/delimited-batches.js';
import { partitionNumber, resolveDatasetSource, type DatasetFile, type DatasetSource } from '../../io/dataset-source.js';
import { defaultDelimiter, type FileFormat } from '../../io/format.js';
import { loadTable } from '../../io/load.js';
import { countRowGroups, readParquetRowGroups } from '../../io/parquet-row-groups.js';
import type { Column, ColumnType, Table } from '../../io/table.js';
import { ProfileBuilder } from '../build.js';
import { mergeProfiles } from '../merge.js';
import { laneWorkerUrl, runLaneWorker } from './lane-thread.js';
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
  /**
   * 2: split a large input into two lanes, the second in a worker thread (default 1: measured on
   * this shared 2-core machine, the second lane did not shorten the run and raised peak memory by
   * ~100 MB; on two free cores it is the way to use both).
   */
  readonly lanes?: 1 | 2;
  /** Inputs from this size (bytes) are split into two lanes (default {@link SPLIT_BYTES}). */
  readonly splitBytes?: number;
  /** Default: a progress line on stderr when it is a terminal. */
  readonly progress?: Progress;
}

export async function profileStreaming(input: string, options: StreamingOptions = {}): Promise<Profile> {
  const source = resolveDatasetSource(input, { format: options.format });
  const progress = options.progress ?? terminalProgress();
  try {
    const lanes = options.lanes === 2 ? await planLanes(source, options.splitBytes ?? SPLIT_BYTES) : [wholeLane(source)];
    let profile: Profile;
    if (lanes.length === 1) {
      profile = await profileLane(source, lanes[0], options, input, progress);
    } else {
      try {
        const [first, second] = await Promise.all([profileLane(source, lanes[0], options, `${input}#0`, progress), profileLaneElsewhere(source, lanes[1], options, `${input}#1`)]);
        profile = mergeProfiles(first, second);
      } catch (error) {
        // A split that went wrong (a type only the whole file settles, a row number relative to the
        // split, a speculative CSV split inside a quoted field): read it as one lane, which
        // reports exactly what the whole-file reader would.
        if (!(error instanceof InputError)) throw error;
        profile = await profileLane(source, wholeLane(source), options, input, progress);
      }
    }
    return { ...profile, sources: [{ engine: 'streaming', input, files: source.files.length, rows: profile.rows }] };
  } finally {
    progress.done();
  }
}

/** Inputs smaller than this are profiled in one lane. */
export const SPLIT_BYTES = 32 * 1024 * 1024;

/** Part of one file: a byte range of a plain CSV/TSV, or a range of Parquet row groups. */
export interface FilePart {
  readonly file: DatasetFile;
  readonly bytes?: { readonly start: number; readonly end: number; readonly header?: readonly string[] };
  readonly rowGroups?: readonly [number, number];
}

/** What one thread profiles. */
export interface Lane {
  readonly parts: readonly FilePart[];
}

function wholeLane(source: DatasetSource): Lane {
  return { parts: source.files.map((file) => ({ file })) };
}

/**
 * Two lanes when the input is large enough (≥ `splitBytes`): the files in two halves by size; one
 * Parquet file by its row groups; one plain CSV/TSV file at the first line start after its middle
 * (speculative: if that is inside a quoted field, the first lane's read ends in an unclosed quote
 * and the input is read again as one lane). The plan depends only on the input, never on the
 * machine, so a profile is the same bytes everywhere.
 */
export async function planLanes(source: DatasetSource, splitBytes: number): Promise<Lane[]> {
  const sizes = source.files.map((f) => statSync(f.path).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < splitBytes) return [wholeLane(source)];
  if (source.files.length >= 2) {
    let acc = 0;
    let cut = 1;
    for (let i = 0; i < sizes.length - 1; i++) {
      acc += sizes[i];
      cut = i + 1;
      if (acc >= total / 2) break;
    }
    return [{ parts: source.files.slice(0, cut).map((file) => ({ file })) }, { parts: source.files.slice(cut).map((file) => ({ file })) }];
  }
  const file = source.files[0];
  if (source.format === 'parquet' && !file.gzip) {
    const groups = await countRowGroups(file.path, file.path);
    if (groups < 2) return [wholeLane(source)];
    const half = Math.ceil(groups / 2);
    return [{ parts: [{ file, rowGroups: [0, half] }] }, { parts: [{ file, rowGroups: [half, groups] }] }];
  }
  if ((source.format === 'csv' || source.format === 'tsv') && !file.gzip) {
    const size = sizes[0];
    const split = await nextLineStart(file.path, file.path, Math.floor(size / 2));
    const headerEnd = await nextLineStart(file.path, file.path, 0);
    if (split >= size || split <= headerEnd) return [wholeLane(source)];
    const header = await readDelimitedBatches(file.path, file.path, { delimiter: defaultDelimiter(source.format), gzip: false, allowEmpty: true, range: { start: 0, end: headerEnd } }, () => {});
    return [{ parts: [{ file, bytes: { start: 0, end: split } }] }, { parts: [{ file, bytes: { start: split, end: size, header } }] }];
  }
  return [wholeLane(source)];
}

/** One lane's profile, with its own second pass for columns a later chunk contradicted. */
export async function profileLane(source: DatasetSource, lane: Lane, options: StreamingOptions, shard: string, progress: Progress): Promise<Profile> {
  const builder = new ProfileBuilder({ settings: options.settings, shard, source: { engine: 'streaming', input: source.input, files: source.files.length, rows: 0 } });
  await readAll(source, lane, builder, options, options.columns, progress);
  let replacements = new Map<string, ColumnProfile>();
  if (builder.demoted.size > 0) {
    const demoted = [...builder.demoted];
    const second = new ProfileBuilder({ settings: options.settings, shard });
    const types = { ...options.types, ...Object.fromEntries(demoted.map((n) => [n, 'string' as const])) };
    await readAll(source, lane, second, { ...options, types }, demoted, NO_PROGRESS);
    replacements = second.columnProfiles();
  }
  return builder.finish(replacements);
}

/** The second lane in a worker thread when one is available, else here after the first. */
async function profileLaneElsewhere(source: DatasetSource, lane: Lane, options: StreamingOptions, shard: string): Promise<Profile> {
  const worker = laneWorkerUrl();
  if (worker === undefined) return profileLane(source, lane, options, shard, NO_PROGRESS);
  const { progress: _progress, ...plain } = options;
  return runLaneWorker(worker.url, worker.typescript, { source, lane, options: plain, shard });
}

async function readAll(source: DatasetSource, lane: Lane, builder: ProfileBuilder, options: StreamingOptions, only: readonly string[] | undefined, progress: Progress): Promise<void> {
  const partitions = source.partitionColumns.map((p) => p.name);
  const fileColumns = only?.filter((c) => !partitions.includes(c));
  let expected: string[] | undefined;
  let rows = 0;
  for (const [index, part] of lane.parts.entries()) {
    const file = part.file;
    const onTable = (table: Table, names?: readonly string[]): void => {
      const full = withPartitions(table, file, source, only);
      builder.addTable(full, names === undefined ? undefined : [...names, ...full.columns.slice(table.columns.length).map((c) => c.name)]);
      rows += table.rowCount;
      progress.update(index, source.files.length, rows);
    };
    const before = builder.rows;
    const names = await readFile(part, source.format, options, fileColumns, builder, onTable);
    // A file with a header and no rows still names the dataset's columns.
    if (builder.rows === before && builder.columnNames.length === 0) {
      const wanted = fileColumns ?? names;
      onTable({ source: file.path, rowCount: 0, columns: wanted.map((name) => ({ name, type: 'number', values: new Float64Array(0), nullCount: 0 })) });
    }
    if (expected === undefined) expected = names;
    else checkSameColumns(expected, names, file.path, lane.parts[0].file.path);
  }
  progress.update(source.files.length, source.files.length, rows);
}

/** Reads one file chunk by chunk; returns its column names. */
async function readFile(
  part: FilePart,
  format: FileFormat,
  options: StreamingOptions,
  columns: readonly string[] | undefined,
  builder: ProfileBuilder,
  onTable: (t: Table, names?: readonly string[]) => void,
): Promise<string[]> {
  const file = part.file;
  const common = { gzip: file.gzip, columns, types: options.types, nullValues: options.nullValues, allowEmpty: true };
  switch (format) {
    case 'csv':
    case 'tsv':
      return readDelimitedBatches(file.path, file.path, { ...common, delimiter: options.delimiter ?? defaultDelimiter(format), batchRows: options.batchRows, chunkBytes: options.chunkBytes, range: part.bytes }, ({ table, contradicted, names }) => {
        for (const name of contradicted) builder.demote(name);
        onTable(table, names);
      });
    case 'parquet':
      return readParquetRowGroups(file.path, file.path, { ...common, rowGroups: part.rowGroups }, onTable);
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
