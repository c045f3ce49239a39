/** Every action the CLI knows, by name; the actions' own entry files (index.ts) give the runner theirs. */
import type { AnyActionDeclaration } from '../pipeline/declaration.js';
import type { ActionName } from '../result.js';
import { compareChampion } from './compare-champion/main.js';
import { driftReport } from './drift-report/main.js';
import { evaluateModel } from './evaluate-model/main.js';
import { profileAction } from './profile/main.js';
import { validateData } from './validate-data/main.js';

export const ACTIONS: Readonly<Record<ActionName, AnyActionDeclaration>> = {
  'evaluate-model': evaluateModel,
  'compare-champion': compareChampion,
  'validate-data': validateData,
  'drift-report': driftReport,
  profile: profileAction,
};
