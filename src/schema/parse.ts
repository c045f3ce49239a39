/**
 * Schema file (YAML or JSON) → a validated {@link Schema}. The file is parsed to `unknown` and
 * narrowed key by key; every mistake is a one-line ConfigurationError naming the file, the column
 * and the key, with the allowed keys or values (and the closest one, for typos).
 *
 * Bounds: `min` / `max` are inclusive; `exclusive_min` / `exclusive_max` are the exclusive
 * variants (JSON Schema's `exclusiveMinimum` style: the key carries the bound, so `exclusive_min: 0`
 * means "greater than 0"). A side takes one of the two keys, never both. The same four keys
 * bound `mean`, `median` and `std`.
 */
import { readFile } from 'node:fs/promises';
import { checkDepth, parseYamlData } from '../config/yaml.js';
import { ConfigurationError } from '../errors.js';
import { closestName } from '../util/closest-name.js';
import { compileLinearPattern } from './linear-pattern.js';
import { datetimeFormatProblem, datetimeParser, parseIsoDatetime } from './datetime-format.js';
import {
  DEFAULT_MIN_ROWS,
  DEFAULT_REFERENCE_TOLERANCES,
  MONOTONIC_VALUES,
  ROW_CHECK_NAMES,
  SCHEMA_COLUMN_TYPES,
} from './types.js';
import type {
  Bound,
  ColumnSchema,
  Monotonic,
  Range,
  ReferenceTolerances,
  RowCheckName,
  Schema,
  SchemaColumnType,
  Severity,
} from './types.js';

export const TABLE_KEYS = [
  'columns',
  'rows',
  'allow_extra_columns',
  'column_order',
  'unique',
  'no_duplicate_rows',
  'null_values',
  'reference',
  'description',
] as const;

export const COLUMN_KEYS = [
  'type',
  'format',
  'required',
  'nullable',
  'max_null_fraction',
  'min',
  'max',
  'exclusive_min',
  'exclusive_max',
  'allowed',
  'pattern',
  'min_length',
  'max_length',
  'unique',
  'monotonic',
  'mean',
  'median',
  'std',
  'mostly',
  'severity',
  'description',
] as const;

const BOUND_KEYS = ['min', 'max', 'exclusive_min', 'exclusive_max'] as const;
const ROWS_KEYS = ['min', 'max'] as const;
const REFERENCE_KEYS = ['row_count', 'null_fraction', 'distinct_count', 'new_categories', 'severity'] as const;
const SEVERITIES: readonly Severity[] = ['fail', 'warn'];
const COLUMN_ORDERS = ['strict', 'ignore'] as const;

/** Which column types accept a key (keys not listed accept every type). */
const KEY_TYPES: Partial<Record<(typeof COLUMN_KEYS)[number], readonly SchemaColumnType[]>> = {
  format: ['datetime'],
  min: ['integer', 'number', 'datetime'],
  max: ['integer', 'number', 'datetime'],
  exclusive_min: ['integer', 'number', 'datetime'],
  exclusive_max: ['integer', 'number', 'datetime'],
  allowed: ['integer', 'number', 'category', 'string'],
  pattern: ['category', 'string'],
  min_length: ['category', 'string'],
  max_length: ['category', 'string'],
  monotonic: ['integer', 'number', 'datetime'],
  mean: ['integer', 'number', 'boolean'],
  median: ['integer', 'number'],
  std: ['integer', 'number'],
};

/** Reads and parses a schema file; `.json` is parsed as JSON, anything else as YAML. */
export async function readSchemaFile(path: string): Promise<Schema> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
    throw new ConfigurationError(`schema file "${path}" ${why}`);
  }
  return parseSchema(text, path);
}

/** Parses schema text. `source` names the file in messages and decides JSON (`.json`) or YAML. */
export function parseSchema(text: string, source: string): Schema {
  const raw = source.toLowerCase().endsWith('.json') ? parseJson(text, source) : parseYaml(text, source);
  return schemaFromValue(raw, source);
}

/** Validates an already-parsed value (a `--config` section, a test) as a schema. */
export function schemaFromValue(raw: unknown, source: string): Schema {
  const fail = (message: string): never => {
    throw new ConfigurationError(`${source}: ${message}`);
  };
  if (raw === null || raw === undefined) fail('the schema is empty; expected a mapping with a "columns" key');
  const top = asMapping(raw, 'the schema', fail);
  checkKeys(top, TABLE_KEYS, 'top-level key', undefined, fail);

  // `columns:` with nothing after it (null) names no columns, like `columns: {}`.
  const columnsValue = top.columns ?? {};
  const columnsMap = asMapping(columnsValue, '"columns"', fail, 'a mapping of column name to checks');
  const columns = Object.entries(columnsMap).map(([name, value]) => parseColumn(name, value, fail));

  const rowsMap = top.rows === undefined ? {} : asMapping(top.rows, '"rows"', fail);
  checkKeys(rowsMap, ROWS_KEYS, 'key', '"rows"', fail);
  const rowsMin = rowsMap.min === undefined ? DEFAULT_MIN_ROWS : count(rowsMap.min, '"rows.min"', fail);
  const rowsMax = rowsMap.max === undefined ? undefined : count(rowsMap.max, '"rows.max"', fail);
  if (rowsMax !== undefined && rowsMin > rowsMax) fail(`"rows.min" (${rowsMin}) is greater than "rows.max" (${rowsMax})`);

  const unique = top.unique === undefined ? [] : parseKeySets(top.unique, fail);
  const nullValues =
    top.null_values === undefined ? [] : stringList(top.null_values, '"null_values"', fail, { allowEmpty: true });

  return {
    source,
    columns,
    rows: rowsMax === undefined ? { min: rowsMin } : { min: rowsMin, max: rowsMax },
    allowExtraColumns: top.allow_extra_columns === undefined ? true : bool(top.allow_extra_columns, '"allow_extra_columns"', fail),
    columnOrder: top.column_order === undefined ? 'ignore' : oneOf(top.column_order, COLUMN_ORDERS, '"column_order"', fail),
    unique,
    noDuplicateRows: top.no_duplicate_rows === undefined ? false : bool(top.no_duplicate_rows, '"no_duplicate_rows"', fail),
    nullValues,
    reference: top.reference === undefined ? DEFAULT_REFERENCE_TOLERANCES : parseReference(top.reference, fail),
  };
}

type Fail = (message: string) => never;

function parseColumn(name: string, value: unknown, fail: Fail): ColumnSchema {
  const where = `column "${name}"`;
  const failHere: Fail = (message) => fail(`${where}: ${message}`);
  if (value === null) failHere(`expected a mapping of checks with at least "type"; the types are ${SCHEMA_COLUMN_TYPES.join(', ')}`);
  const spec = asMapping(value, 'the column', failHere);
  checkKeys(spec, COLUMN_KEYS, 'key', undefined, failHere);
  if (spec.type === undefined) failHere(`"type" is required; the types are ${SCHEMA_COLUMN_TYPES.join(', ')}`);
  const type = oneOf(spec.type, SCHEMA_COLUMN_TYPES, '"type"', failHere);
  for (const key of Object.keys(spec) as (typeof COLUMN_KEYS)[number][]) {
    const types = KEY_TYPES[key];
    if (types !== undefined && !types.includes(type)) {
      failHere(`"${key}" does not apply to type ${type}; it applies to ${types.join(', ')}`);
    }
  }

  const format = spec.format === undefined ? undefined : text(spec.format, '"format"', failHere);
  if (format !== undefined) {
    const problem = datetimeFormatProblem(format);
    if (problem !== undefined) failHere(`"format": ${problem}`);
  }
  const parseDate = type === 'datetime' ? datetimeParser(format) : undefined;
  const boundValue = (v: unknown, key: string): number => {
    if (type !== 'datetime') return finite(v, `"${key}"`, failHere);
    if (typeof v !== 'string') failHere(`"${key}" must be a date written as text (ISO 8601${format ? ` or "${format}"` : ''}), got ${show(v)}`);
    const ms = parseDate!(v as string);
    const parsed = Number.isNaN(ms) ? parseIsoDatetime(v as string) : ms;
    if (Number.isNaN(parsed)) failHere(`"${key}" is not a date: ${show(v)}`);
    return parsed;
  };
  const range = parseRange(spec, boundValue, '', failHere);

  const mostly = parseMostly(spec.mostly, failHere);
  const minLength = spec.min_length === undefined ? undefined : count(spec.min_length, '"min_length"', failHere);
  const maxLength = spec.max_length === undefined ? undefined : count(spec.max_length, '"max_length"', failHere);
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    failHere(`"min_length" (${minLength}) is greater than "max_length" (${maxLength})`);
  }
  const pattern = spec.pattern === undefined ? undefined : parsePattern(spec.pattern, failHere);
  const statRange = (key: 'mean' | 'median' | 'std'): Range | undefined => {
    if (spec[key] === undefined) return undefined;
    const map = asMapping(spec[key], `"${key}"`, failHere, 'a mapping such as { min: 0, max: 1 }');
    checkKeys(map, BOUND_KEYS, 'key', `"${key}"`, failHere);
    const r = parseRange(map, (v, k) => finite(v, `"${key}.${k}"`, failHere), `${key}.`, failHere);
    if (r === undefined) failHere(`"${key}" needs at least one of ${BOUND_KEYS.join(', ')}`);
    return r;
  };

  const column: ColumnSchema = {
    name,
    type,
    ...(format === undefined ? {} : { format }),
    required: spec.required === undefined ? true : bool(spec.required, '"required"', failHere),
    nullable: spec.nullable === undefined ? true : bool(spec.nullable, '"nullable"', failHere),
    ...(spec.max_null_fraction === undefined
      ? {}
      : { maxNullFraction: fraction(spec.max_null_fraction, '"max_null_fraction"', failHere) }),
    ...(range === undefined ? {} : { range }),
    ...(spec.allowed === undefined ? {} : { allowed: allowedList(spec.allowed, failHere) }),
    ...(pattern === undefined ? {} : { pattern }),
    ...(minLength === undefined ? {} : { minLength }),
    ...(maxLength === undefined ? {} : { maxLength }),
    unique: spec.unique === undefined ? false : bool(spec.unique, '"unique"', failHere),
    ...(spec.monotonic === undefined
      ? {}
      : { monotonic: oneOf(spec.monotonic, MONOTONIC_VALUES, '"monotonic"', failHere) as Monotonic }),
    ...optional('mean', statRange('mean')),
    ...optional('median', statRange('median')),
    ...optional('std', statRange('std')),
    mostly,
    severity: spec.severity === undefined ? 'fail' : oneOf(spec.severity, SEVERITIES, '"severity"', failHere),
    ...(spec.description === undefined ? {} : { description: text(spec.description, '"description"', failHere) }),
  };
  return column;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function parseRange(
  spec: Record<string, unknown>,
  value: (v: unknown, key: string) => number,
  prefix: string,
  fail: Fail,
): Range | undefined {
  const side = (inclusive: string, exclusive: string): Bound | undefined => {
    const hasInclusive = spec[inclusive] !== undefined;
    const hasExclusive = spec[exclusive] !== undefined;
    if (hasInclusive && hasExclusive) {
      fail(`"${prefix}${inclusive}" and "${prefix}${exclusive}" both bound the same side; keep one`);
    }
    if (hasInclusive) return { value: value(spec[inclusive], inclusive), exclusive: false };
    if (hasExclusive) return { value: value(spec[exclusive], exclusive), exclusive: true };
    return undefined;
  };
  const min = side('min', 'exclusive_min');
  const max = side('max', 'exclusive_max');
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined) {
    const empty = min.value > max.value || (min.value === max.value && (min.exclusive || max.exclusive));
    if (empty) {
      const lower = min.exclusive ? 'exclusive_min' : 'min';
      const upper = max.exclusive ? 'exclusive_max' : 'max';
      fail(`"${prefix}${lower}" (${show(spec[lower])}) and "${prefix}${upper}" (${show(spec[upper])}) leave no value allowed`);
    }
  }
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

function parseMostly(value: unknown, fail: Fail): Record<RowCheckName, number> {
  const all = (v: number) => Object.fromEntries(ROW_CHECK_NAMES.map((n) => [n, v])) as Record<RowCheckName, number>;
  if (value === undefined) return all(1);
  if (typeof value === 'number') return all(fraction(value, '"mostly"', fail));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`"mostly" must be a fraction from 0 to 1, or a mapping of check to fraction (checks: ${ROW_CHECK_NAMES.join(', ')}); got ${show(value)}`);
  }
  const map = value as Record<string, unknown>;
  checkKeys(map, ROW_CHECK_NAMES, 'check', '"mostly"', fail);
  const result = all(1);
  for (const [key, v] of Object.entries(map)) result[key as RowCheckName] = fraction(v, `"mostly.${key}"`, fail);
  return result;
}

function parsePattern(value: unknown, fail: Fail): string {
  const source = text(value, '"pattern"', fail);
  const compiled = compileLinearPattern(source);
  if ('problem' in compiled) fail(`"pattern" ${compiled.problem}`);
  return source;
}

function allowedList(value: unknown, fail: Fail): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(`"allowed" must be a non-empty list of values, got ${show(value)}`);
  const out = new Set<string>();
  for (const item of value as unknown[]) {
    if (typeof item === 'string') out.add(item);
    else if (typeof item === 'number' && Number.isFinite(item)) out.add(String(item));
    else if (typeof item === 'boolean') out.add(String(item));
    else fail(`"allowed" holds ${show(item)}; list values as text or numbers (missing values are governed by "nullable")`);
  }
  return [...out];
}

function parseKeySets(value: unknown, fail: Fail): string[][] {
  const usage = 'a list of column names or lists of column names, e.g. [id, [store, date]]';
  if (!Array.isArray(value)) fail(`"unique" must be ${usage}; got ${show(value)}`);
  return (value as unknown[]).map((item) => {
    if (typeof item === 'string' && item !== '') return [item];
    if (Array.isArray(item) && item.length > 0 && item.every((n) => typeof n === 'string' && n !== '')) {
      return [...(item as string[])];
    }
    return fail(`"unique" must be ${usage}; got ${show(item)}`);
  });
}

function parseReference(value: unknown, fail: Fail): ReferenceTolerances {
  const map = asMapping(value, '"reference"', fail);
  checkKeys(map, REFERENCE_KEYS, 'key', '"reference"', fail);
  const tolerance = (key: string, fallback: number | undefined, isFraction: boolean): number | undefined => {
    const v = map[key];
    if (v === undefined) return fallback;
    if (v === false || v === null) return undefined;
    return isFraction ? fraction(v, `"reference.${key}"`, fail) : nonNegative(v, `"reference.${key}"`, fail);
  };
  const d = DEFAULT_REFERENCE_TOLERANCES;
  const rowCount = tolerance('row_count', d.rowCount, false);
  const nullFraction = tolerance('null_fraction', d.nullFraction, true);
  const distinctCount = tolerance('distinct_count', d.distinctCount, false);
  return {
    ...optional('rowCount', rowCount),
    ...optional('nullFraction', nullFraction),
    ...optional('distinctCount', distinctCount),
    newCategories: map.new_categories === undefined ? d.newCategories : bool(map.new_categories, '"reference.new_categories"', fail),
    severity: map.severity === undefined ? d.severity : oneOf(map.severity, SEVERITIES, '"reference.severity"', fail),
  };
}

// ---- narrowing helpers: each names the key and what was expected ----

function asMapping(value: unknown, what: string, fail: Fail, expected = 'a mapping'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`${what} must be ${expected}, got ${show(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Refuses keys outside `allowed`: `unknown <kind> "<key>" in <container> (did you mean …); the <kind>s are …`. */
function checkKeys(
  map: Record<string, unknown>,
  allowed: readonly string[],
  kind: 'key' | 'top-level key' | 'check',
  container: string | undefined,
  fail: Fail,
): void {
  for (const key of Object.keys(map)) {
    if (allowed.includes(key)) continue;
    const closest = closestName(key, allowed);
    const hint = closest === undefined ? '' : ` (did you mean "${closest}"?)`;
    const where = container === undefined ? '' : ` in ${container}`;
    fail(`unknown ${kind} "${key}"${where}${hint}; the ${kind}s are ${allowed.join(', ')}`);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string, fail: Fail): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const closest = typeof value === 'string' ? closestName(value, allowed) : undefined;
  const hint = closest === undefined ? '' : ` (did you mean "${closest}"?)`;
  return fail(`${what} must be one of ${allowed.join(', ')}; got ${show(value)}${hint}`);
}

function bool(value: unknown, what: string, fail: Fail): boolean {
  if (typeof value === 'boolean') return value;
  return fail(`${what} must be true or false, got ${show(value)}`);
}

function text(value: unknown, what: string, fail: Fail): string {
  if (typeof value === 'string' && value !== '') return value;
  return fail(`${what} must be non-empty text, got ${show(value)}`);
}

function finite(value: unknown, what: string, fail: Fail): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return fail(`${what} must be a number, got ${show(value)}`);
}

function nonNegative(value: unknown, what: string, fail: Fail): number {
  const v = finite(value, what, fail);
  if (v < 0) fail(`${what} must be 0 or more, got ${show(value)}`);
  return v;
}

function fraction(value: unknown, what: string, fail: Fail): number {
  if (typeof value === 'number' && value >= 0 && value <= 1) return value;
  return fail(`${what} must be a fraction from 0 to 1, got ${show(value)}`);
}

function count(value: unknown, what: string, fail: Fail): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  return fail(`${what} must be a whole number, 0 or more, got ${show(value)}`);
}

function stringList(value: unknown, what: string, fail: Fail, { allowEmpty = false } = {}): string[] {
  if (Array.isArray(value) && (allowEmpty || value.length > 0)) {
    return (value as unknown[]).map((item) => {
      if (typeof item === 'string') return item;
      if (typeof item === 'number' || typeof item === 'boolean') return String(item);
      return fail(`${what} must be a list of text values; got ${show(item)}`);
    });
  }
  return fail(`${what} must be a list of text values, got ${show(value)}`);
}

/** A value as the user wrote it, short enough for one line. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function parseJson(text: string, source: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigurationError(`${source}: not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  checkDepth(value, source);
  return value;
}

function parseYaml(text: string, source: string): unknown {
  return parseYamlData(text, source);
}
