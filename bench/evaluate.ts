/**
 * evaluate-model at scale (issue 8): the whole `mlgate evaluate-model` command (the committed
 * bundle, load included, default intervals: Wilson, DeLong, bootstrap B = 1000) on
 * 1,000,000 binary predictions (y_true, y_pred, score) and 1,000,000 five-class predictions with
 * per-class probabilities. Files are generated deterministically into bench/.data/.
 *
 * Reference, when the machine has it (the bench does not need Python): scikit-learn's point
 * metrics without intervals on the same file (pandas read_csv + the same metric list), timed
 * as a whole process too — bench/reference/sklearn_point_metrics.py.
 *
 * Run: npx tsx bench/evaluate.ts [rows]
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../src/stats/rng.js';
import { BASELINE_ROWS, headFile } from './lib/head-file.js';
import { timeCommand, timeNodeCommand } from './lib/run-command.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DATA_DIR = join(HERE, '.data');
const ROWS = 1_000_000;
const CLASSES = ['a', 'b', 'c', 'd', 'e'];

export interface EvaluateBenchRow {
  case: string;
  rows: number;
  seconds: number;
  peakMB: number | null;
  /** Peak RSS of the same command on the file's first 100 rows: Node, the bundle, the report. */
  baselineMB: number | null;
  /** Numeric payload of the columns the command reads (8 bytes a value). */
  numericMB: number;
  /** (peakMB − baselineMB) / numericMB: what the rows cost, in units of their numeric columns (issue 8: ≤ 2). */
  rowsCostPerNumeric: number | null;
  referenceSeconds: number | null;
  reference: string | null;
}

/** Binary: a calibrated-ish score, y_pred = score ≥ 0.5. */
function writeBinary(path: string, rows: number): void {
  const rng = createRandom(7);
  const random = () => rng.next();
  const lines: string[] = ['y_true,y_pred,score'];
  for (let i = 0; i < rows; i++) {
    const y = random() < 0.3 ? 1 : 0;
    const logit = (y === 1 ? 1.2 : -1.2) + 1.5 * gaussian(random);
    const score = 1 / (1 + Math.exp(-logit));
    lines.push(`${y},${score >= 0.5 ? 1 : 0},${score.toFixed(6)}`);
  }
  atomicWrite(path, `${lines.join('\n')}\n`);
}

/** Five classes with softmax probabilities (rounded to 6 decimals, renormalised in the last column). */
function writeMulticlass(path: string, rows: number): void {
  const rng = createRandom(11);
  const random = () => rng.next();
  const lines: string[] = [`y_true,y_pred,${CLASSES.map((c) => `proba_${c}`).join(',')}`];
  const logits = new Float64Array(CLASSES.length);
  for (let i = 0; i < rows; i++) {
    const y = Math.floor(random() * CLASSES.length);
    let total = 0;
    for (let k = 0; k < CLASSES.length; k++) {
      logits[k] = Math.exp((k === y ? 1.5 : 0) + gaussian(random));
      total += logits[k];
    }
    let best = 0;
    const probabilities: string[] = [];
    let sum = 0;
    for (let k = 0; k < CLASSES.length; k++) {
      const p = k < CLASSES.length - 1 ? Math.round((logits[k] / total) * 1e6) / 1e6 : Math.max(0, Math.round((1 - sum) * 1e6) / 1e6);
      sum += p;
      probabilities.push(String(p));
      if (logits[k] > logits[best]) best = k;
    }
    lines.push(`${CLASSES[y]},${CLASSES[best]},${probabilities.join(',')}`);
  }
  atomicWrite(path, `${lines.join('\n')}\n`);
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function atomicWrite(path: string, text: string): void {
  writeFileSync(`${path}.partial`, text);
  renameSync(`${path}.partial`, path);
}

function hasScikitLearn(): boolean {
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import sklearn, pandas'], { stdio: 'ignore' });
  return probe.status === 0;
}

export async function benchEvaluate(rows = ROWS): Promise<EvaluateBenchRow[]> {
  mkdirSync(DATA_DIR, { recursive: true });
  const binary = join(DATA_DIR, `predictions-binary-${rows}.csv`);
  const multiclass = join(DATA_DIR, `predictions-5class-${rows}.csv`);
  if (!existsSync(binary)) writeBinary(binary, rows);
  if (!existsSync(multiclass)) writeMulticlass(multiclass, rows);
  const sklearn = hasScikitLearn();
  const cases = [
    { name: 'binary', file: binary, args: ['--score-column', 'score'], numericColumns: 3 },
    { name: '5-class', file: multiclass, args: ['--score-columns', 'proba_*'], numericColumns: 2 + CLASSES.length },
  ];
  const results: EvaluateBenchRow[] = [];
  for (const c of cases) {
    const run = (file: string) => {
      const figures = timeNodeCommand([join(ROOT, 'bin', 'mlgate.js'), 'evaluate-model', '--predictions', file, ...c.args, '--markdown', '/dev/null'], ROOT);
      if (figures.exitCode !== 0) throw new Error(`mlgate evaluate-model failed on ${file}: ${figures.stderr}`);
      return figures;
    };
    const ours = run(c.file);
    const baseline = run(headFile(c.file, BASELINE_ROWS));
    const numericMB = (rows * c.numericColumns * 8) / 1e6;
    const reference = sklearn ? timeCommand('/usr/bin/python3', [join(HERE, 'reference', 'sklearn_point_metrics.py'), c.file, c.name], ROOT) : null;
    results.push({
      case: `evaluate-model ${c.name}`,
      rows,
      seconds: ours.seconds,
      peakMB: ours.peakMB,
      baselineMB: baseline.peakMB,
      numericMB,
      rowsCostPerNumeric: ours.peakMB === null || baseline.peakMB === null ? null : (ours.peakMB - baseline.peakMB) / numericMB,
      referenceSeconds: reference && reference.exitCode === 0 ? reference.seconds : null,
      reference: reference && reference.exitCode === 0 ? 'scikit-learn point metrics, no intervals' : null,
    });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? ROWS);
  const results = await benchEvaluate(rows);
  console.table(results);
}
