// Entry of dist/drift-report/index.js: the flow lives in main.ts.
import { runAction } from '../../github/run-action.js';
import { driftReport } from './main.js';

void runAction(driftReport);
