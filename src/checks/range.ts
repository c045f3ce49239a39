/**
 * `range`: every value lies within `min` / `max` (inclusive) or `exclusive_min` / `exclusive_max`.
 * Looks at valid values only (missing ones are `not_null`'s business, unparseable ones `type`'s);
 * denominator: the valid values. Observed: the smallest and largest valid value.
 */
import type { ColumnSchema, Range } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';
import { describeRange, inRange, showValue } from './describe.js';

export function rangeCheck(view: ColumnView, schema: ColumnSchema, range: Range): CheckResult {
  const expected = describeRange(range, schema.type);
  const mostly = schema.mostly.range;
  const values = view.values;
  if (values === null || view.validCount === 0) {
    return skippedResult({ column: schema.name, check: 'range', expected, mostly, reason: 'no valid values' });
  }
  const sample = new UnexpectedSample();
  const { state } = view;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (state[i] !== VALID) continue;
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (!inRange(v, range) && sample.add(i)) sample.examples.push(view.token(i));
  }
  return rowCheckResult({
    column: schema.name,
    check: 'range',
    expected,
    severity: schema.severity,
    observed: `${showValue(lo, schema.type)} … ${showValue(hi, schema.type)}`,
    sample,
    denominator: view.validCount,
    mostly,
  });
}
