/**
 * Checks against a reference dataset (the schema's `reference` tolerances):
 * - `reference_row_count`: `|rows − refRows| ≤ tolerance × refRows`.
 * - `reference_null_fraction`: the null fraction rose by at most `tolerance` (absolute; a fall is fine).
 * - `reference_distinct_count` (category and boolean columns): `|distinct − refDistinct| ≤
 *   tolerance × refDistinct`.
 * - `new_categories` (category columns without an `allowed` set, which would already name them):
 *   values the reference never holds, with their rows.
 * A reference without rows or without the column gives `skipped` with the reason.
 */
import type { ColumnSchema, Severity } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult, statisticResult } from './result.js';
import { showList, showPercent, showValue } from './describe.js';
import { distinctValid, validLabels } from './distinct.js';

export function referenceRowCountCheck(rows: number, referenceRows: number, tolerance: number, severity: Severity): CheckResult {
  if (referenceRows === 0) {
    return skippedResult({
      column: null,
      check: 'reference_row_count',
      expected: `within ±${showPercent(tolerance)} of the reference's rows`,
      reason: 'the reference has no rows',
    });
  }
  const lo = Math.ceil(referenceRows * (1 - tolerance) - 1e-9);
  const hi = Math.floor(referenceRows * (1 + tolerance) + 1e-9);
  return statisticResult({
    column: null,
    check: 'reference_row_count',
    expected: `within ±${showPercent(tolerance)} of the reference's ${referenceRows} rows (${Math.max(lo, 0)} … ${hi})`,
    severity,
    observed: rows,
    ok: rows >= lo && rows <= hi,
  });
}

export function referenceNullFractionCheck(
  view: ColumnView,
  reference: ColumnView | undefined,
  schema: ColumnSchema,
  tolerance: number,
  severity: Severity,
): CheckResult {
  const check = 'reference_null_fraction';
  if (reference === undefined || reference.rowCount === 0 || view.rowCount === 0) {
    const expected = `missing fraction at most ${showPercent(tolerance)} above the reference's`;
    const reason = reference === undefined ? 'the column is not in the reference' : view.rowCount === 0 ? 'no rows' : 'the reference has no rows';
    return skippedResult({ column: schema.name, check, expected, reason });
  }
  const before = reference.missingCount / reference.rowCount;
  const now = view.missingCount / view.rowCount;
  return statisticResult({
    column: schema.name,
    check,
    expected: `missing fraction at most ${showPercent(Math.min(1, before + tolerance))} (reference ${showPercent(before)} + ${showPercent(tolerance)})`,
    severity,
    observed: now,
    ok: now <= before + tolerance + 1e-12,
  });
}

export function referenceDistinctCountCheck(
  view: ColumnView,
  reference: ColumnView | undefined,
  schema: ColumnSchema,
  tolerance: number,
  severity: Severity,
): CheckResult {
  const check = 'reference_distinct_count';
  const referenceDistinct = reference === undefined ? 0 : distinctValid(reference);
  if (reference === undefined || referenceDistinct === 0) {
    const expected = `distinct values within ±${showPercent(tolerance)} of the reference's`;
    const reason = reference === undefined ? 'the column is not in the reference' : 'the reference has no values in this column';
    return skippedResult({ column: schema.name, check, expected, reason });
  }
  const distinct = distinctValid(view);
  const lo = Math.ceil(referenceDistinct * (1 - tolerance) - 1e-9);
  const hi = Math.floor(referenceDistinct * (1 + tolerance) + 1e-9);
  return statisticResult({
    column: schema.name,
    check,
    expected: `within ±${showPercent(tolerance)} of the reference's ${referenceDistinct} distinct values (${Math.max(lo, 0)} … ${hi})`,
    severity,
    observed: distinct,
    ok: distinct >= lo && distinct <= hi,
  });
}

export function newCategoriesCheck(
  view: ColumnView,
  reference: ColumnView | undefined,
  schema: ColumnSchema,
  severity: Severity,
): CheckResult {
  const check = 'new_categories';
  const expected = 'only values seen in the reference';
  if (reference === undefined) {
    return skippedResult({ column: schema.name, check, expected, reason: 'the column is not in the reference' });
  }
  if (view.validCount === 0) return skippedResult({ column: schema.name, check, expected, reason: 'no valid values' });
  const label = (v: number) => showValue(v, schema.type);
  const known = validLabels(reference, label);
  const sample = new UnexpectedSample();
  const unseen = new Map<string, number>();
  const { state } = view;
  for (let i = 0; i < view.rowCount; i++) {
    if (state[i] !== VALID) continue;
    const text = view.codes !== null && view.dictionary !== null ? view.dictionary[view.codes[i]] : label(view.values![i]);
    if (known.has(text)) continue;
    unseen.set(text, (unseen.get(text) ?? 0) + 1);
    if (sample.add(i)) sample.examples.push(view.token(i));
  }
  const ranked = [...unseen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return rowCheckResult({
    column: schema.name,
    check,
    expected,
    severity,
    observed: ranked.length === 0 ? 'none' : showList(ranked.map(([v, n]) => `"${v}" (${n})`)),
    sample,
    denominator: view.validCount,
    mostly: null,
  });
}
