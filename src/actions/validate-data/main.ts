/** validate-data: a dataset (or several) checked against a schema → findings with rows → gates → report. */
import { defaultValidationGates, VALIDATION_GATES } from '../../checks/gate-catalogue.js';
import { validateFiles, validationOutcome, type ValidatedFiles } from '../../checks/validate-files.js';
import type { ValidationOutcome } from '../../checks/validation-outcome.js';
import type { ValidationSettings } from '../../checks/validation-settings.js';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
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
  load: (settings, { logger, sample }) => validateFiles(settings, logger, sample),
  compute: (validated) => validationOutcome(validated),
  render: renderValidateData,
  outputValues: (result) => ({ 'failed-checks': String(result.checks.filter((c) => c.status === 'fail').length), rows: String(result.rows) }),
};
