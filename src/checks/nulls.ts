/**
 * Missing values. `not_null` (from `nullable: false`): every row has a value; denominator all rows;
 * accepts `mostly`. `null_fraction` (from `max_null_fraction`): the fraction of missing rows is at
 * most the bound. Both list the missing rows. A value is missing when its field is empty after
 * trimming or is one of the schema's `null_values`.
 */
import type { ColumnSchema } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { MISSING } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';
import { showPercent } from './describe.js';

function missingRows(view: ColumnView): UnexpectedSample {
  const sample = new UnexpectedSample();
  const { state } = view;
  for (let i = 0; i < state.length; i++) {
    if (state[i] === MISSING && sample.add(i)) sample.examples.push('');
  }
  return sample;
}

export function notNullCheck(view: ColumnView, schema: ColumnSchema): CheckResult {
  const expected = 'no missing values';
  const mostly = schema.mostly.not_null;
  if (view.rowCount === 0) return skippedResult({ column: schema.name, check: 'not_null', expected, mostly, reason: 'no rows' });
  return rowCheckResult({
    column: schema.name,
    check: 'not_null',
    expected,
    severity: schema.severity,
    observed: view.missingCount,
    sample: missingRows(view),
    denominator: view.rowCount,
    mostly,
  });
}

export function nullFractionCheck(view: ColumnView, schema: ColumnSchema, maxNullFraction: number): CheckResult {
  const expected = `at most ${showPercent(maxNullFraction)} missing`;
  if (view.rowCount === 0) return skippedResult({ column: schema.name, check: 'null_fraction', expected, reason: 'no rows' });
  const sample = missingRows(view);
  const fraction = sample.count / view.rowCount;
  const result = rowCheckResult({
    column: schema.name,
    check: 'null_fraction',
    expected,
    severity: schema.severity,
    observed: fraction,
    sample,
    denominator: view.rowCount,
    mostly: 1 - maxNullFraction,
  });
  // The bound is the tolerance itself, not a `mostly` the user set.
  return { ...result, mostly: null };
}
