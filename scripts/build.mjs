// Builds every bundle with @vercel/ncc: dist/<action>/index.js for each action, and dist/cli/index.js
// for the `mlgate` command. One entry list; `npm run build` rebuilds all. Type errors are
// `npm run typecheck`'s job, so bundling transpiles only.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const ENTRIES = [
  ['cli', 'src/cli-main.ts'],
  ['evaluate-model', 'src/actions/evaluate-model/index.ts'],
  ['validate-data', 'src/actions/validate-data/index.ts'],
  ['compare-champion', 'src/actions/compare-champion/index.ts'],
  ['drift-report', 'src/actions/drift-report/index.ts'],
];

const only = process.argv.slice(2);
for (const [name, entry] of ENTRIES) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!existsSync(entry)) {
    console.log(`skip ${name}: ${entry} does not exist yet`);
    continue;
  }
  rmSync(`dist/${name}`, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', `dist/${name}`, '--quiet', '--target', 'es2022', '--transpile-only'], { stdio: 'inherit' });
  console.log(`built dist/${name}/index.js`);
}
