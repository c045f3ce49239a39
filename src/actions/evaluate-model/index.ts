// Entry of dist/evaluate-model/index.js: the flow lives in main.ts.
import { runAction } from '../../github/run-action.js';
import { evaluateModel } from './main.js';

void runAction(evaluateModel);
