/**
 * Benchmark of the per-class, threshold, curve and calibration statistics (issue 16, phase 1),
 * computation only, with the default intervals (B = 1000).
 *
 * Cases at 1,000,000 rows: a binary score (30% positives) — the shared sort, operating points,
 * ROC and PR curves with bands, the threshold sweep, ECE (both binnings); the paired comparison of
 * operating points (B = 1000) and of the curves (B = 200: their paired bands cost O(N) a
 * replicate) for two binary models; a 5-class problem — per-class
 * metrics with intervals, their paired version, top-label ECE. Data is generated from a fixed seed;
 * each case runs once after a warm-up on 10,000 rows. Reported per case: wall seconds, CPU seconds
 * (steadier on a shared machine) and the process's peak RSS so far.
 *
 * Run: npx tsx bench/thresholds.ts
 */
import { pathToFileURL } from 'node:url';
import { binaryCalibrationInput, calibration, topLabelCalibrationInput } from '../src/metrics/calibration.js';
import { precisionRecallCurve, rocCurve } from '../src/metrics/curves.js';
import { operatingPoints, type OperatingPointSpec } from '../src/metrics/operating-points.js';
import { pairedPerClassMetrics } from '../src/metrics/paired-per-class.js';
import { pairedRankingComparison } from '../src/metrics/paired-ranking-bootstrap.js';
import { perClassMetrics } from '../src/metrics/per-class.js';
import { thresholdSweep } from '../src/metrics/threshold-sweep.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../src/metrics/types.js';
import { rankedCounts } from '../src/stats/ranked-counts.js';
import { rankScores } from '../src/stats/ranking.js';
import { createRandom, type Random } from '../src/stats/rng.js';
import type { BenchRow } from './metrics.js';

const ROWS = 1_000_000;
const SPECS: OperatingPointSpec[] = [
  { kind: 'recall_at_precision', level: 0.9 },
  { kind: 'precision_at_recall', level: 0.8 },
];

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function binaryData(rows: number, seed: number) {
  const random = createRandom(seed);
  const yTrue = new Int32Array(rows);
  const score = new Float64Array(rows);
  const scoreB = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const y = random.next() < 0.3 ? 1 : 0;
    const latent = 1.2 * y + gaussian(random);
    yTrue[r] = y;
    score[r] = 1 / (1 + Math.exp(-(latent - 0.6 + 0.5 * gaussian(random))));
    scoreB[r] = 1 / (1 + Math.exp(-(latent - 0.6 + 0.4 * gaussian(random))));
  }
  return { yTrue, score, scoreB };
}

function multiclassData(rows: number, classes: number, seed: number, noise: number) {
  const random = createRandom(seed);
  const yTrue = new Int32Array(rows);
  const yPred = new Int32Array(rows);
  const yPredB = new Int32Array(rows);
  const probabilities = Array.from({ length: classes }, () => new Float64Array(rows));
  const probabilitiesB = Array.from({ length: classes }, () => new Float64Array(rows));
  const logits = new Float64Array(classes);
  const logitsB = new Float64Array(classes);
  for (let r = 0; r < rows; r++) {
    const y = Math.floor(random.next() * classes);
    yTrue[r] = y;
    let sum = 0;
    let sumB = 0;
    for (let k = 0; k < classes; k++) {
      const shared = gaussian(random) + (k === y ? 1.2 : 0);
      logits[k] = Math.exp(shared + noise * gaussian(random));
      logitsB[k] = Math.exp(shared + 0.5 * noise * gaussian(random));
      sum += logits[k];
      sumB += logitsB[k];
    }
    let best = 0;
    let bestB = 0;
    for (let k = 0; k < classes; k++) {
      probabilities[k][r] = logits[k] / sum;
      probabilitiesB[k][r] = logitsB[k] / sumB;
      if (probabilities[k][r] > probabilities[best][r]) best = k;
      if (probabilitiesB[k][r] > probabilitiesB[bestB][r]) bestB = k;
    }
    yPred[r] = best;
    yPredB[r] = bestB;
  }
  return { yTrue, yPred, yPredB, probabilities, probabilitiesB };
}

function measure(name: string, rows: number, run: () => unknown): BenchRow {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { case: name, rows, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function binaryCases(data: ReturnType<typeof binaryData>) {
  const { yTrue, score, scoreB } = data;
  let counts = rankedCounts(rankScores(score, yTrue, 1), score);
  const rows = yTrue.length;
  return [
    ['binary: shared sort + cumulative counts (done once, shared)', () => (counts = rankedCounts(rankScores(score, yTrue, 1), score))],
    ['binary: 2 operating points with bootstrap intervals', () => operatingPoints(counts, SPECS, DEFAULT_INTERVAL_OPTIONS)],
    ['binary: ROC (28 points) + PR (26 points) curves with bootstrap bands', () => [rocCurve(counts, DEFAULT_INTERVAL_OPTIONS), precisionRecallCurve(counts, DEFAULT_INTERVAL_OPTIONS)]],
    ['binary: threshold sweep (41 thresholds, Wilson intervals)', () => thresholdSweep(counts)],
    ['binary: ECE, equal-width and equal-mass, 15 bins', () => {
      const input = binaryCalibrationInput(score, yTrue, 1);
      return [calibration(input, { strategy: 'uniform' }), calibration(input, { strategy: 'quantile' })];
    }],
    ['paired binary: 2 operating points, joint lazy bootstrap', () => pairedRankingComparison({ yTrue, positive: 1, champion: score, challenger: scoreB }, { operatingPoints: SPECS, rocGrid: null, precisionRecallGrid: null }, DEFAULT_INTERVAL_OPTIONS)],
    ['paired binary: ROC + PR curves with paired bands, B = 200 (O(N) a replicate)', () => pairedRankingComparison({ yTrue, positive: 1, champion: score, challenger: scoreB }, {}, { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 200 })],
  ].map(([name, run]) => [name, rows, run] as const);
}

function multiclassCases(data: ReturnType<typeof multiclassData>) {
  const labels = ['a', 'b', 'c', 'd', 'e'];
  const { yTrue, yPred, yPredB, probabilities, probabilitiesB } = data;
  const rows = yTrue.length;
  return [
    ['5-class: per-class metrics with intervals (incl. 5 one-vs-rest AUCs)', () => perClassMetrics({ labels, yTrue, yPred, probabilities }, DEFAULT_INTERVAL_OPTIONS)],
    ['5-class: paired per-class (joint-cell bootstrap, paired DeLong)', () => pairedPerClassMetrics({ labels, yTrue, champion: { yPred, probabilities }, challenger: { yPred: yPredB, probabilities: probabilitiesB } }, DEFAULT_INTERVAL_OPTIONS)],
    ['5-class: top-label ECE, equal-width and equal-mass, 15 bins', () => {
      const input = topLabelCalibrationInput(probabilities, yTrue);
      return [calibration(input, { strategy: 'uniform' }), calibration(input, { strategy: 'quantile' })];
    }],
  ].map(([name, run]) => [name, rows, run] as const);
}

export async function benchThresholds(rows = ROWS): Promise<BenchRow[]> {
  const results: BenchRow[] = [];
  for (const [, , run] of binaryCases(binaryData(10_000, 2))) (run as () => unknown)();
  for (const [name, n, run] of binaryCases(binaryData(rows, 1))) results.push(measure(name as string, n, run as () => unknown));
  for (const [, , run] of multiclassCases(multiclassData(10_000, 5, 4, 0.8))) (run as () => unknown)();
  for (const [name, n, run] of multiclassCases(multiclassData(rows, 5, 3, 0.8))) results.push(measure(name as string, n, run as () => unknown));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchThresholds();
  console.log('| case | rows | wall s | CPU s | peak RSS MB (process) |\n|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.case} | ${row.rows.toLocaleString('en')} | ${row.seconds.toFixed(3)} | ${row.cpuSeconds?.toFixed(3) ?? ''} | ${row.peakMB ?? ''} |`);
}
