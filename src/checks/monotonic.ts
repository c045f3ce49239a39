/**
 * `monotonic`: each valid value compared with the previous valid value (missing and unparseable
 * rows are skipped, as pandas' `is_monotonic_increasing` on the dropna'd series): `increasing`
 * allows equal neighbours, `strictly_increasing` does not (and likewise decreasing). The
 * unexpected rows are those that step the wrong way. Denominator: the valid values after the first.
 */
import type { ColumnSchema, Monotonic } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';

export function monotonicCheck(view: ColumnView, schema: ColumnSchema, direction: Monotonic): CheckResult {
  const expected = direction.replace('_', ' ');
  const mostly = schema.mostly.monotonic;
  const values = view.values;
  if (values === null || view.validCount < 2) {
    return skippedResult({ column: schema.name, check: 'monotonic', expected, mostly, reason: 'fewer than 2 valid values' });
  }
  const sign = direction.endsWith('increasing') ? 1 : -1;
  const strict = direction.startsWith('strictly');
  const sample = new UnexpectedSample();
  const { state } = view;
  let previous = NaN;
  for (let i = 0; i < values.length; i++) {
    if (state[i] !== VALID) continue;
    const v = values[i];
    if (!Number.isNaN(previous)) {
      const step = sign * (v - previous);
      const bad = strict ? !(step > 0) : step < 0;
      if (bad && sample.add(i)) sample.examples.push(view.token(i));
    }
    previous = v;
  }
  return rowCheckResult({
    column: schema.name,
    check: 'monotonic',
    expected,
    severity: schema.severity,
    observed: sample.count,
    sample,
    denominator: view.validCount - 1,
    mostly,
  });
}
