/**
 * The result fields issue 16 adds (curves, calibration, per-class metrics, the threshold sweep,
 * trends), built for the bundled examples by calling the metric functions themselves
 * (src/metrics/curves.ts, calibration.ts, per-class.ts, threshold-sweep.ts, trend.ts,
 * paired-ranking-bootstrap.ts, paired-per-class.ts) — so the renderers are tested on exactly the
 * shapes those functions return, whether or not the domain outcome carries them yet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binaryCalibrationInput, calibration } from '../../src/metrics/calibration.js';
import { precisionRecallCurve, rocCurve } from '../../src/metrics/curves.js';
import { pairedPerClassMetrics } from '../../src/metrics/paired-per-class.js';
import { pairedRankingComparison } from '../../src/metrics/paired-ranking-bootstrap.js';
import { operatingPoints } from '../../src/metrics/operating-points.js';
import { perClassMetrics } from '../../src/metrics/per-class.js';
import { thresholdSweep } from '../../src/metrics/threshold-sweep.js';
import { metricTrend } from '../../src/metrics/trend.js';
import { DEFAULT_INTERVAL_OPTIONS, type IntervalOptions } from '../../src/metrics/types.js';
import { rankedCounts } from '../../src/stats/ranked-counts.js';
import { rankScores } from '../../src/stats/ranking.js';
import type { ComparisonExtras } from '../../src/actions/compare-champion/render.js';
import type { EvaluationExtras } from '../../src/actions/evaluate-model/render.js';
import { REPO_ROOT } from '../support/run-bundle.js';

/** A small numeric CSV (the examples) as columns of strings. */
function readCsv(path: string): Record<string, string[]> {
  const [header, ...lines] = readFileSync(join(REPO_ROOT, path), 'utf8').trim().split('\n');
  const names = header.split(',');
  const columns: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const line of lines) line.split(',').forEach((v, i) => columns[names[i]].push(v));
  return columns;
}

const OPTIONS: IntervalOptions = { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 200 };

/** The binary example of evaluate-model (examples/evaluate-model/binary.csv, positive class 1). */
export function evaluationExtras(): Required<EvaluationExtras> {
  const csv = readCsv('examples/evaluate-model/binary.csv');
  const yTrue = Int32Array.from(csv.y_true, Number);
  const yPred = Int32Array.from(csv.y_pred, Number);
  const score = Float64Array.from(csv.score, Number);
  const counts = rankedCounts(rankScores(score, yTrue, 1), score);
  const history = [0.991, 0.993, 0.989, 0.994].map((value, i) => ({ runId: String(100 + i), value }));
  return {
    curves: { roc: rocCurve(counts, OPTIONS), pr: precisionRecallCurve(counts, OPTIONS) },
    calibration: calibration(binaryCalibrationInput(score, yTrue, 1), { strategy: 'uniform', bins: 10 }),
    perClass: perClassMetrics({ labels: ['0', '1'], yTrue, yPred, task: 'binary', positive: 1, score }, OPTIONS),
    thresholdSweep: thresholdSweep(counts, [0.1, 0.25, 0.5, 0.75, 0.9]),
    trends: { roc_auc: metricTrend(history, { runId: '104', value: 0.9932 }) },
    operatingPoints: operatingPoints(counts, [{ kind: 'recall_at_precision', level: 0.95 }], OPTIONS),
  };
}

/** The compare-champion example (examples/compare-champion/*.csv), rows paired on `id`. */
export function comparisonExtras(): Required<ComparisonExtras> {
  const champion = readCsv('examples/compare-champion/champion.csv');
  const challenger = readCsv('examples/compare-champion/challenger.csv');
  const at = new Map(challenger.id.map((id, i) => [id, i]));
  const order = champion.id.map((id) => at.get(id)!);
  const yTrue = Int32Array.from(champion.y_true, Number);
  const championScore = Float64Array.from(champion.score, Number);
  const challengerScore = Float64Array.from(order, (i) => Number(challenger.score[i]));
  const paired = pairedRankingComparison({ yTrue, positive: 1, champion: championScore, challenger: challengerScore }, { operatingPoints: [{ kind: 'recall_at_precision', level: 0.95 }] }, OPTIONS);
  const perClass = pairedPerClassMetrics(
    {
      labels: ['0', '1'],
      yTrue,
      task: 'binary',
      positive: 1,
      champion: { yPred: Int32Array.from(champion.y_pred, Number), score: championScore },
      challenger: { yPred: Int32Array.from(order, (i) => Number(challenger.y_pred[i])), score: challengerScore },
    },
    OPTIONS,
  );
  const history = [0.004, 0.006, 0.003].map((value, i) => ({ runId: String(200 + i), value }));
  return { curves: { roc: paired.roc, pr: paired.precisionRecall }, operatingPoints: paired.operatingPoints, perClass, trends: { 'roc_auc.delta': metricTrend(history, { runId: '203', value: 0.005 }) } };
}
