/**
 * Benchmark of the metric computation (no loading: that is the io benchmark's), with the default
 * intervals: Wilson, DeLong, the multinomial bootstrap with B = 1000, analytic intervals.
 *
 * Cases: 1,000,000 binary rows (y_true, y_pred, score), 1,000,000 5-class rows (y_true, y_pred,
 * five probability columns), 1,000,000 regression rows; and compare-champion's paired core on two
 * 1,000,000-row binary prediction sets (paired DeLong, joint-cell bootstrap with B = 2000).
 * Data is generated from a fixed seed. Each case runs once after a warm-up on 10,000 rows.
 * Reported per case: wall seconds, CPU seconds (steadier on a shared machine), and the process's
 * peak RSS so far (it includes the generated input columns: about 24 MB binary, 56 MB 5-class).
 *
 * Run: npx tsx bench/metrics.ts
 */
import { pathToFileURL } from 'node:url';
import { classificationMetrics } from '../src/metrics/classification.js';
import { pairedClassificationComparison } from '../src/metrics/paired-comparison.js';
import { regressionMetrics } from '../src/metrics/regression.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../src/metrics/types.js';
import { createRandom, type Random } from '../src/stats/rng.js';

export interface BenchRow {
  case: string;
  rows: number;
  seconds: number;
  peakMB?: number;
  /** CPU time (user + system) of the case: a steadier figure than wall time on a shared machine. */
  cpuSeconds?: number;
}

const ROWS = 1_000_000;

/** Box–Muller: a standard normal from two uniforms (fast; the bench only needs plausible data). */
function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function binaryData(rows: number, seed: number) {
  const random = createRandom(seed);
  const yTrue = new Int32Array(rows);
  const yPred = new Int32Array(rows);
  const score = new Float64Array(rows);
  const scoreB = new Float64Array(rows);
  const yPredB = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const y = random.next() < 0.3 ? 1 : 0;
    const latent = 1.2 * y + gaussian(random);
    yTrue[r] = y;
    score[r] = 1 / (1 + Math.exp(-(latent - 0.6 + 0.5 * gaussian(random))));
    scoreB[r] = 1 / (1 + Math.exp(-(latent - 0.6 + 0.4 * gaussian(random))));
    yPred[r] = score[r] >= 0.5 ? 1 : 0;
    yPredB[r] = scoreB[r] >= 0.5 ? 1 : 0;
  }
  return { yTrue, yPred, score, yPredB, scoreB };
}

function multiclassData(rows: number, classes: number, seed: number) {
  const random = createRandom(seed);
  const yTrue = new Int32Array(rows);
  const yPred = new Int32Array(rows);
  const probabilities = Array.from({ length: classes }, () => new Float64Array(rows));
  const logits = new Float64Array(classes);
  for (let r = 0; r < rows; r++) {
    const y = Math.floor(random.next() * classes);
    yTrue[r] = y;
    let sum = 0;
    let best = 0;
    for (let k = 0; k < classes; k++) {
      logits[k] = Math.exp(gaussian(random) + (k === y ? 1.2 : 0));
      sum += logits[k];
      if (logits[k] > logits[best]) best = k;
    }
    for (let k = 0; k < classes; k++) probabilities[k][r] = logits[k] / sum;
    yPred[r] = best;
  }
  return { yTrue, yPred, probabilities };
}

function regressionData(rows: number, seed: number) {
  const random = createRandom(seed);
  const yTrue = new Float64Array(rows);
  const yPred = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const x = 50 + 10 * gaussian(random);
    yTrue[r] = x + 3 * gaussian(random);
    yPred[r] = x;
  }
  return { yTrue, yPred };
}

function peakMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function measure(name: string, rows: number, run: () => unknown): BenchRow {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { case: name, rows, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMB: peakMB() };
}

export async function benchMetrics(rows = ROWS): Promise<BenchRow[]> {
  const results: BenchRow[] = [];
  const labels2 = ['0', '1'];
  const labels5 = ['a', 'b', 'c', 'd', 'e'];

  const binary = binaryData(rows, 1);
  const small = binaryData(10_000, 2);
  classificationMetrics({ labels: labels2, yTrue: small.yTrue, yPred: small.yPred, score: small.score }, DEFAULT_INTERVAL_OPTIONS);
  results.push(measure('binary, default intervals (B = 1000)', rows, () => classificationMetrics({ labels: labels2, yTrue: binary.yTrue, yPred: binary.yPred, score: binary.score }, DEFAULT_INTERVAL_OPTIONS)));
  results.push(measure('binary, point metrics only', rows, () => classificationMetrics({ labels: labels2, yTrue: binary.yTrue, yPred: binary.yPred, score: binary.score }, { ...DEFAULT_INTERVAL_OPTIONS, intervals: false })));
  results.push(
    measure('paired binary (compare-champion core, B = 2000)', rows, () =>
      pairedClassificationComparison(
        { labels: labels2, yTrue: binary.yTrue, champion: { yPred: binary.yPred, score: binary.score }, challenger: { yPred: binary.yPredB, score: binary.scoreB } },
        { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 2000 },
      ),
    ),
  );

  const multiclass = multiclassData(rows, 5, 3);
  const smallMulticlass = multiclassData(10_000, 5, 4);
  classificationMetrics({ labels: labels5, ...smallMulticlass }, DEFAULT_INTERVAL_OPTIONS);
  results.push(measure('5-class with probabilities, default intervals (B = 1000)', rows, () => classificationMetrics({ labels: labels5, ...multiclass }, DEFAULT_INTERVAL_OPTIONS)));

  const regression = regressionData(rows, 5);
  regressionMetrics(regression.yTrue.subarray(0, 10_000), regression.yPred.subarray(0, 10_000), DEFAULT_INTERVAL_OPTIONS);
  results.push(measure('regression, default intervals', rows, () => regressionMetrics(regression.yTrue, regression.yPred, DEFAULT_INTERVAL_OPTIONS)));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchMetrics();
  console.log('| case | rows | wall s | CPU s | peak RSS MB (process) |\n|---|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.case} | ${row.rows.toLocaleString('en')} | ${row.seconds.toFixed(3)} | ${row.cpuSeconds?.toFixed(3) ?? ''} | ${row.peakMB ?? ''} |`);
  }
}
