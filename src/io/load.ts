/**
 * `loadTable`: any supported file into the columnar Table (table.ts). The format comes from the
 * extension (format.ts) unless given; `.gz` is decompressed on the fly for every format.
 */
import type { ColumnType, Table } from './table.js';
import { statFile } from './byte-source.js';
import { loadDelimited } from './delimited.js';
import { defaultDelimiter, detectFormat, type FileFormat } from './format.js';
import { loadJson } from './json.js';
import { loadJsonLines } from './jsonl.js';
import { loadParquet } from './parquet.js';

export type { FileFormat } from './format.js';

export interface LoadOptions {
  /** Read only these columns, in this order. A missing one is a DataError naming the closest. */
  readonly columns?: readonly string[];
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
}

/** Reads the file at `path` (relative to the working directory). `Table.source` is `path`. */
export async function loadTable(path: string, options: LoadOptions = {}): Promise<Table> {
  const { format, gzip } = detectFormat(path, options.format);
  const fileSize = await statFile(path, path);
  switch (format) {
    case 'csv':
    case 'tsv':
      return loadDelimited(path, path, { ...options, gzip, fileSize, delimiter: options.delimiter ?? defaultDelimiter(format) });
    case 'json':
      return loadJson(path, path, { ...options, gzip });
    case 'jsonl':
      return loadJsonLines(path, path, { ...options, gzip });
    case 'parquet':
      return loadParquet(path, path, { ...options, gzip });
  }
}
