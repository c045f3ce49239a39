// Builds every bundle with @vercel/ncc: dist/<action>/index.js for each action, dist/cli/index.js
// for the `mlgate` command, dist/load-table-worker/index.js, the worker thread that
// drift-report and compare-champion read their second file in (src/io/load-pair.ts), and
// dist/profile-lane-worker/index.js, the second lane of a streaming profile
// (src/profile/engines/lane-thread.ts). The profile action's DuckDB engine imports the native
// binding at run time (src/profile/engines/duckdb.ts), so no bundle carries it. One entry
// list; `npm run build` rebuilds all. Type errors are `npm run typecheck`'s job, so bundling
// transpiles only.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const ENTRIES = [
  ['cli', 'src/cli-main.ts'],
  ['evaluate-model', 'src/actions/evaluate-model/index.ts'],
  ['validate-data', 'src/actions/validate-data/index.ts'],
  ['compare-champion', 'src/actions/compare-champion/index.ts'],
  ['drift-report', 'src/actions/drift-report/index.ts'],
  ['profile', 'src/actions/profile/index.ts'],
  ['post-report', 'src/actions/post-report/index.ts'],
  ['load-table-worker', 'src/io/worker/load-table-worker.ts'],
  ['profile-lane-worker', 'src/profile/engines/lane-worker.ts'],
];

const only = process.argv.slice(2);
for (const [name, entry] of ENTRIES) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!existsSync(entry)) {
    console.log(`skip ${name}: ${entry} does not exist yet`);
    continue;
  }
  // Build beside the old bundle and swap, so a failed build never leaves dist/ without it.
  const staging = `dist/.${name}.staging`;
  rmSync(staging, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', staging, '--quiet', '--target', 'es2022', '--transpile-only'], { stdio: 'inherit' });
  rmSync(`dist/${name}`, { recursive: true, force: true });
  renameSync(staging, `dist/${name}`);
  console.log(`built dist/${name}/index.js`);
}
