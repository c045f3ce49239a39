/**
 * In-memory Tables for the drift tests (independent of the file loaders): columns from arrays,
 * a tiny CSV reader for the committed datasets (no quoting; empty cell = missing; a column is
 * numeric when every non-empty cell is a number), and row subsets for random splits.
 */
import { readFileSync } from 'node:fs';
import type { Column, NumericColumn, StringColumn, Table } from '../../src/io/table.js';

export function numericColumn(name: string, values: ArrayLike<number>, type: NumericColumn['type'] = 'number'): NumericColumn {
  const array = Float64Array.from(values);
  let nullCount = 0;
  for (const v of array) if (Number.isNaN(v)) nullCount++;
  return { name, type, values: array, nullCount };
}

export function stringColumn(name: string, values: readonly (string | null)[]): StringColumn {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null) {
      codes[i] = -1;
      nullCount++;
      return;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.length;
      index.set(v, code);
      dictionary.push(v);
    }
    codes[i] = code;
  });
  return { name, type: 'string', codes, dictionary, nullCount };
}

export function table(source: string, columns: Column[]): Table {
  const rowCount = columns.length > 0 ? (columns[0].type === 'string' ? columns[0].codes.length : columns[0].values.length) : 0;
  return { source, rowCount, columns };
}

/** A Table from named arrays: numbers → numeric column, strings/null → text column. */
export function tableOf(source: string, data: Record<string, ArrayLike<number> | readonly (string | null)[]>): Table {
  return table(
    source,
    Object.entries(data).map(([name, values]) =>
      typeof (values as ArrayLike<unknown>)[0] === 'string' || (Array.isArray(values) && values.some((v) => v === null || typeof v === 'string'))
        ? stringColumn(name, values as (string | null)[])
        : numericColumn(name, values as ArrayLike<number>),
    ),
  );
}

export function readCsvTable(path: URL, source = path.pathname): Table {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  const header = lines[0].split(',');
  const cells = lines.slice(1).map((line) => line.split(','));
  const columns = header.map((name, j) => {
    const raw = cells.map((row) => row[j] ?? '');
    const numeric = raw.every((v) => v === '' || !Number.isNaN(Number(v)));
    return numeric ? numericColumn(name, raw.map((v) => (v === '' ? NaN : Number(v)))) : stringColumn(name, raw.map((v) => (v === '' ? null : v)));
  });
  return table(source, columns);
}

/** The rows `rows` of a table (same dictionaries). */
export function subset(source: string, from: Table, rows: ArrayLike<number>): Table {
  const columns = from.columns.map((column): Column => {
    if (column.type === 'string') {
      const codes = new Int32Array(rows.length);
      let nullCount = 0;
      for (let i = 0; i < rows.length; i++) {
        codes[i] = column.codes[rows[i]];
        if (codes[i] < 0) nullCount++;
      }
      return { ...column, codes, nullCount };
    }
    const values = new Float64Array(rows.length);
    let nullCount = 0;
    for (let i = 0; i < rows.length; i++) {
      values[i] = column.values[rows[i]];
      if (Number.isNaN(values[i])) nullCount++;
    }
    return { ...column, values, nullCount };
  });
  return { source, rowCount: rows.length, columns };
}
