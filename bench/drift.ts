/**
 * drift-report at scale (issue 5): the drift computation alone (computeDrift with the default
 * settings: auto test choice, KS per numeric column, chi-square per categorical column, effect
 * sizes, missing-value tests, BH correction) on 1,000,000 reference + 1,000,000 current rows ×
 * 25 columns (20 numeric, 5 categorical with 3 to 20,000 labels: bench/lib/wide-table.ts), the
 * current table from another seed with three columns shifted. Each numeric column is sorted once
 * per side; the KS statistic, the Wasserstein effect size and the report histogram all read the
 * same sorted arrays.
 *
 * Reference, when the machine has Python with scipy (the bench does not need it): the same
 * computation as usually written with pandas/scipy (ks_2samp and PSI per numeric column,
 * chi2_contingency per categorical column) — scripts/reference/drift_bench_scipy.py — on the same
 * tables written to bench/.data/ as CSV, compute-only and with pandas' CSV load.
 *
 * Against profiles (issue 17), the whole commands with the same files: `mlgate profile` of each
 * CSV, then drift-report with the reference profile and the current CSV (target ≤ 0.15× the
 * pandas + scipy time on the raw files), and with both profiles (target ≤ 1.0 s); the raw
 * drift-report's target is ≤ 0.2× pandas + scipy. Every ratio is against the pandas + scipy run of
 * the same invocation (`vs pandas + scipy`).
 *
 * Run: npx tsx bench/drift.ts [rows]
 */
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeDrift } from '../src/drift/compute-drift.js';
import type { Column, NumericColumn, Table } from '../src/io/table.js';
import { wideTable } from './lib/wide-table.js';
import { writeDelimited } from './lib/write-table.js';
import { timeNodeCommand } from './lib/run-command.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DATA_DIR = join(HERE, '.data');
const ROWS = 1_000_000;
const PYTHON = '/usr/bin/python3';

export interface DriftBenchRow {
  case: string;
  rows: number;
  seconds: number;
  peakMB: number | null;
  columns: number;
  drifted: number | null;
  /** seconds / the pandas + scipy whole run (load + compute) of the same invocation. */
  'vs pandas + scipy'?: number | null;
}

/** The current table: another seed, with a 0.2-sd shift in one numeric column, a rescaled one and a shifted category mix. */
function currentTable(rows: number): Table {
  const table = wideTable(rows, 20240602);
  const columns = table.columns.map((column): Column => {
    if (column.name === 'feature_3') return shiftNumeric(column as NumericColumn, (v) => v + 0.2 * 10 ** 3 * 0.2887);
    if (column.name === 'score_1') return shiftNumeric(column as NumericColumn, (v) => v * 1.1);
    if (column.name === 'tier' && column.type === 'string') {
      const codes = column.codes.map((code, i) => (i % 10 === 0 ? 2 : code));
      return { ...column, codes };
    }
    return column;
  });
  return { ...table, columns };
}

function shiftNumeric(column: NumericColumn, f: (v: number) => number): NumericColumn {
  return { ...column, values: column.values.map(f) };
}

function peakMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

async function referenceFigures(reference: Table, current: Table, rows: number): Promise<DriftBenchRow[]> {
  const probe = spawnSync(PYTHON, ['-c', 'import scipy, pandas'], { encoding: 'utf8' });
  if (probe.status !== 0) return [];
  mkdirSync(DATA_DIR, { recursive: true });
  const files = [join(DATA_DIR, `drift-reference-${rows}.csv`), join(DATA_DIR, `drift-current-${rows}.csv`)];
  if (!existsSync(files[0])) await writeDelimited(reference, files[0], ',');
  if (!existsSync(files[1])) await writeDelimited(current, files[1], ',');
  const run = spawnSync(PYTHON, [join(ROOT, 'scripts/reference/drift_bench_scipy.py'), ...files], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) return [];
  const figures = JSON.parse(run.stdout) as { loadSeconds: number; computeSeconds: number; peakMB: number; columns: number };
  return [
    { case: 'scipy/pandas: ks_2samp + PSI, chi2_contingency (compute only)', rows, seconds: figures.computeSeconds, peakMB: null, columns: figures.columns, drifted: null },
    { case: 'scipy/pandas: load both CSVs + the same computation', rows, seconds: figures.loadSeconds + figures.computeSeconds, peakMB: figures.peakMB, columns: figures.columns, drifted: null },
  ];
}

export async function benchDrift(rows = ROWS): Promise<DriftBenchRow[]> {
  const reference = wideTable(rows, 20240601);
  const current = currentTable(rows);
  // warm the JIT on a small slice so the timed run measures steady-state code
  computeDrift(wideTable(20_000, 1), wideTable(20_000, 2));
  const start = process.hrtime.bigint();
  const outcome = computeDrift(reference, current);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const ours: DriftBenchRow = {
    case: 'mlgate computeDrift, defaults (compute only, one thread)',
    rows,
    seconds,
    peakMB: Math.round(peakMB()),
    columns: outcome.dataset.columns,
    drifted: outcome.dataset.drifted,
  };
  const reference_ = await referenceFigures(reference, current, rows);
  const all = [ours, await wholeCommand(reference, current, rows), ...(await profileCommands(rows)), ...reference_];
  const scipy = reference_.find((r) => r.case.startsWith('scipy/pandas: load'))?.seconds;
  return all.map((r) => ({ ...r, 'vs pandas + scipy': scipy === undefined || !r.case.startsWith('mlgate') || r.case.includes('compute only') ? null : r.seconds / scipy }));
}

/** `mlgate profile` of both CSVs, then drift-report against the reference profile (current CSV), and between the two profiles. */
async function profileCommands(rows: number): Promise<DriftBenchRow[]> {
  const files = [join(DATA_DIR, `drift-reference-${rows}.csv`), join(DATA_DIR, `drift-current-${rows}.csv`)];
  const profiles = files.map((f) => f.replace(/\.csv$/, '.profile.json'));
  const cli = join(ROOT, 'bin', 'mlgate.js');
  const made = files.map((f, i) => {
    const run = timeNodeCommand([cli, 'profile', '--data', f, '--output', profiles[i], '--markdown', '/dev/null'], ROOT);
    if (run.exitCode !== 0) throw new Error(`mlgate profile failed: ${run.stderr}`);
    return run;
  });
  const drift = (reference: string, current: string) => {
    const run = timeNodeCommand([cli, 'drift-report', '--reference', reference, '--current', current, '--markdown', '/dev/null', '--gates', 'drifted_share <= 1'], ROOT);
    if (run.exitCode !== 0) throw new Error(`mlgate drift-report failed: ${run.stderr}`);
    return run;
  };
  const againstProfile = drift(profiles[0], files[1]);
  const bothProfiles = drift(profiles[0], profiles[1]);
  return [
    { case: 'mlgate profile of the reference CSV (streaming, once, on main)', rows, seconds: made[0].seconds, peakMB: made[0].peakMB, columns: 25, drifted: null },
    { case: 'mlgate drift-report, reference profile vs current CSV (whole command)', rows, seconds: againstProfile.seconds, peakMB: againstProfile.peakMB, columns: 25, drifted: null },
    { case: 'mlgate drift-report, reference profile vs current profile (whole command)', rows, seconds: bothProfiles.seconds, peakMB: bothProfiles.peakMB, columns: 25, drifted: null },
  ];
}

/** The whole `mlgate drift-report` (the committed bundle): load both CSVs, compute, report. */
async function wholeCommand(reference: Table, current: Table, rows: number): Promise<DriftBenchRow> {
  mkdirSync(DATA_DIR, { recursive: true });
  const files = [join(DATA_DIR, `drift-reference-${rows}.csv`), join(DATA_DIR, `drift-current-${rows}.csv`)];
  if (!existsSync(files[0])) await writeDelimited(reference, files[0], ',');
  if (!existsSync(files[1])) await writeDelimited(current, files[1], ',');
  const run = timeNodeCommand([join(ROOT, 'bin', 'mlgate.js'), 'drift-report', '--reference', files[0], '--current', files[1], '--markdown', '/dev/null', '--gates', 'drifted_share <= 1'], ROOT);
  if (run.exitCode !== 0) throw new Error(`mlgate drift-report failed: ${run.stderr}`);
  return { case: 'mlgate drift-report, whole command (load both CSVs, compute, report)', rows, seconds: run.seconds, peakMB: run.peakMB, columns: 25, drifted: null };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? ROWS);
  for (const row of await benchDrift(rows)) console.log(JSON.stringify(row));
}
