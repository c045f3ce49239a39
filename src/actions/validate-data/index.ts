// Entry of dist/validate-data/index.js: the flow lives in main.ts.
import { runAction } from '../../github/run-action.js';
import { validateData } from './main.js';

void runAction(validateData);
