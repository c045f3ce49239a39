// Entry of the bundled CLI (dist/cli/index.js); bin/mlgate.js loads it.
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
