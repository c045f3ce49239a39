// Entry of dist/profile/index.js: the flow lives in main.ts.
import { runAction } from '../../github/run-action.js';
import { profileAction } from './main.js';

void runAction(profileAction);
