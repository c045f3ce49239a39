import type { ActionName } from '../result.js';
import type { AnyActionDefinition } from './action-definition.js';
import { compareChampion } from '../actions/compare-champion/main.js';
import { evaluateModel } from '../actions/evaluate-model/main.js';
import { validateData } from '../actions/validate-data/main.js';
import { driftReport } from '../actions/drift-report/main.js';

/** Every action the CLI knows, by name. Actions not yet built are absent and say so. */
export const ACTIONS: Partial<Record<ActionName, AnyActionDefinition>> = {
  'evaluate-model': evaluateModel,
  'compare-champion': compareChampion,
  'validate-data': validateData,
  'drift-report': driftReport,
};
