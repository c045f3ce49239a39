// Entry of dist/post-report/index.js: the declaration lives in main.ts.
import { runService } from '../../github/run-service.js';
import { postReport } from './main.js';

void runService(postReport);
