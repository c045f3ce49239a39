/**
 * `loadTable`: any supported file into the columnar Table (table.ts). The format comes from the
 * extension (format.ts) unless given; `.gz` is decompressed on the fly for every format.
 *
 * Conventions shared by every format (details in the files named):
 * - Types are inferred per column: integer, number, boolean, datetime (ISO 8601 → ms since the
 *   epoch, UTC), else string; a column is typed only if every non-missing value parses, so
 *   `1,234` or `N/A` among numbers leave the column as text (infer-type.ts). `types` overrides
 *   inference strictly. Parquet columns keep their declared types (parquet.ts).
 * - Missing: a field empty after trimming, `NaN`/`nan`/`-NaN`/`-nan` (as in pandas), and the
 *   caller's `nullValues` (missing-values.ts). Other tokens such as `NA` are values.
 * - Whitespace: every CSV/TSV field is trimmed of spaces and tabs, quoted or not; text values
 *   are kept trimmed (delimited.ts). Blank lines are not rows, except inside a one-column file.
 * - Rows in messages are 1-based data rows; the header is not counted.
 * - A file whose estimated memory exceeds what is available is refused before it is read
 *   (memory-budget.ts).
 */
import type { ColumnType, Table } from './table.js';
import { selects, type ColumnSelection } from './column-selection.js';
import { statFile } from './byte-source.js';
import { loadDelimited } from './delimited.js';
import { defaultSplitSettings, loadDelimitedSplit, splitsFile } from './split-delimited.js';
import { defaultDelimiter, detectFormat, type FileFormat } from './format.js';
import { loadJson } from './json.js';
import { loadJsonLines } from './jsonl.js';
import { checkFitsInMemory } from './memory-budget.js';
import { loadParquet } from './parquet.js';
import { loadSampledTable, type RowSample } from './row-sample.js';
import { isMultiFileInput } from './dataset-source.js';
import { loadDataset } from './load-dataset.js';

export type { FileFormat } from './format.js';

export interface LoadOptions {
  /** Read only these columns, in this order. A missing one is a DataError naming the closest. */
  readonly columns?: readonly string[];
  /**
   * Read only the columns with these names or matching these patterns, in file order: for a
   * caller that knows its columns by name or pattern but leaves "is it there?" to its own
   * messages. The Table's `fileColumns` still lists every column of the file. CSV and TSV skip
   * the other columns' values as they parse, Parquet their column chunks; JSON and JSON Lines
   * read everything and drop the rest.
   * Like every option here, plain data (a worker thread can take it: load-pair.ts).
   */
  readonly select?: ColumnSelection;
  /** Explicit types: strict, an unparseable token is a DataError (file, column, row, token). */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Tokens that mean missing, besides fields empty after trimming and NaN / nan. */
  readonly nullValues?: readonly string[];
  /** Overrides the delimiter implied by the extension (CSV `,`, TSV tab). */
  readonly delimiter?: string;
  /** Overrides the format implied by the extension. */
  readonly format?: FileFormat;
  /** A header with zero data rows is a valid (empty) table; otherwise a DataError. */
  readonly allowEmpty?: boolean;
  /** `max-rows`: keep a seeded sample of at most this many rows, read a batch at a time (row-sample.ts). */
  readonly sample?: RowSample;
  /** Parse on this thread only: no split of a large CSV file (loadTablePair already keeps the other core busy). */
  readonly singleThread?: boolean;
}

/**
 * Reads the file at `path` (relative to the working directory). `Table.source` is `path`.
 * A glob or a directory reads every file of the dataset and concatenates them (load-dataset.ts).
 */
export async function loadTable(path: string, options: LoadOptions = {}): Promise<Table> {
  if (options.sample) {
    const { sample, ...rest } = options;
    const table = await loadSampledTable(path, rest, sample, (file, whole) => loadFile(file, whole));
    sample.onSampled?.({ file: path, ...table.sample, kept: table.rowCount });
    return selected(table, options.select);
  }
  if (isMultiFileInput(path)) return loadDataset(path, options, loadFile);
  return loadFile(path, options);
}

/** One file. */
async function loadFile(path: string, options: LoadOptions): Promise<Table> {
  const { format, gzip } = detectFormat(path, options.format);
  const fileSize = await statFile(path, path);
  await checkFitsInMemory([{ path, source: path, onDisk: fileSize, format, gzip }]);
  switch (format) {
    case 'csv':
    case 'tsv': {
      const delimited = { ...options, gzip, fileSize, delimiter: options.delimiter ?? defaultDelimiter(format) };
      const split = defaultSplitSettings();
      return splitsFile(fileSize, delimited, split) ? loadDelimitedSplit(path, path, delimited, split) : loadDelimited(path, path, delimited);
    }
    case 'json':
      return selected(await loadJson(path, path, { ...options, gzip }), options.select);
    case 'jsonl':
      return selected(await loadJsonLines(path, path, { ...options, gzip }), options.select);
    case 'parquet':
      return loadParquet(path, path, { ...options, gzip });
  }
}

/** The table's columns that `select` accepts, with every column's name kept in `fileColumns`. */
function selected(table: Table, selection: LoadOptions['select']): Table {
  if (selection === undefined) return table;
  const wanted = selects(selection);
  return { ...table, columns: table.columns.filter((c) => wanted(c.name)), fileColumns: table.columns.map((c) => c.name) };
}
