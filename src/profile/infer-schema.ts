/**
 * validate-data's schema inference (src/checks/infer-schema.ts) from a reference PROFILE: the same
 * rules, fed the facts the profile holds exactly — missing and non-missing counts, min and max,
 * and the distinct values while the value counts are complete (or the quantile sketch still holds
 * every value). A column with more distinct values than the profile counts gets no rule that
 * needs the exact number (category with `allowed`, id-like `unique`), and its note says so.
 */
import { inferSchemaFrom, type ColumnFacts, type InferOptions } from '../checks/infer-schema.js';
import type { Schema } from '../schema/types.js';
import type { ColumnProfile, Profile } from './format.js';
import { distinctHeld } from './summary.js';

export function inferSchemaFromProfile(profile: Profile, source: string, options: InferOptions = {}): Schema {
  return inferSchemaFrom(`inferred from the profile ${source}`, profile.columns.map((c) => factsOf(c, profile.rows)), options);
}

/** The header of the inferred schema's YAML (as inferredSchemaHeader for a table). */
export function profileSchemaHeader(profile: Profile, source: string): string[] {
  return [
    `mlgate validate-data schema, inferred from the profile ${source} (${profile.rows} rows).`,
    'Review it before committing: bounds are the observed range rounded outward, categories are',
    'the values seen. Every column is required; columns not listed here are not allowed.',
  ];
}

function factsOf(column: ColumnProfile, rows: number): ColumnFacts {
  const numeric = column.numeric;
  const infinities = numeric === null ? 0 : (numeric.negativeInfinity > 0 ? 1 : 0) + (numeric.positiveInfinity > 0 ? 1 : 0);
  return {
    name: column.name,
    type: column.type,
    rowCount: rows,
    missingCount: column.nulls,
    validCount: column.count,
    distinct: distinctOf(column, infinities),
    extent() {
      if (numeric === null || numeric.min === null || numeric.max === null) return { min: NaN, max: NaN };
      return { min: numeric.negativeInfinity > 0 ? -Infinity : numeric.min, max: numeric.positiveInfinity > 0 ? Infinity : numeric.max };
    },
    categoryValues() {
      return column.values.entries.map(([key]) => String(key)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    },
  };
}

/** Exact distinct values, when the profile knows them: its complete value counts, or a sketch that never compacted. */
function distinctOf(column: ColumnProfile, infinities: number): number | undefined {
  if (column.values.threshold === null) return column.values.entries.length + infinities;
  return distinctHeld(column);
}
