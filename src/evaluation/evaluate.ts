/**
 * evaluate-model's numbers: the metrics of the whole file with their intervals, the same per
 * value of every slice column, the gaps between slices and the fairness differences — a pure
 * function of the prepared typed arrays.
 */
import { classificationMetrics } from '../metrics/classification.js';
import { regressionMetrics } from '../metrics/regression.js';
import type { MetricValue } from '../metrics/types.js';
import { rowsBySlice } from '../predictions/slices.js';
import { takeRows } from '../predictions/take-rows.js';
import type { PreparedPredictions } from '../predictions/types.js';
import type { EvaluationOutcome, MetricEntry, SliceEntry } from './outcome.js';
import type { EvaluationSettings } from './settings.js';
import { fairnessOf, largestGaps } from './slice-gaps.js';

type IntervalSettings = Pick<EvaluationSettings, 'confidence' | 'bootstrapSamples' | 'seed'>;

export function evaluate(data: PreparedPredictions, settings: EvaluationSettings): EvaluationOutcome {
  const whole = metricsOf(data, settings);
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
    settings: { confidence: settings.confidence, bootstrapSamples: settings.bootstrapSamples, seed: settings.seed, predictions: settings.predictions, minSliceRows: settings.minSliceRows },
  };
}

function metricsOf(data: PreparedPredictions, settings: IntervalSettings): { metrics: Record<string, MetricEntry>; confusionMatrix: number[][] | null } {
  const intervals = { confidence: settings.confidence, bootstrapSamples: settings.bootstrapSamples, seed: settings.seed, intervals: true };
  if (data.task === 'regression') {
    return { metrics: toEntries(regressionMetrics(data.yTrue, data.yPred, intervals).metrics), confusionMatrix: null };
  }
  const computed = classificationMetrics(
    { labels: data.labels, yTrue: data.yTrue, yPred: data.yPred, task: data.task, positive: data.positive, score: data.score, probabilities: data.probabilities },
    intervals,
  );
  return { metrics: toEntries(computed.metrics), confusionMatrix: computed.confusionMatrix };
}

function toEntries(metrics: Record<string, MetricValue>): Record<string, MetricEntry> {
  const out: Record<string, MetricEntry> = {};
  for (const [name, m] of Object.entries(metrics)) {
    out[name] = { value: m.value, ci: m.ci, ciMethod: m.ciMethod, ...(m.note ? { note: m.note } : {}) };
  }
  return out;
}
