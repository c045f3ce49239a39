// Entry of dist/post-report/index.js: the flow lives in main.ts.
import { runPostReport } from './main.js';

void runPostReport();
