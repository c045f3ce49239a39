/**
 * `loadTable` over a glob or a directory (dataset-source.ts): every file read as loadTable reads
 * one, checked to have the same columns as the first (a DataError names the file and the column),
 * and concatenated into one Table whose `source` is the input as written. Hive partition columns
 * come after the files' own columns.
 *
 * Types across files: integer and number make number; a column with no value in a file takes the
 * type the other files give it; any other disagreement (numbers in one file, text in another)
 * makes the column text, as one CSV with both would: the files that read it as another type are
 * read again with the column as text, so its values are the files' tokens.
 * Files may be empty (a header only); the dataset may not, unless `allowEmpty`.
 */
import { DataError } from '../errors.js';
import { selects } from './column-selection.js';
import { partitionNumber, resolveDatasetSource, type DatasetSource } from './dataset-source.js';
import type { LoadOptions } from './load.js';
import { isNumeric, type Column, type ColumnType, type NumericColumn, type StringColumn, type Table } from './table.js';

export type FileLoader = (path: string, options: LoadOptions) => Promise<Table>;

export async function loadDataset(input: string, options: LoadOptions, loadFile: FileLoader): Promise<Table> {
  const source = resolveDatasetSource(input, { format: options.format });
  const partitionNames = source.partitionColumns.map((p) => p.name);
  const fileOptions: LoadOptions = {
    ...options,
    format: source.format,
    allowEmpty: true,
    columns: options.columns?.filter((c) => !partitionNames.includes(c)),
  };
  const tables: Table[] = [];
  for (const file of source.files) tables.push(await loadFile(file.path, fileOptions));
  checkColumnsAgree(tables, source);
  const names = tables[0].columns.map((c) => c.name);
  const columns: Column[] = [];
  for (const name of names) {
    let parts = tables.map((t) => t.columns.find((c) => c.name === name)!);
    if (needsText(parts)) {
      const reread = await Promise.all(
        tables.map(async (t, i) => (parts[i].type === 'string' || parts[i].nullCount === t.rowCount ? parts[i] : (await loadFile(source.files[i].path, { ...fileOptions, columns: [name], select: undefined, types: { ...options.types, [name]: 'string' } })).columns[0])),
      );
      parts = reread;
    }
    columns.push(concatenate(name, parts, tables.map((t) => t.rowCount)));
  }
  const rowCount = tables.reduce((s, t) => s + t.rowCount, 0);
  if (rowCount === 0 && !options.allowEmpty) throw new DataError(`has no data rows in any of its ${source.files.length} file${source.files.length === 1 ? '' : 's'}`, { file: input });
  const wantedPartitions = source.partitionColumns.filter((p) =>
    options.columns !== undefined ? options.columns.includes(p.name) : options.select === undefined || selects(options.select)(p.name),
  );
  for (const partition of wantedPartitions) columns.push(partitionColumn(source, partition.name, partition.type, tables.map((t) => t.rowCount)));
  const ordered = options.columns !== undefined ? options.columns.map((n) => columns.find((c) => c.name === n)!) : columns;
  const table: Table = { source: input, rowCount, columns: ordered };
  const fileColumns = tables[0].fileColumns;
  return fileColumns === undefined ? table : { ...table, fileColumns: [...fileColumns, ...partitionNames] };
}

function checkColumnsAgree(tables: readonly Table[], source: DatasetSource): void {
  const namesOf = (t: Table) => t.fileColumns ?? t.columns.map((c) => c.name);
  const first = namesOf(tables[0]);
  tables.forEach((t, i) => {
    const theirs = namesOf(t);
    const missing = first.find((n) => !theirs.includes(n));
    const extra = theirs.find((n) => !first.includes(n));
    const file = source.files[i].path;
    if (missing !== undefined) throw new DataError(`has no column "${missing}", which "${source.files[0].path}" has; the files of a dataset must have the same columns`, { file });
    if (extra !== undefined) throw new DataError(`has a column "${extra}", which "${source.files[0].path}" has not; the files of a dataset must have the same columns`, { file, column: extra });
  });
  for (const p of source.partitionColumns) {
    if (first.includes(p.name)) throw new DataError(`the partition directory name "${p.name}=" is also a column of the files`, { file: source.files[0].path, column: p.name });
  }
}

/** The column's files disagree beyond integer/number (ignoring files where it has no value). */
function needsText(parts: readonly Column[]): boolean {
  const types = new Set(parts.filter((c) => c.nullCount < lengthOf(c)).map((c) => (c.type === 'integer' ? 'number' : c.type)));
  return types.size > 1;
}

function lengthOf(c: Column): number {
  return isNumeric(c) ? c.values.length : c.codes.length;
}

function concatenate(name: string, parts: readonly Column[], rows: readonly number[]): Column {
  const total = rows.reduce((s, r) => s + r, 0);
  const valued = parts.filter((c, i) => c.nullCount < rows[i]);
  const nullCount = parts.reduce((s, c) => s + c.nullCount, 0);
  const text = valued.some((c) => c.type === 'string') || (valued.length === 0 && parts.every((c) => c.type === 'string'));
  if (text) {
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(total);
    let at = 0;
    parts.forEach((c, i) => {
      if (c.type !== 'string') {
        codes.fill(-1, at, at + rows[i]); // no values in this file
      } else {
        const remap = Int32Array.from(c.dictionary, (label) => {
          let code = index.get(label);
          if (code === undefined) {
            code = dictionary.length;
            index.set(label, code);
            dictionary.push(label);
          }
          return code;
        });
        for (let r = 0; r < c.codes.length; r++) codes[at + r] = c.codes[r] < 0 ? -1 : remap[c.codes[r]];
      }
      at += rows[i];
    });
    return { name, type: 'string', codes, dictionary, nullCount } satisfies StringColumn;
  }
  const values = new Float64Array(total);
  let at = 0;
  parts.forEach((c, i) => {
    if (isNumeric(c)) values.set(c.values, at);
    else values.fill(NaN, at, at + rows[i]);
    at += rows[i];
  });
  const types = new Set(valued.map((c) => c.type));
  const type: NumericColumn['type'] = types.size === 0 ? (parts[0].type === 'string' ? 'number' : (parts[0].type as NumericColumn['type'])) : types.size === 1 ? ([...types][0] as NumericColumn['type']) : 'number';
  return { name, type, values, nullCount } satisfies NumericColumn;
}

function partitionColumn(source: DatasetSource, name: string, type: ColumnType, rows: readonly number[]): Column {
  const j = source.partitionColumns.findIndex((p) => p.name === name);
  const total = rows.reduce((s, r) => s + r, 0);
  let at = 0;
  if (type === 'string') {
    const dictionary: string[] = [];
    const codes = new Int32Array(total);
    let nullCount = 0;
    source.files.forEach((file, i) => {
      const text = file.partitions[j].text;
      let code = -1;
      if (text !== null && text.trim() !== '') {
        code = dictionary.indexOf(text);
        if (code < 0) code = dictionary.push(text) - 1;
      } else {
        nullCount += rows[i];
      }
      codes.fill(code, at, at + rows[i]);
      at += rows[i];
    });
    return { name, type, codes, dictionary, nullCount };
  }
  const values = new Float64Array(total);
  let nullCount = 0;
  source.files.forEach((file, i) => {
    const v = partitionNumber(file.partitions[j].text, type);
    if (Number.isNaN(v)) nullCount += rows[i];
    values.fill(v, at, at + rows[i]);
    at += rows[i];
  });
  return { name, type, values, nullCount };
}
