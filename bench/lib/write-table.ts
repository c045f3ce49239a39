/**
 * Writes a Table in each supported format: for round-trip and property tests, and to generate
 * benchmark data. Numbers are written in JavaScript's shortest round-trip form, datetimes as ISO
 * 8601 UTC text (CSV, JSON) or TIMESTAMP_MILLIS (Parquet), missing values as empty fields, null,
 * or Parquet nulls. Text is quoted in CSV when it holds the delimiter, a quote or a line end.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import { writeFile } from 'node:fs/promises';
import type { Column, Table } from '../../src/io/table.js';

/** The text of one cell for CSV/TSV ('' when missing). */
export function cellText(column: Column, row: number): string {
  if (column.type === 'string') {
    const code = column.codes[row];
    return code < 0 ? '' : column.dictionary[code];
  }
  const v = column.values[row];
  if (Number.isNaN(v)) return '';
  if (column.type === 'boolean') return v === 1 ? 'true' : 'false';
  if (column.type === 'datetime') return new Date(v).toISOString();
  return String(v);
}

function quoteCsv(text: string, delimiter: string): string {
  if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** Opens `path` for writing, gzip-compressed when it ends in `.gz`. */
function openOutput(path: string): { out: Writable; done: Promise<unknown> } {
  const file = createWriteStream(path);
  const done = once(file, 'close');
  if (!path.endsWith('.gz')) return { out: file, done };
  const gzip = createGzip({ level: 6 });
  gzip.pipe(file);
  return { out: gzip, done };
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const { out, done } = openOutput(path);
  let batch = '';
  for (const line of lines) {
    batch += line;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await done;
}

export async function writeDelimited(table: Table, path: string, delimiter = ','): Promise<void> {
  function* lines(): Generator<string> {
    yield table.columns.map((c) => quoteCsv(c.name, delimiter)).join(delimiter) + '\n';
    // In a one-column file an empty line could be taken for a blank line: quote it.
    const emptyField = table.columns.length === 1 ? '""' : '';
    for (let i = 0; i < table.rowCount; i++) {
      let line = '';
      for (let j = 0; j < table.columns.length; j++) {
        if (j > 0) line += delimiter;
        const text = cellText(table.columns[j], i);
        line += text === '' ? emptyField : quoteCsv(text, delimiter);
      }
      yield line + '\n';
    }
  }
  await writeLines(path, lines());
}

function jsonValue(column: Column, row: number): unknown {
  if (column.type === 'string') {
    const code = column.codes[row];
    return code < 0 ? null : column.dictionary[code];
  }
  const v = column.values[row];
  if (Number.isNaN(v)) return null;
  if (column.type === 'boolean') return v === 1;
  if (column.type === 'datetime') return new Date(v).toISOString();
  return v;
}

export async function writeJsonLines(table: Table, path: string): Promise<void> {
  function* lines(): Generator<string> {
    for (let i = 0; i < table.rowCount; i++) {
      const record: Record<string, unknown> = {};
      for (const c of table.columns) record[c.name] = jsonValue(c, i);
      yield JSON.stringify(record) + '\n';
    }
  }
  await writeLines(path, lines());
}

/** A JSON array of records, or with `shape: 'columns'` an object of column arrays. */
export async function writeJson(table: Table, path: string, shape: 'records' | 'columns' = 'records'): Promise<void> {
  let document: unknown;
  if (shape === 'columns') {
    const columns: Record<string, unknown[]> = {};
    for (const c of table.columns) columns[c.name] = Array.from({ length: table.rowCount }, (_, i) => jsonValue(c, i));
    document = columns;
  } else {
    document = Array.from({ length: table.rowCount }, (_, i) => Object.fromEntries(table.columns.map((c) => [c.name, jsonValue(c, i)])));
  }
  await writeLines(path, [JSON.stringify(document)]);
}

/** Parquet: number → DOUBLE, integer → INT32 or INT64, boolean, datetime → TIMESTAMP, string → STRING. */
export function parquetColumns(table: Table, nullable = true): ColumnSource[] {
  return table.columns.map((c): ColumnSource => {
    if (c.type === 'string') {
      return { name: c.name, type: 'STRING', nullable, data: Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k])) };
    }
    const hasNull = c.nullCount > 0;
    if (c.type === 'number') {
      return { name: c.name, type: 'DOUBLE', nullable, data: hasNull ? Array.from(c.values, (v) => (Number.isNaN(v) ? null : v)) : c.values };
    }
    if (c.type === 'integer') {
      const int32 = c.values.every((v) => Number.isNaN(v) || (v >= -2147483648 && v <= 2147483647));
      if (int32) return { name: c.name, type: 'INT32', nullable, data: hasNull ? Array.from(c.values, (v) => (Number.isNaN(v) ? null : v)) : Int32Array.from(c.values) };
      return { name: c.name, type: 'INT64', nullable, data: Array.from(c.values, (v) => (Number.isNaN(v) ? null : BigInt(v))) };
    }
    if (c.type === 'boolean') return { name: c.name, type: 'BOOLEAN', nullable, data: Array.from(c.values, (v) => (Number.isNaN(v) ? null : v === 1)) };
    return { name: c.name, type: 'TIMESTAMP', nullable, data: Array.from(c.values, (v) => (Number.isNaN(v) ? null : new Date(v))) };
  });
}

export async function writeParquet(table: Table, path: string, options: { rowGroupSize?: number; nullable?: boolean } = {}): Promise<void> {
  const bytes = parquetWriteBuffer({ columnData: parquetColumns(table, options.nullable ?? true), rowGroupSize: options.rowGroupSize });
  const { gzipSync } = await import('node:zlib');
  await writeFile(path, path.endsWith('.gz') ? gzipSync(new Uint8Array(bytes)) : new Uint8Array(bytes));
}
