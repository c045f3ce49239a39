/**
 * validate-data's reference checks (src/checks/reference.ts) with a reference PROFILE instead of the
 * reference rows. The checks themselves are the same functions; the profile supplies what each
 * reads of the reference:
 * - `reference_row_count`: the profile's rows (exact);
 * - `reference_null_fraction`: the column's missing count and the rows (exact);
 * - `reference_distinct_count` and `new_categories`: the reference's distinct values, which the
 *   profile holds exactly while its value counts are complete: they are rebuilt as a column with one
 *   row per distinct token and seen through the schema (columnView), so "valid", labels and
 *   distinct counts are exactly those of the raw reference. Beyond the cap only a sample of the
 *   values (and a HyperLogLog estimate of their number) is kept: both checks are then `skipped`
 *   with that reason, never passed on a guess.
 */
import type { Column } from '../../io/table.js';
import type { ReferenceSummary } from '../../checks/validate-table.js';
import { columnView, type ColumnView } from '../../checks/column-view.js';
import { newCategoriesCheck, referenceDistinctCountCheck, referenceNullFractionCheck, referenceRowCountCheck } from '../../checks/reference.js';
import { skippedResult, type CheckName, type CheckResult } from '../../checks/result.js';
import type { ColumnSchema, Schema } from '../../schema/types.js';
import type { ColumnProfile, Profile } from '../format.js';

/** The profile as validate-table's reference (ReferenceSummary): its rows and every column's reference checks. */
export function profileReferenceSummary(profile: Profile): ReferenceSummary {
  return { rows: profile.rows, checks: (view, column, schema) => referenceChecksFromProfile(view, profile, column, schema) };
}

/** `reference_row_count` against the profile's rows (undefined when the schema does not ask for it). */
export function referenceRowCountFromProfile(rows: number, profile: Profile, schema: Schema): CheckResult | undefined {
  const tolerances = schema.reference;
  if (tolerances.rowCount === undefined) return undefined;
  return referenceRowCountCheck(rows, profile.rows, tolerances.rowCount, tolerances.severity);
}

/**
 * The reference checks of one schema column (as validate-table.ts's referenceChecks makes them),
 * `view` being the data's column.
 */
export function referenceChecksFromProfile(view: ColumnView, profile: Profile, column: ColumnSchema, schema: Schema): CheckResult[] {
  const { nullFraction, distinctCount, newCategories, severity } = schema.reference;
  const reference = profile.columns.find((c) => c.name === column.name);
  const results: CheckResult[] = [];
  if (nullFraction !== undefined) results.push(referenceNullFractionCheck(view, reference === undefined ? undefined : countsView(reference, profile.rows), column, nullFraction, severity));
  const categorical = column.type === 'category' || column.type === 'boolean';
  const distinct = reference === undefined ? undefined : distinctView(reference, column);
  const incomplete = (check: CheckName, expected: string): CheckResult =>
    skippedResult({
      column: column.name,
      check,
      expected,
      reason: `the reference profile keeps exact counts of ${reference!.values.cap} of its ~${Math.round(reference!.distinct.estimate)} distinct values (estimate ±${(100 * reference!.distinct.relativeStandardError).toFixed(1)}%)`,
    });
  if (categorical && distinctCount !== undefined) {
    results.push(reference !== undefined && distinct === undefined
      ? incomplete('reference_distinct_count', `distinct values within ±${Math.round(distinctCount * 100)}% of the reference's`)
      : referenceDistinctCountCheck(view, distinct, column, distinctCount, severity));
  }
  if (column.type === 'category' && newCategories && column.allowed === undefined) {
    results.push(reference !== undefined && distinct === undefined ? incomplete('new_categories', 'only values seen in the reference') : newCategoriesCheck(view, distinct, column, severity));
  }
  return results;
}

/**
 * What referenceNullFractionCheck reads of a reference view — its rows and missing count — from
 * the profile (the check reads nothing else; a full view would need every row).
 */
function countsView(reference: ColumnProfile, rows: number): ColumnView {
  return { rowCount: rows, missingCount: reference.nulls } as unknown as ColumnView;
}

/** One row per distinct value of a column whose value counts are complete, seen through the schema. */
function distinctView(reference: ColumnProfile, schema: ColumnSchema): ColumnView | undefined {
  if (reference.values.threshold !== null) return undefined;
  const keys = reference.values.entries.map(([k]) => k);
  let column: Column;
  if (reference.type === 'string') {
    column = { name: reference.name, type: 'string', codes: Int32Array.from(keys, (_, i) => i), dictionary: keys.map(String), nullCount: 0 };
  } else {
    const values = keys.map(Number);
    if (reference.numeric !== null && reference.numeric.negativeInfinity > 0) values.push(-Infinity);
    if (reference.numeric !== null && reference.numeric.positiveInfinity > 0) values.push(Infinity);
    column = { name: reference.name, type: reference.type, values: Float64Array.from(values), nullCount: 0 };
  }
  return columnView(column, schema);
}
