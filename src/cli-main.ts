// Entry of the bundled CLI (dist/cli/index.js); bin/mlgate.js loads it.
// (No top-level await: the bundler's parser does not take it in an entry file.)
import { runCli } from './cli.js';

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then((code) => {
  process.exitCode = code;
});
