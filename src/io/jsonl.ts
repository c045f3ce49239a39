/**
 * JSON Lines (`.jsonl`, `.ndjson`): one JSON record per line, streamed line by line. Blank lines
 * are skipped and not counted as rows. Values as in json.ts.
 */
import { DataError } from '../errors.js';
import { describeJsonError } from './json-error.js';
import type { Column, Table } from './table.js';
import { readChunks } from './byte-source.js';
import { MissingValues } from './missing-values.js';
import { assembleTable, RecordColumns, type RecordOptions } from './record-columns.js';

export interface JsonLinesOptions extends RecordOptions {
  readonly gzip: boolean;
  readonly nullValues?: readonly string[];
}

export async function loadJsonLines(path: string, source: string, options: JsonLinesOptions): Promise<Table> {
  const missing = new MissingValues(options.nullValues);
  const first = new RecordColumns(source, missing, options);
  const bytes = await readLines(path, source, options.gzip, first);
  if (bytes === 0) throw new DataError('the file is empty', { file: source });
  const firstColumns = first.finish();
  const demoted = first.demoted();
  let second: Map<string, Column> | undefined;
  if (demoted.size > 0) {
    const text = new RecordColumns(source, missing, options, demoted);
    await readLines(path, source, options.gzip, text);
    second = text.finish();
  }
  return assembleTable(source, first, firstColumns, second, options.columns);
}

/** Feeds every non-blank line's record to `columns`; returns the number of bytes read. */
async function readLines(path: string, source: string, gzip: boolean, columns: RecordColumns): Promise<number> {
  let carry: Buffer | undefined;
  let total = 0;
  let first = true;
  const line = (buffer: Buffer, start: number, end: number): void => {
    while (start < end && isSpace(buffer[start])) start++;
    while (end > start && isSpace(buffer[end - 1])) end--;
    if (start === end) return;
    let record: unknown;
    try {
      record = JSON.parse(buffer.toString('utf8', start, end));
    } catch (error) {
      throw new DataError(`is not valid JSON (${describeJsonError(error)})`, { file: source, row: columns.rows + 1 });
    }
    columns.add(record);
  };
  for await (let chunk of readChunks(path, source, gzip)) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    total += chunk.length;
    const buffer = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
    let start = 0;
    for (let newline = buffer.indexOf(10, start); newline !== -1; newline = buffer.indexOf(10, start)) {
      line(buffer, start, newline);
      start = newline + 1;
    }
    carry = start < buffer.length ? buffer.subarray(start) : undefined;
  }
  if (carry !== undefined) line(carry, 0, carry.length);
  return total;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}
