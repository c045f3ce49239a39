/** validate-data schemas: the typed model, the file parser, inference and YAML rendering. */
export type * from './types.js';
export { SCHEMA_COLUMN_TYPES, ROW_CHECK_NAMES, MONOTONIC_VALUES, DEFAULT_REFERENCE_TOLERANCES, DEFAULT_MIN_ROWS } from './types.js';
export { parseSchema, readSchemaFile, schemaFromValue, TABLE_KEYS, COLUMN_KEYS } from './parse.js';
export { loadOptionsFor, type SchemaLoadOptions } from './load-options.js';
export { datetimeParser, parseIsoDatetime, formatDatetime } from './datetime-format.js';
export { inferSchema, inferredSchemaHeader, MAX_CATEGORIES, type InferOptions } from './infer.js';
export { renderSchemaYaml, schemaToValue, type RenderOptions } from './render.js';
