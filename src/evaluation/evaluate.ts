/**
 * evaluate-model's numbers: the metrics of the whole file with their intervals, the same per
 * value of every slice column, the gaps between slices and the fairness differences — a pure
 * function of the prepared typed arrays.
 */
import type { NamedGate } from '../gates/catalogue.js';
import type { CalibrationResult } from '../metrics/calibration.js';
import { classificationMetrics, type ClassificationHooks } from '../metrics/classification.js';
import { perClassMetrics } from '../metrics/per-class.js';
import { regressionMetrics } from '../metrics/regression.js';
import type { ClassificationInput, IntervalOptions, MetricValue } from '../metrics/types.js';
import { rankedCounts } from '../stats/ranked-counts.js';
import { rowsBySlice } from '../predictions/slices.js';
import { takeRows } from '../predictions/take-rows.js';
import type { PreparedClassification, PreparedPredictions } from '../predictions/types.js';
import type { EvaluationOutcome, MetricEntry, SliceEntry } from './outcome.js';
import type { EvaluationSettings } from './settings.js';
import { operatingPointSpecs } from '../metrics/operating-points.js';
import { analyseScore, type ScoreAnalysis } from './score-analysis.js';
import { fairnessOf, largestGaps } from './slice-gaps.js';

type IntervalSettings = Pick<EvaluationSettings, 'confidence' | 'bootstrapSamples' | 'seed'>;

export function evaluate(data: PreparedPredictions, settings: EvaluationSettings, gates: readonly NamedGate[] = []): EvaluationOutcome {
  let scoreAnalysis: ScoreAnalysis | undefined;
  const whole = metricsOf(data, settings, {
    onRanking: (ranking, score) => {
      scoreAnalysis = analyseScore(rankedCounts(ranking, score), operatingPointSpecs(gates), intervalOptions(settings));
    },
  });
  const slices: EvaluationOutcome['slices'] = {};
  const fairness: EvaluationOutcome['fairness'] = {};
  for (const column of data.slices) {
    const groups = rowsBySlice(column);
    const entries: Record<string, SliceEntry> = {};
    groups.forEach((rows, code) => {
      if (rows.length === 0) return;
      const metrics = metricsOf(takeRows({ ...data, slices: [] }, rows), settings).metrics;
      entries[column.values[code]] = rows.length < settings.minSliceRows ? { rows: rows.length, metrics, belowMinRows: true } : { rows: rows.length, metrics };
    });
    slices[column.name] = entries;
    if (data.task === 'binary' && data.positive !== undefined) {
      fairness[column.name] = fairnessOf(data.yTrue, data.yPred, data.positive, groups.filter((rows) => rows.length >= settings.minSliceRows));
    }
  }
  const { overall, byColumn } = largestGaps(slices);
  return {
    task: data.task,
    taskReason: data.taskReason,
    rows: data.rows,
    labels: data.task === 'regression' ? null : [...data.labels],
    positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
    metrics: whole.metrics,
    confusionMatrix: whole.confusionMatrix,
    slices,
    sliceGaps: overall,
    columnGaps: byColumn,
    fairness,
    perClass: data.task === 'regression' ? null : perClassMetrics(classificationInput(data), intervalOptions(settings)),
    operatingPoints: scoreAnalysis?.operatingPoints ?? {},
    curves: scoreAnalysis?.curves ?? null,
    thresholdSweep: scoreAnalysis?.thresholdSweep ?? null,
    calibration: whole.calibration,
    settings: {
      confidence: settings.confidence,
      bootstrapSamples: settings.bootstrapSamples,
      seed: settings.seed,
      predictions: settings.predictions,
      minSliceRows: settings.minSliceRows,
      threshold: data.task === 'binary' ? (data.threshold ?? null) : null,
    },
  };
}

function intervalOptions(settings: IntervalSettings): IntervalOptions {
  return { confidence: settings.confidence, bootstrapSamples: settings.bootstrapSamples, seed: settings.seed, intervals: true };
}

function classificationInput(data: PreparedClassification): ClassificationInput {
  return { labels: data.labels, yTrue: data.yTrue, yPred: data.yPred, task: data.task, positive: data.positive, score: data.score, probabilities: data.probabilities };
}

interface Metrics {
  metrics: Record<string, MetricEntry>;
  confusionMatrix: number[][] | null;
  calibration: CalibrationResult | null;
}

function metricsOf(data: PreparedPredictions, settings: IntervalSettings, hooks: ClassificationHooks = {}): Metrics {
  if (data.task === 'regression') {
    return { metrics: toEntries(regressionMetrics(data.yTrue, data.yPred, intervalOptions(settings)).metrics), confusionMatrix: null, calibration: null };
  }
  const computed = classificationMetrics(classificationInput(data), intervalOptions(settings), hooks);
  return { metrics: toEntries(computed.metrics), confusionMatrix: computed.confusionMatrix, calibration: computed.calibration ?? null };
}

function toEntries(metrics: Record<string, MetricValue>): Record<string, MetricEntry> {
  const out: Record<string, MetricEntry> = {};
  for (const [name, m] of Object.entries(metrics)) {
    out[name] = { value: m.value, ci: m.ci, ciMethod: m.ciMethod, ...(m.note ? { note: m.note } : {}) };
  }
  return out;
}
