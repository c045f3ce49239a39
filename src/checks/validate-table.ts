/**
 * validate-data's compute step: a loaded table checked against a schema (and optionally a
 * reference table), returning results as data. Pure: no files, no GitHub, no logging.
 *
 * Order of the checks: table checks (row count, extra columns, column order, reference row
 * count, duplicate rows, unique keys), then per schema column in schema order: present, type,
 * not_null, null_fraction, range, allowed, pattern, length, unique, monotonic, mean, median, std,
 * then its reference checks. A column the data lacks still lists its checks, `skipped` with
 * the reason, so nothing configured disappears from the report.
 */
import type { Column, ColumnType, Table } from '../io/table.js';
import { columnNames } from '../io/table.js';
import type { ColumnSchema, Schema, SchemaColumnType } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { columnView } from './column-view.js';
import type { CheckResult } from './result.js';
import type { ColumnProfile } from './profile.js';
import { profileColumn } from './profile.js';
import { columnOrderCheck, extraColumnsCheck, presentChecks } from './presence.js';
import { rowCountCheck } from './row-count.js';
import { typeCheck } from './type.js';
import { notNullCheck, nullFractionCheck } from './nulls.js';
import { rangeCheck } from './range.js';
import { allowedCheck } from './allowed.js';
import { patternCheck } from './pattern.js';
import { lengthCheck } from './length.js';
import { duplicateRowsCheck, uniqueColumnCheck, uniqueKeyCheck } from './unique.js';
import { monotonicCheck } from './monotonic.js';
import { statisticCheck } from './statistics.js';
import {
  newCategoriesCheck,
  referenceDistinctCountCheck,
  referenceNullFractionCheck,
  referenceRowCountCheck,
} from './reference.js';

export interface ValidationColumn {
  name: string;
  type: SchemaColumnType | ColumnType;
  nulls: number;
  distinct: number;
}

/** The validate-data result fields (DESIGN.md contract) plus the per-column profile for the report. */
export interface ValidationResult {
  rows: number;
  columns: ValidationColumn[];
  checks: CheckResult[];
  profile: ColumnProfile[];
}

/**
 * A reference that is not rows — a profile (src/profile/compare/reference-checks.ts makes one):
 * its row count, and the reference checks of a schema column on the data's view.
 */
export interface ReferenceSummary {
  readonly rows: number;
  checks(view: ColumnView, column: ColumnSchema, schema: Schema): CheckResult[];
}

export interface ValidateOptions {
  /** A reference dataset (loaded like the data) or its summary: enables the `reference` tolerance checks. */
  reference?: Table | ReferenceSummary;
}

function isSummary(reference: Table | ReferenceSummary): reference is ReferenceSummary {
  return typeof (reference as ReferenceSummary).checks === 'function';
}

export function validateTable(table: Table, schema: Schema, options: ValidateOptions = {}): ValidationResult {
  const { reference } = options;
  const names = columnNames(table);
  const checks: CheckResult[] = [rowCountCheck(table.rowCount, schema.rows)];
  if (!schema.allowExtraColumns) checks.push(extraColumnsCheck(names, schema));
  if (schema.columnOrder === 'strict') checks.push(columnOrderCheck(names, schema));
  const tolerances = schema.reference;
  if (reference !== undefined && tolerances.rowCount !== undefined) {
    checks.push(referenceRowCountCheck(table.rowCount, isSummary(reference) ? reference.rows : reference.rowCount, tolerances.rowCount, tolerances.severity));
  }
  if (schema.noDuplicateRows) checks.push(duplicateRowsCheck(table));
  for (const key of schema.unique) checks.push(uniqueKeyCheck(table, key));

  const present = presentChecks(names, schema);
  const views = new Map<string, ColumnView>();
  schema.columns.forEach((columnSchema, index) => {
    checks.push(present[index]);
    const column = findColumn(table, columnSchema.name);
    const view = columnView(column ?? emptyColumn(columnSchema.name), columnSchema);
    let results = columnChecks(view, columnSchema);
    if (reference !== undefined && isSummary(reference)) {
      results = results.concat(reference.checks(view, columnSchema, schema));
    } else if (reference !== undefined) {
      const referenceColumn = findColumn(reference, columnSchema.name);
      const referenceView = referenceColumn === undefined ? undefined : columnView(referenceColumn, columnSchema);
      results = results.concat(referenceChecks(view, referenceView, columnSchema, schema));
    }
    if (column === undefined) {
      const reason = columnSchema.required ? `column "${columnSchema.name}" is missing` : 'optional column absent';
      results = results.map((r) => ({ ...r, status: 'skipped', observed: null, reason }));
    } else {
      views.set(columnSchema.name, view);
    }
    checks.push(...results);
  });

  const profile = table.columns.map((column) => {
    const declared = schema.columns.find((c) => c.name === column.name);
    const view = views.get(column.name) ?? columnView(column, { type: loadedAsSchemaType(column) });
    return profileColumn(view, declared !== undefined);
  });

  return {
    rows: table.rowCount,
    columns: profile.map(({ name, type, nulls, distinct }) => ({ name, type, nulls, distinct })),
    checks,
    profile,
  };
}

/** The checks a schema column asks for, on its view (a missing column gets an empty view). */
export function columnChecks(view: ColumnView, schema: ColumnSchema): CheckResult[] {
  const results: CheckResult[] = [typeCheck(view, schema)];
  if (!schema.nullable) results.push(notNullCheck(view, schema));
  if (schema.maxNullFraction !== undefined) results.push(nullFractionCheck(view, schema, schema.maxNullFraction));
  if (schema.range !== undefined) results.push(rangeCheck(view, schema, schema.range));
  if (schema.allowed !== undefined) results.push(allowedCheck(view, schema, schema.allowed));
  if (schema.pattern !== undefined) results.push(patternCheck(view, schema, schema.pattern));
  if (schema.minLength !== undefined || schema.maxLength !== undefined) results.push(lengthCheck(view, schema));
  if (schema.unique) results.push(uniqueColumnCheck(view, schema));
  if (schema.monotonic !== undefined) results.push(monotonicCheck(view, schema, schema.monotonic));
  if (schema.mean !== undefined) results.push(statisticCheck(view, schema, 'mean', schema.mean));
  if (schema.median !== undefined) results.push(statisticCheck(view, schema, 'median', schema.median));
  if (schema.std !== undefined) results.push(statisticCheck(view, schema, 'std', schema.std));
  return results;
}

function referenceChecks(
  view: ColumnView,
  referenceView: ColumnView | undefined,
  column: ColumnSchema,
  schema: Schema,
): CheckResult[] {
  const { nullFraction, distinctCount, newCategories, severity } = schema.reference;
  const results: CheckResult[] = [];
  if (nullFraction !== undefined) results.push(referenceNullFractionCheck(view, referenceView, column, nullFraction, severity));
  const categorical = column.type === 'category' || column.type === 'boolean';
  if (categorical && distinctCount !== undefined) {
    results.push(referenceDistinctCountCheck(view, referenceView, column, distinctCount, severity));
  }
  // With an `allowed` set, values outside it are already named by the `allowed` check.
  if (column.type === 'category' && newCategories && column.allowed === undefined) {
    results.push(newCategoriesCheck(view, referenceView, column, severity));
  }
  return results;
}

function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

function emptyColumn(name: string): Column {
  return { name, type: 'string', codes: new Int32Array(0), dictionary: [], nullCount: 0 };
}

/** A column the schema does not name is profiled as what the loader found. */
function loadedAsSchemaType(column: Column): SchemaColumnType {
  return column.type;
}
