/**
 * Uniqueness, reported as pandas' `duplicated(keep='first')`: the first occurrence of a value is
 * the original, every later occurrence is an unexpected row.
 * - `unique` on a column (`unique: true`): missing values are ignored; denominator: the non-missing
 *   values; accepts `mostly`. Observed: how many distinct values occur more than once.
 * - `unique(a, b)` for a key (`unique: [[a, b]]` at the top level): rows with a missing key value
 *   are ignored; examples are the key values as `a=…, b=…`.
 * - `duplicate_rows` (`no_duplicate_rows: true`): whole rows, missing equal to missing; the
 *   example of each duplicate names the row it repeats.
 */
import type { Column, Table } from '../io/table.js';
import { isNumeric } from '../io/table.js';
import type { ColumnSchema } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import type { CheckResult, Example } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';
import { firstOccurrences } from './row-keys.js';

export function uniqueColumnCheck(view: ColumnView, schema: ColumnSchema): CheckResult {
  const expected = 'no value repeated';
  const mostly = schema.mostly.unique;
  const nonMissing = view.rowCount - view.missingCount;
  if (nonMissing === 0) {
    return skippedResult({ column: schema.name, check: 'unique', expected, mostly, reason: 'no non-missing values' });
  }
  const first = firstOccurrences([view.column], view.rowCount, true);
  const sample = new UnexpectedSample();
  const repeatedOriginals = new Set<number>();
  for (let i = 0; i < first.length; i++) {
    if (first[i] < 0) continue;
    repeatedOriginals.add(first[i]);
    if (sample.add(i)) sample.examples.push(view.token(i));
  }
  return rowCheckResult({
    column: schema.name,
    check: 'unique',
    expected,
    severity: schema.severity,
    observed: repeatedOriginals.size,
    sample,
    denominator: nonMissing,
    mostly,
  });
}

/** `unique(a, b)`: the key columns together identify each row. Missing key columns → skipped. */
export function uniqueKeyCheck(table: Table, key: readonly string[]): CheckResult {
  const id = `unique(${key.join(', ')})`;
  const column = key.join(', ');
  const expected = `no two rows share ${key.length === 1 ? 'a value' : 'values'} of ${key.map((k) => `"${k}"`).join(', ')}`;
  const columns: Column[] = [];
  for (const name of key) {
    const c = table.columns.find((col) => col.name === name);
    if (c === undefined) return skippedResult({ id, column, check: 'unique', expected, reason: `column "${name}" is missing` });
    columns.push(c);
  }
  const first = firstOccurrences(columns, table.rowCount, true);
  const sample = new UnexpectedSample();
  let considered = 0;
  for (let i = 0; i < first.length; i++) {
    if (first[i] >= 0 || !hasMissingKey(columns, i)) considered++;
    if (first[i] < 0) continue;
    if (sample.add(i)) sample.examples.push(keyText(columns, i));
  }
  return rowCheckResult({
    id,
    column,
    check: 'unique',
    expected,
    severity: 'fail',
    observed: sample.count,
    sample,
    denominator: considered,
    mostly: null,
  });
}

/** `duplicate_rows`: no row repeats an earlier row in every column. */
export function duplicateRowsCheck(table: Table): CheckResult {
  const expected = 'no row repeated';
  const first = firstOccurrences(table.columns, table.rowCount, false);
  const sample = new UnexpectedSample();
  for (let i = 0; i < first.length; i++) {
    if (first[i] >= 0 && sample.add(i)) sample.examples.push(`same as row ${first[i] + 1}`);
  }
  return rowCheckResult({
    column: null,
    check: 'duplicate_rows',
    expected,
    severity: 'fail',
    observed: sample.count,
    sample,
    denominator: table.rowCount,
    mostly: null,
  });
}

function hasMissingKey(columns: readonly Column[], row: number): boolean {
  return columns.some((c) => (isNumeric(c) ? Number.isNaN(c.values[row]) : c.codes[row] < 0));
}

function keyText(columns: readonly Column[], row: number): Example {
  if (columns.length === 1) return cellText(columns[0], row);
  return columns.map((c) => `${c.name}=${cellText(c, row)}`).join(', ');
}

function cellText(column: Column, row: number): Example {
  if (!isNumeric(column)) return column.dictionary[column.codes[row]];
  return column.values[row];
}
