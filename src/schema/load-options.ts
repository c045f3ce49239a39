/**
 * How to load a dataset for validation against a schema (options for `loadTable`).
 *
 * Columns declared `category` or `string` are read as text, so `00123` keeps its zeros and a
 * pattern sees the token as written; so are datetimes with a `format` (the check parses them).
 * Other columns are left to the loader's inference on purpose: an explicit numeric type makes
 * the loader stop at the first bad token, while inference falls back to text and lets the `type`
 * check report every bad token with its row.
 */
import type { ColumnType } from '../io/table.js';
import type { Schema } from './types.js';

export interface SchemaLoadOptions {
  types: Record<string, ColumnType>;
  nullValues: string[];
  allowEmpty: true;
}

export function loadOptionsFor(schema: Schema): SchemaLoadOptions {
  const types: Record<string, ColumnType> = {};
  for (const column of schema.columns) {
    const text = column.type === 'category' || column.type === 'string';
    const formatted = column.type === 'datetime' && column.format !== undefined && column.format.toLowerCase() !== 'iso';
    if (text || formatted) types[column.name] = 'string';
  }
  return { types, nullValues: [...schema.nullValues], allowEmpty: true };
}
