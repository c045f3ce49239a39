/**
 * Table shape checks: every schema column is present (`present`, one result per column), no
 * columns beyond the schema's when `allow_extra_columns: false` (`extra_columns`), and the schema's
 * column order when `column_order: strict` (`column_order`).
 */
import type { Schema } from '../schema/types.js';
import type { CheckResult } from './result.js';
import { checkId, statisticResult } from './result.js';
import { showList } from './describe.js';
import { closestName } from '../util/closest-name.js';

/**
 * `present` for each schema column, in schema order. A missing optional column passes as
 * `absent (optional)`; a missing required one names the data's closest column, for typos
 * (`missing (closest: "Age")`).
 */
export function presentChecks(dataColumns: readonly string[], schema: Schema): CheckResult[] {
  const have = new Set(dataColumns);
  const named = new Set(schema.columns.map((c) => c.name));
  const unclaimed = dataColumns.filter((name) => !named.has(name));
  return schema.columns.map((column) => {
    const present = have.has(column.name);
    const closest = present ? undefined : closestName(column.name, unclaimed);
    const missing = closest === undefined ? 'missing' : `missing (closest: "${closest}")`;
    return statisticResult({
      column: column.name,
      check: 'present',
      expected: column.required ? 'present' : 'present or absent (optional)',
      severity: column.severity,
      observed: present ? 'present' : column.required ? missing : 'absent (optional)',
      ok: present || !column.required,
    });
  });
}

/** `extra_columns`: the data's columns the schema does not name (examples: their names). */
export function extraColumnsCheck(dataColumns: readonly string[], schema: Schema): CheckResult {
  const named = new Set(schema.columns.map((c) => c.name));
  const extra = dataColumns.filter((name) => !named.has(name));
  return {
    id: checkId(null, 'extra_columns'),
    column: null,
    check: 'extra_columns',
    status: extra.length === 0 ? 'pass' : 'fail',
    observed: extra.length === 0 ? 'none' : showList(extra.map((n) => `"${n}"`)),
    expected: 'no columns beyond the schema',
    unexpectedCount: extra.length,
    unexpectedFraction: dataColumns.length > 0 ? extra.length / dataColumns.length : 0,
    unexpectedRows: [],
    examples: extra.slice(0, 20),
    mostly: null,
    reason: null,
  };
}

/**
 * `column_order`: the schema's columns that are present appear in the data in the schema's order.
 * Columns the schema does not name are ignored here (that is `extra_columns`' business); the
 * examples are the columns that are not where the schema puts them.
 */
export function columnOrderCheck(dataColumns: readonly string[], schema: Schema): CheckResult {
  const named = new Set(schema.columns.map((c) => c.name));
  const actual = dataColumns.filter((name) => named.has(name));
  const present = new Set(actual);
  const expectedOrder = schema.columns.map((c) => c.name).filter((name) => present.has(name));
  const misplaced = actual.filter((name, i) => expectedOrder[i] !== name);
  return {
    id: checkId(null, 'column_order'),
    column: null,
    check: 'column_order',
    status: misplaced.length === 0 ? 'pass' : 'fail',
    observed: showList(actual),
    expected: `columns in the order ${showList(expectedOrder)}`,
    unexpectedCount: misplaced.length,
    unexpectedFraction: actual.length > 0 ? misplaced.length / actual.length : 0,
    unexpectedRows: [],
    examples: misplaced.slice(0, 20),
    mostly: null,
    reason: null,
  };
}
