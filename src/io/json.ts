/**
 * JSON tables: an array of records (`[{"a": 1, "b": "x"}, …]`) or an object of equally long
 * column arrays (`{"a": [1, 2], "b": ["x", "y"]}`). Values may be numbers, strings, booleans
 * or null; strings go through the same inference as CSV tokens (so ISO dates become datetimes).
 *
 * A JSON document is parsed whole with `JSON.parse` (the one format read as a single string: a
 * streaming JSON tokenizer would be slower for the sizes JSON is used at). For large data use
 * JSON Lines, CSV or Parquet, which are streamed.
 */
import { DataError } from '../errors.js';
import { describeJsonError } from './json-error.js';
import { missingColumnError, type Column, type Table } from './table.js';
import { readAll } from './byte-source.js';
import { ColumnBuilder } from './column-builder.js';
import { MissingValues } from './missing-values.js';
import { assembleTable, RecordColumns, type RecordOptions } from './record-columns.js';

export interface JsonOptions extends RecordOptions {
  readonly gzip: boolean;
  readonly nullValues?: readonly string[];
}

export async function loadJson(path: string, source: string, options: JsonOptions): Promise<Table> {
  const bytes = await readAll(path, source, options.gzip);
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('utf8', start);
  if (text.trim() === '') throw new DataError('the file is empty', { file: source });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new DataError(`is not valid JSON (${describeJsonError(error)})`, { file: source });
  }
  const missing = new MissingValues(options.nullValues);
  if (Array.isArray(document)) return fromRecords(document, source, missing, options);
  if (document !== null && typeof document === 'object') return fromColumnArrays(document as Record<string, unknown>, source, missing, options);
  throw new DataError('a JSON table must be an array of records or an object of column arrays', { file: source });
}

function fromRecords(records: unknown[], source: string, missing: MissingValues, options: JsonOptions): Table {
  const first = new RecordColumns(source, missing, options);
  for (const record of records) first.add(record);
  const firstColumns = first.finish();
  const demoted = first.demoted();
  let second: Map<string, Column> | undefined;
  if (demoted.size > 0) {
    const text = new RecordColumns(source, missing, options, demoted);
    for (const record of records) text.add(record);
    second = text.finish();
  }
  return assembleTable(source, first, firstColumns, second, options.columns);
}

function fromColumnArrays(document: Record<string, unknown>, source: string, missing: MissingValues, options: JsonOptions): Table {
  const names = Object.keys(document);
  let rowCount: number | undefined;
  let firstName = '';
  for (const name of names) {
    const values = document[name];
    if (!Array.isArray(values)) {
      throw new DataError('is not an array (a JSON table of columns maps each column name to an array of values)', { file: source, column: name });
    }
    if (rowCount === undefined) {
      rowCount = values.length;
      firstName = name;
    } else if (values.length !== rowCount) {
      throw new DataError(`has ${values.length} values but column "${firstName}" has ${rowCount}`, { file: source, column: name });
    }
  }
  for (const name of options.columns ?? []) if (!names.includes(name)) throw missingColumnError(source, name, names);
  if ((rowCount ?? 0) === 0 && !options.allowEmpty) throw new DataError('has no data rows', { file: source });
  const wanted = options.columns ?? names;
  const columns = wanted.map((name) => {
    const values = document[name] as unknown[];
    let builder = new ColumnBuilder(name, source, missing, options.types?.[name], values.length);
    for (const v of values) builder.addValue(v);
    if (builder.demoted) {
      builder = new ColumnBuilder(name, source, missing, 'string', values.length);
      for (const v of values) builder.addValue(v);
    }
    return builder.finish();
  });
  return { source, rowCount: rowCount ?? 0, columns };
}
