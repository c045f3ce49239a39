/** validate-data schemas: the typed model, the file parser and YAML rendering (inference from a table is src/checks/infer-schema.ts). */
export type * from './types.js';
export { SCHEMA_COLUMN_TYPES, ROW_CHECK_NAMES, MONOTONIC_VALUES, DEFAULT_REFERENCE_TOLERANCES, DEFAULT_MIN_ROWS } from './types.js';
export { parseSchema, readSchemaFile, schemaFromValue, TABLE_KEYS, COLUMN_KEYS } from './parse.js';
export { loadOptionsFor, type SchemaLoadOptions } from './load-options.js';
export { datetimeParser, parseIsoDatetime, formatDatetime } from './datetime-format.js';
export { renderSchemaYaml, schemaToValue, type RenderOptions } from './render.js';
