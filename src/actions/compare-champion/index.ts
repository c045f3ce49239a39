// Entry of dist/compare-champion/index.js: the flow lives in main.ts.
import { runAction } from '../../github/run-action.js';
import { compareChampion } from './main.js';

void runAction(compareChampion);
