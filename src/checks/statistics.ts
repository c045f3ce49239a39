/**
 * Column statistics within bounds (`mean`, `median`, `std` with `min` / `max` / `exclusive_*`),
 * over the valid values:
 * - mean: arithmetic mean (`pandas.Series.mean`); for booleans, the fraction of `true`.
 * - median: the middle value, the mean of the two middle values for an even count (`numpy.median`).
 * - std: sample standard deviation, divisor n − 1 (`pandas.Series.std`, ddof = 1); needs 2 values.
 * A column without (enough) valid values is `skipped` with the reason.
 */
import type { ColumnSchema, Range } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { skippedResult, statisticResult } from './result.js';
import { describeRange, inRange } from './describe.js';
import { medianInPlace } from './number-set.js';

export type StatisticName = 'mean' | 'median' | 'std';

export function statisticCheck(view: ColumnView, schema: ColumnSchema, statistic: StatisticName, range: Range): CheckResult {
  const expected = `${statistic} ${describeRange(range, 'number')}`;
  const needed = statistic === 'std' ? 2 : 1;
  if (view.values === null || view.validCount < needed) {
    const reason = needed === 2 ? 'fewer than 2 valid values' : 'no valid values';
    return skippedResult({ column: schema.name, check: statistic, expected, reason });
  }
  const value = statistic === 'median' ? medianInPlace(view.validValues()) : statistic === 'mean' ? meanOf(view) : stdOf(view);
  return statisticResult({
    column: schema.name,
    check: statistic,
    expected,
    severity: schema.severity,
    observed: value,
    ok: inRange(value, range),
  });
}

const means = new WeakMap<ColumnView, number>();

/** Mean of the valid values (two-pass: a first mean, then a correction, for accuracy); cached per view. */
export function meanOf(view: ColumnView): number {
  const { values, state } = view;
  if (values === null || view.validCount === 0) return NaN;
  const cached = means.get(view);
  if (cached !== undefined) return cached;
  let sum = 0;
  for (let i = 0; i < values.length; i++) if (state[i] === VALID) sum += values[i];
  const first = sum / view.validCount;
  let correction = 0;
  for (let i = 0; i < values.length; i++) if (state[i] === VALID) correction += values[i] - first;
  const mean = first + correction / view.validCount;
  means.set(view, mean);
  return mean;
}

/** Sample standard deviation (ddof = 1) of the valid values, two-pass. */
export function stdOf(view: ColumnView): number {
  const { values, state } = view;
  if (values === null || view.validCount < 2) return NaN;
  const mean = meanOf(view);
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    if (state[i] !== VALID) continue;
    const d = values[i] - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / (view.validCount - 1));
}
