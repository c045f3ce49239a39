/**
 * The layers of src/ (ARCHITECTURE.md) as a test: every import goes to the same folder or to a
 * lower layer, so there are no folder cycles; stats imports nothing but errors; io nothing above
 * it; only src/github/ imports @actions/*; no action folder imports another; and no two files
 * import each other at run time, directly or around a loop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-bundle.js';

/** Lower numbers are lower layers; a folder may import its own and lower layers only. */
const LAYERS: Record<string, number> = {
  errors: 0,
  logger: 0,
  result: 0,
  util: 0,
  stats: 1,
  sketch: 2,
  io: 2,
  config: 2,
  gates: 3,
  metrics: 3,
  predictions: 4,
  schema: 4,
  checks: 5,
  drift: 5,
  evaluation: 5,
  comparison: 5,
  profile: 6,
  report: 7,
  artifacts: 8,
  pipeline: 9,
  github: 10,
  actions: 11,
  cli: 12,
  'cli-main': 13,
};

interface Import {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

const SRC = join(REPO_ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[3] ?? match[4];
    const typeOnly = match[2] !== undefined;
    const to = specifier.startsWith('.') ? relative(REPO_ROOT, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts') : specifier;
    out.push({ from: relative(REPO_ROOT, file), to, typeOnly });
  }
  return out;
}

/** `src/io/table.ts` → `io`; `src/actions/drift-report/main.ts` → `actions/drift-report`; `src/cli.ts` → `cli`. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts.length === 2) return parts[1].replace(/\.ts$/, '');
  if (parts[1] === 'actions' && parts.length > 3) return `actions/${parts[2]}`;
  return parts[1];
}

function layerOf(folder: string): number {
  const layer = LAYERS[folder.split('/')[0]];
  if (layer === undefined) throw new Error(`src/${folder} has no layer in this test (and ARCHITECTURE.md): add it`);
  return layer;
}

const imports = sourceFiles(SRC).flatMap(importsOf);
const local = imports.filter((i) => i.to.startsWith('src/'));

describe('import rules', () => {
  it('every folder has a layer, and imports only its own folder or lower layers', () => {
    const breaks = local
      .filter((i) => folderOf(i.from) !== folderOf(i.to))
      .filter((i) => {
        const from = folderOf(i.from);
        const to = folderOf(i.to);
        // The registry (src/actions/registry.ts) lists the action folders; that is its job.
        if (from === 'actions' && to.startsWith('actions/')) return false;
        return layerOf(to) >= layerOf(from);
      })
      .map((i) => `${i.from} → ${i.to}`);
    expect(breaks).toEqual([]);
  });

  it('stats imports nothing but errors; io nothing above it', () => {
    const outside = (folder: string, allowed: readonly string[]) =>
      local.filter((i) => folderOf(i.from) === folder && folderOf(i.to) !== folder && !allowed.includes(folderOf(i.to))).map((i) => `${i.from} → ${i.to}`);
    expect(outside('stats', ['errors'])).toEqual([]);
    expect(outside('io', ['errors', 'util', 'stats'])).toEqual([]);
  });

  it('only src/github/ imports @actions/*', () => {
    const offenders = imports.filter((i) => i.to.startsWith('@actions/') && !i.from.startsWith('src/github/')).map((i) => `${i.from} → ${i.to}`);
    expect(offenders).toEqual([]);
  });

  it('no action folder imports another, and only an action entry (index.ts) imports the GitHub runner', () => {
    const crossing = local.filter((i) => folderOf(i.from).startsWith('actions/') && folderOf(i.to).startsWith('actions/') && folderOf(i.from) !== folderOf(i.to));
    expect(crossing.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
    const runner = local.filter((i) => !i.typeOnly && folderOf(i.from).startsWith('actions/') && /^src\/github\/run-(action|service)\.ts$/.test(i.to) && !i.from.endsWith('/index.ts'));
    expect(runner.map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('an action folder holds only index, inputs, main and render', () => {
    const actions = join(SRC, 'actions');
    const extra = readdirSync(actions, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(actions, d.name)).map((f) => `${d.name}/${f}`))
      .filter((f) => !/\/(index|inputs|main|render)\.ts$/.test(f));
    expect(extra).toEqual([]);
  });

  it('no file cycles at run time (type-only imports aside)', () => {
    const graph = new Map<string, string[]>();
    for (const i of local) if (!i.typeOnly) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('catches what it claims to: a planted upward import and cycle are reported', () => {
    // The rules above are only as good as the import scanner: it must see these forms.
    const text = "import { a } from '../report/format.js';\nimport type { B } from './b.js';\nexport { c } from '../pipeline/x.js';\nconst d = await import('../github/y.js');";
    const found = [...text.matchAll(IMPORT)].map((m) => [m[3] ?? m[4], m[2] !== undefined]);
    expect(found).toEqual([
      ['../report/format.js', false],
      ['./b.js', true],
      ['../pipeline/x.js', false],
      ['../github/y.js', false],
    ]);
    expect(local.length).toBeGreaterThan(500);
  });
});
