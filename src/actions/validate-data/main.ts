/**
 * validate-data: a dataset (or several) checked against a schema → findings with rows → gates →
 * report. The reference may be a profile (`mlgate profile`): the schema is then inferred from it,
 * and the reference checks read it (src/profile/compare/reference-checks.ts).
 */
import { defaultValidationGates, VALIDATION_GATES } from '../../checks/gate-catalogue.js';
import { validateFiles, validationOutcome, type ValidatedFiles } from '../../checks/validate-files.js';
import type { ValidationOutcome } from '../../checks/validation-outcome.js';
import type { ValidationSettings } from '../../checks/validation-settings.js';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
import { profileReferenceSummary } from '../../profile/compare/reference-checks.js';
import { isProfileInput, readProfileInput } from '../../profile/detect.js';
import { inferSchemaFromProfile, profileSchemaHeader } from '../../profile/infer-schema.js';
import { readValidateDataConfig, VALIDATE_DATA_INPUTS } from './inputs.js';
import { renderValidateData } from './render.js';

export const validateData: ActionDeclaration<ValidationSettings, ValidatedFiles, ValidationOutcome> = {
  name: 'validate-data',
  description: 'Checks a dataset against a schema (declared, or inferred from a reference): columns, types, nulls, ranges, allowed values, patterns, uniqueness, row counts — naming every offending row.',
  inputs: VALIDATE_DATA_INPUTS,
  outputs: [
    { name: 'failed-checks', description: 'How many checks failed.' },
    { name: 'rows', description: 'Rows validated (all files).' },
  ],
  outputDefaults: { 'failed-checks': '0', rows: '0' },
  configure: readValidateDataConfig,
  gates: VALIDATION_GATES,
  defaultGates: (_settings, written) => defaultValidationGates(written),
  load: (settings, { logger, sample }) => validateFiles(settings, logger, sample, readProfileReference),
  compute: (validated) => validationOutcome(validated),
  render: renderValidateData,
  outputValues: (result) => ({ 'failed-checks': String(result.checks.filter((c) => c.status === 'fail').length), rows: String(result.rows) }),
};

/** A reference that is a profile, as validate-files reads one; undefined for a file of rows. */
function readProfileReference(path: string, nullValues: readonly string[]) {
  if (!isProfileInput(path)) return undefined;
  const profile = readProfileInput(path);
  return {
    summary: profileReferenceSummary(profile),
    inferSchema: () => ({ schema: inferSchemaFromProfile(profile, path, { nullValues }), header: profileSchemaHeader(profile, path) }),
  };
}
