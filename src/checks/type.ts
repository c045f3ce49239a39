/**
 * `type`: every non-missing value is a value of the declared type. Tokens that are not (`N/A` or
 * `1,234` in a number column, `3.5` in an integer column, `2023-02-30` in a datetime column) are
 * the unexpected values, with their rows. Denominator: the non-missing values. Category and
 * string columns accept any token.
 */
import type { ColumnSchema } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { INVALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';

export function describeType(schema: Pick<ColumnSchema, 'type' | 'format'>): string {
  switch (schema.type) {
    case 'integer':
      return 'integers';
    case 'number':
      return 'numbers';
    case 'boolean':
      return 'booleans (true/false or 1/0)';
    case 'datetime':
      return schema.format === undefined || schema.format.toLowerCase() === 'iso'
        ? 'datetimes (ISO 8601)'
        : `datetimes as "${schema.format}"`;
    case 'category':
      return 'categories (any text)';
    case 'string':
      return 'text';
  }
}

export function typeCheck(view: ColumnView, schema: ColumnSchema): CheckResult {
  const expected = describeType(schema);
  const mostly = schema.mostly.type;
  const nonMissing = view.rowCount - view.missingCount;
  if (nonMissing === 0) {
    return skippedResult({ column: schema.name, check: 'type', expected, mostly, reason: 'no non-missing values' });
  }
  const sample = new UnexpectedSample();
  if (view.invalidCount > 0) {
    const { state } = view;
    for (let i = 0; i < state.length; i++) {
      if (state[i] === INVALID && sample.add(i)) sample.examples.push(view.token(i));
    }
  }
  return rowCheckResult({
    column: schema.name,
    check: 'type',
    expected,
    severity: schema.severity,
    observed: view.column.type,
    sample,
    denominator: nonMissing,
    mostly,
  });
}
