/**
 * A schema → YAML in the schema file format, readable and meant to be edited and committed:
 * keys in a fixed order, defaults left out, `allowed` lists and short columns on one line,
 * inference notes as comments. `parseSchema(renderSchemaYaml(s))` gives back `s` (except the
 * source name and the notes, which are comments).
 */
import { Document, isMap, isScalar } from 'yaml';
import type { Pair, YAMLMap, YAMLSeq } from 'yaml';
import { formatDatetime } from './datetime-format.js';
import type { ColumnSchema, Range, Schema } from './types.js';
import { DEFAULT_MIN_ROWS, DEFAULT_REFERENCE_TOLERANCES, ROW_CHECK_NAMES } from './types.js';

export interface RenderOptions {
  /** Comment lines at the top of the file. */
  header?: readonly string[];
}

/** The schema as the plain value a schema file holds (defaults omitted). */
export function schemaToValue(schema: Schema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  out.columns = Object.fromEntries(schema.columns.map((c) => [c.name, columnToValue(c)]));
  const rows: Record<string, number> = {};
  if (schema.rows.min !== undefined && schema.rows.min !== DEFAULT_MIN_ROWS) rows.min = schema.rows.min;
  if (schema.rows.max !== undefined) rows.max = schema.rows.max;
  if (Object.keys(rows).length > 0) out.rows = rows;
  if (!schema.allowExtraColumns) out.allow_extra_columns = false;
  if (schema.columnOrder !== 'ignore') out.column_order = schema.columnOrder;
  if (schema.unique.length > 0) out.unique = schema.unique.map((key) => (key.length === 1 ? key[0] : [...key]));
  if (schema.noDuplicateRows) out.no_duplicate_rows = true;
  if (schema.nullValues.length > 0) out.null_values = [...schema.nullValues];
  const reference = referenceToValue(schema);
  if (reference !== undefined) out.reference = reference;
  return out;
}

export function renderSchemaYaml(schema: Schema, options: RenderOptions = {}): string {
  const doc = new Document(schemaToValue(schema));
  if (options.header !== undefined && options.header.length > 0) {
    doc.commentBefore = options.header.map((line) => ` ${line}`).join('\n');
  }
  const columns = doc.get('columns', true);
  if (isMap(columns)) {
    for (const pair of columns.items as Pair<unknown, unknown>[]) {
      const key = pair.key;
      const value = pair.value;
      if (!isScalar(key) || !isMap(value)) continue;
      const column = schema.columns.find((c) => c.name === key.value);
      if (column?.note !== undefined) key.commentBefore = column.note.split('\n').map((line) => ` ${line}`).join('\n');
      const allowed = (value as YAMLMap).get('allowed', true) as YAMLSeq | undefined;
      if (allowed !== undefined) allowed.flow = true;
      for (const statistic of ['mean', 'median', 'std']) {
        const node = (value as YAMLMap).get(statistic, true) as YAMLMap | undefined;
        if (node !== undefined) node.flow = true;
      }
      const mostly = (value as YAMLMap).get('mostly', true);
      if (isMap(mostly)) mostly.flow = true;
      // A short column reads best on one line, as in the schema format's own example.
      if (allowed === undefined && (value as YAMLMap).items.length <= 4) (value as YAMLMap).flow = true;
    }
  }
  for (const key of ['rows', 'reference']) {
    const node = doc.get(key, true);
    if (isMap(node)) node.flow = true;
  }
  return doc.toString({ lineWidth: 100 });
}

function columnToValue(c: ColumnSchema): Record<string, unknown> {
  const out: Record<string, unknown> = { type: c.type };
  if (c.format !== undefined) out.format = c.format;
  if (!c.required) out.required = false;
  if (!c.nullable) out.nullable = false;
  if (c.maxNullFraction !== undefined) out.max_null_fraction = c.maxNullFraction;
  if (c.range !== undefined) Object.assign(out, rangeToValue(c.range, c.type === 'datetime'));
  if (c.allowed !== undefined) out.allowed = allowedToValue(c);
  if (c.pattern !== undefined) out.pattern = c.pattern;
  if (c.minLength !== undefined) out.min_length = c.minLength;
  if (c.maxLength !== undefined) out.max_length = c.maxLength;
  if (c.unique) out.unique = true;
  if (c.monotonic !== undefined) out.monotonic = c.monotonic;
  if (c.mean !== undefined) out.mean = rangeToValue(c.mean, false);
  if (c.median !== undefined) out.median = rangeToValue(c.median, false);
  if (c.std !== undefined) out.std = rangeToValue(c.std, false);
  const fractions = ROW_CHECK_NAMES.map((n) => c.mostly[n]);
  if (fractions.some((f) => f !== 1)) {
    if (fractions.every((f) => f === fractions[0])) out.mostly = fractions[0];
    else out.mostly = Object.fromEntries(ROW_CHECK_NAMES.filter((n) => c.mostly[n] !== 1).map((n) => [n, c.mostly[n]]));
  }
  if (c.severity !== 'fail') out.severity = c.severity;
  if (c.description !== undefined) out.description = c.description;
  return out;
}

/** Allowed values as numbers where the column is numeric (so `[1, 2]` stays `[1, 2]`). */
function allowedToValue(c: ColumnSchema): (string | number)[] {
  const numeric = c.type === 'integer' || c.type === 'number';
  return (c.allowed ?? []).map((v) => (numeric && String(Number(v)) === v ? Number(v) : v));
}

function rangeToValue(range: Range, datetime: boolean): Record<string, unknown> {
  const show = (v: number) => (datetime ? formatDatetime(v) : v);
  const out: Record<string, unknown> = {};
  if (range.min !== undefined) out[range.min.exclusive ? 'exclusive_min' : 'min'] = show(range.min.value);
  if (range.max !== undefined) out[range.max.exclusive ? 'exclusive_max' : 'max'] = show(range.max.value);
  return out;
}

function referenceToValue(schema: Schema): Record<string, unknown> | undefined {
  const r = schema.reference;
  const d = DEFAULT_REFERENCE_TOLERANCES;
  const out: Record<string, unknown> = {};
  if (r.rowCount !== d.rowCount) out.row_count = r.rowCount ?? false;
  if (r.nullFraction !== d.nullFraction) out.null_fraction = r.nullFraction ?? false;
  if (r.distinctCount !== d.distinctCount) out.distinct_count = r.distinctCount ?? false;
  if (r.newCategories !== d.newCategories) out.new_categories = r.newCategories;
  if (r.severity !== d.severity) out.severity = r.severity;
  return Object.keys(out).length > 0 ? out : undefined;
}
