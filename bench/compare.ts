/**
 * compare-champion at scale (issue 8): the whole `mlgate compare-champion` command (the committed
 * bundle: load both files, join on id, every paired metric with its interval — McNemar and
 * Newcombe, paired DeLong, the joint-cell bootstrap with B = 2000, analytic intervals — and the
 * report) on two 1,000,000-row binary prediction files (id, y_true, y_pred, score), the
 * challenger's rows shuffled. Two id layouts: dense (a permutation of 1…N: direct lookup) and
 * sparse (random 12-digit ids: the hash join). Files are generated deterministically into
 * bench/.data/ on first use.
 *
 * Same-machine references: `mlgate evaluate-model` on the challenger file alone (default
 * intervals) and, when /usr/bin/python3 has scikit-learn, scikit-learn's point metrics without
 * intervals on that one file (bench/reference/sklearn_point_metrics.py) — issue 8's target is
 * compare-champion within 2× of the latter. Peak RSS is the whole process (Node included); the
 * baseline is the same command on 100 rows, and "rows cost / numeric" is (peak − baseline) over
 * the numeric columns' size — issue 8's memory target (≤ 2), since Node alone is ~42 MB.
 *
 * Run: npx tsx bench/compare.ts [rows]      (or benchCompare() from bench/index.ts)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, type Random } from '../src/stats/rng.js';
import { BASELINE_ROWS, headFile } from './lib/head-file.js';
import { timeCommand, timeNodeCommand } from './lib/run-command.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DATA_DIR = join(HERE, '.data');
const ROWS = 1_000_000;
/** Bump when the generator changes, so stale files are regenerated. */
const DATA_VERSION = 1;

export interface CompareBenchRow {
  case: string;
  rows: number;
  seconds: number;
  peakMB: number | null;
  /**
   * Peak RSS of the same command on 100 rows (compare-champion: the champion file's first 100
   * rows as both models): Node, the bundle, the report, before any data.
   */
  baselineMB: number | null;
  /** Numeric payload of the columns the command reads (8 bytes a value, both files). */
  numericMB: number;
  /** (peakMB − baselineMB) / numericMB: what the rows cost, in units of their numeric columns (issue 8: ≤ 2). */
  rowsCostPerNumeric: number | null;
  /** Same-machine reference time and what it is. */
  referenceSeconds: number | null;
  reference: string | null;
  /** seconds / referenceSeconds. */
  ratio: number | null;
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/**
 * The two files: 30% positives; each model's logit is the truth signal plus shared noise plus its
 * own (the challenger a little sharper), so the predictions are correlated as real models' are.
 */
async function writePair(champion: string, challenger: string, rows: number, sparse: boolean): Promise<void> {
  const random = createRandom(sparse ? 23 : 17);
  const ids = new Float64Array(rows);
  if (sparse) {
    const seen = new Set<number>();
    for (let i = 0; i < rows; i++) {
      let id: number;
      do id = 1e11 + Math.floor(random.next() * 9e11);
      while (seen.has(id));
      seen.add(id);
      ids[i] = id;
    }
  } else {
    for (let i = 0; i < rows; i++) ids[i] = i + 1;
  }
  const a: string[] = new Array(rows);
  const b: string[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const y = random.next() < 0.3 ? 1 : 0;
    const shared = (y === 1 ? 1.1 : -1.1) + gaussian(random);
    const sa = 1 / (1 + Math.exp(-(shared + 0.9 * gaussian(random))));
    const sb = 1 / (1 + Math.exp(-(1.1 * shared + 0.7 * gaussian(random))));
    a[i] = `${ids[i]},${y},${sa >= 0.5 ? 1 : 0},${sa.toFixed(6)}`;
    b[i] = `${ids[i]},${y},${sb >= 0.5 ? 1 : 0},${sb.toFixed(6)}`;
  }
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const t = b[i];
    b[i] = b[j];
    b[j] = t;
  }
  await writeLines(champion, a);
  await writeLines(challenger, b);
}

async function writeLines(path: string, lines: readonly string[]): Promise<void> {
  const partial = `${path}.partial`;
  const file = await open(partial, 'w');
  await file.write('id,y_true,y_pred,score\n');
  for (let start = 0; start < lines.length; start += 50_000) await file.write(`${lines.slice(start, start + 50_000).join('\n')}\n`);
  await file.close();
  renameSync(partial, path);
}

function hasScikitLearn(): boolean {
  return spawnSync('/usr/bin/python3', ['-c', 'import sklearn, pandas'], { stdio: 'ignore' }).status === 0;
}

function mlgate(args: readonly string[]) {
  const figures = timeNodeCommand([join(ROOT, 'bin', 'mlgate.js'), ...args, '--markdown', '/dev/null'], ROOT);
  if (figures.exitCode !== 0) throw new Error(`mlgate ${args[0]} failed (exit ${figures.exitCode}): ${figures.stderr}`);
  return figures;
}

export async function benchCompare(rows = ROWS): Promise<CompareBenchRow[]> {
  mkdirSync(DATA_DIR, { recursive: true });
  const results: CompareBenchRow[] = [];
  const sklearn = hasScikitLearn();
  for (const layout of ['dense', 'sparse'] as const) {
    const base = join(DATA_DIR, `compare-${layout}-${rows}-v${DATA_VERSION}`);
    const champion = `${base}-champion.csv`;
    const challenger = `${base}-challenger.csv`;
    if (!existsSync(champion) || !existsSync(challenger)) {
      process.stderr.write(`generating ${rows.toLocaleString('en-US')} × 2 rows (${layout} ids) into ${DATA_DIR} …\n`);
      await writePair(champion, challenger, rows, layout === 'sparse');
    }
    const numericMB = (2 * rows * 4 * 8) / 1e6;
    const compare = (a: string, b: string) => mlgate(['compare-champion', '--champion', a, '--challenger', b, '--id-column', 'id', '--score-column', 'score']);
    const compared = compare(champion, challenger);
    const head = headFile(champion, BASELINE_ROWS);
    const compareBaseline = compare(head, head);
    const cost = (peak: number | null, baseline: number | null, numeric: number) => (peak === null || baseline === null ? null : (peak - baseline) / numeric);
    const reference = sklearn ? timeCommand('/usr/bin/python3', [join(HERE, 'reference', 'sklearn_point_metrics.py'), challenger, 'binary'], ROOT) : null;
    const referenceSeconds = reference && reference.exitCode === 0 ? reference.seconds : null;
    if (layout === 'dense') {
      const evaluate = (file: string) => mlgate(['evaluate-model', '--predictions', file, '--score-column', 'score']);
      const evaluated = evaluate(challenger);
      const evaluateBaseline = evaluate(headFile(challenger, BASELINE_ROWS));
      results.push({
        case: 'evaluate-model, challenger file alone (reference)',
        rows,
        seconds: evaluated.seconds,
        peakMB: evaluated.peakMB,
        baselineMB: evaluateBaseline.peakMB,
        numericMB: numericMB / 2,
        rowsCostPerNumeric: cost(evaluated.peakMB, evaluateBaseline.peakMB, numericMB / 2),
        referenceSeconds,
        reference: referenceSeconds === null ? null : 'scikit-learn point metrics, one file, no intervals',
        ratio: referenceSeconds === null ? null : evaluated.seconds / referenceSeconds,
      });
    }
    results.push({
      case: `compare-champion, ${layout} ids, B = 2000`,
      rows,
      seconds: compared.seconds,
      peakMB: compared.peakMB,
      baselineMB: compareBaseline.peakMB,
      numericMB,
      rowsCostPerNumeric: cost(compared.peakMB, compareBaseline.peakMB, numericMB),
      referenceSeconds,
      reference: referenceSeconds === null ? null : 'scikit-learn point metrics, one file, no intervals',
      ratio: referenceSeconds === null ? null : compared.seconds / referenceSeconds,
    });
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? ROWS);
  const results = await benchCompare(rows);
  console.log('| case | rows | wall s | peak RSS MB | baseline MB | numeric MB | rows cost / numeric | reference s | ratio |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.case} | ${r.rows.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${r.peakMB ?? '—'} | ${r.baselineMB ?? '—'} | ${r.numericMB.toFixed(0)} | ${r.rowsCostPerNumeric?.toFixed(2) ?? '—'} | ${r.referenceSeconds?.toFixed(2) ?? '—'} | ${r.ratio?.toFixed(2) ?? '—'} |`,
    );
  }
}
