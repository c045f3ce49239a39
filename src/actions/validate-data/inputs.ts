/** validate-data's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import { ConfigurationError } from '../../errors.js';
import type { ValidationSettings } from '../../checks/validation-settings.js';

export const VALIDATE_DATA_INPUTS = [
  { name: 'data', kind: 'file', required: true, description: 'The dataset to check (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz). A glob checks every matching file and reports them together.' },
  { name: 'schema', kind: 'file', description: 'The schema file (YAML or JSON; format in the README). Without it, the schema is inferred from `reference`.' },
  { name: 'reference', kind: 'file', description: 'A reference dataset, or its profile (a `.json` file written by `mlgate profile`, recognised by its `profileVersion`): the schema is inferred from it when `schema` is absent; with a schema, enables the reference checks (row count band, null fraction and distinct count jumps, new categories). From a profile, a check that needs every distinct value of a column with more than the profile counts is skipped with that reason.' },
  { name: 'infer-schema', kind: 'string', description: 'Write the schema inferred from `reference` (or from `data` when there is no reference) to this file and stop: the way to bootstrap a schema to edit and commit.' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields (added to the schema\'s `null_values`).' },
] as const satisfies readonly InputSpec[];

export function readValidateDataConfig(reader: InputReader): ValidationSettings {
  const config: ValidationSettings = {
    data: reader.required('data'),
    schema: reader.optional('schema'),
    reference: reader.optional('reference'),
    inferSchema: reader.optional('infer-schema'),
    nullValues: reader.list('null-values'),
  };
  if (!config.schema && !config.reference && !config.inferSchema) {
    throw new ConfigurationError('give a schema (input "schema") or a reference dataset to infer one from (input "reference")');
  }
  return config;
}
