/**
 * The comparison itself: every metric for both models on the paired rows, the difference
 * (challenger − champion), its interval and p-value, and the test used — all from
 * src/metrics/paired-comparison.ts, the single source of the paired tests — plus what a reader
 * and a gate need on top: the metric's direction (from the metric catalogue) and the smallest
 * difference the data could detect.
 */
import { classificationMetrics } from '../metrics/classification.js';
import { directionOf } from '../metrics/catalogue.js';
import { pairedClassificationComparison, pairedRegressionComparison, type PairedComparisonResult, type PairedMetricValue } from '../metrics/paired-comparison.js';
import { regressionMetrics } from '../metrics/regression.js';
import type { IntervalOptions, MetricValue } from '../metrics/types.js';
import { rowsBySlice } from '../predictions/slices.js';
import { takeFloat64, takeInt32 } from '../predictions/take-rows.js';
import type { PreparedPredictions } from '../predictions/types.js';
import { minimalDetectableDifference } from '../stats/minimal-detectable-difference.js';
import { zCritical } from '../stats/normal.js';
import type { PairedClassification, PairedData } from './load-comparison.js';
import type { ComparedMetric, ComparisonOutcome, SliceComparison } from './outcome.js';

export interface CompareOptions {
  readonly confidence: number;
  /** 0: no bootstrap intervals (the closed-form ones stay). */
  readonly bootstrapSamples: number;
  readonly seed: number;
}

export type Comparison = Pick<ComparisonOutcome, 'metrics' | 'discordantPairs' | 'errorTests'>;

export function compareModels(data: PairedData, options: CompareOptions): Comparison {
  const paired: PairedComparisonResult =
    data.task === 'regression'
      ? pairedRegressionComparison(data.yTrue, data.champion, data.challenger, intervalOptions(options))
      : pairedClassificationComparison(
          { labels: data.labels, yTrue: data.yTrue, task: data.task, positive: data.positive, champion: data.champion, challenger: data.challenger },
          intervalOptions(options),
        );
  const metrics: Record<string, ComparedMetric> = {};
  for (const [name, value] of Object.entries(paired.metrics)) metrics[name] = compared(name, value, options);
  return { metrics, discordantPairs: paired.discordantPairs, errorTests: paired.errorTests };
}

function intervalOptions(options: CompareOptions): IntervalOptions {
  return { confidence: options.confidence, bootstrapSamples: options.bootstrapSamples, seed: options.seed, intervals: true };
}

function compared(name: string, value: PairedMetricValue, options: CompareOptions): ComparedMetric {
  const noBootstrap = value.test === 'bootstrap-multinomial' && options.bootstrapSamples === 0;
  const test = noBootstrap ? null : value.test;
  const ci = noBootstrap ? null : value.ci;
  const note = noBootstrap ? 'no interval: bootstrap-samples is 0' : value.note;
  return {
    champion: value.champion,
    challenger: value.challenger,
    delta: value.delta,
    ci,
    pValue: noBootstrap ? null : value.pValue,
    ...(atBootstrapFloor(test, value.pValue, options.bootstrapSamples) ? { pValueAtFloor: true as const } : {}),
    test,
    ciMethod: ci === null ? null : (value.ciMethod ?? test),
    direction: directionOf(name),
    minimalDetectableDifference: mdd(ci, options.confidence),
    ...(note ? { note } : {}),
  };
}

/** The smallest p-value a percentile bootstrap of B resamples can give is 2/(B + 1). */
function atBootstrapFloor(test: string | null, pValue: number | null, bootstrapSamples: number): boolean {
  return test === 'bootstrap-multinomial' && pValue !== null && pValue <= (2 / (bootstrapSamples + 1)) * (1 + 1e-12);
}

/**
 * The minimal detectable difference, from the standard error implied by the interval's width,
 * SE ≈ (upper − lower) / (2 z): exact for the normal intervals (DeLong, analytic), an
 * approximation for the Newcombe, t and percentile-bootstrap ones.
 */
function mdd(ci: [number, number] | null, confidence: number): number | null {
  if (ci === null) return null;
  const se = (ci[1] - ci[0]) / (2 * zCritical(confidence));
  return Number.isFinite(se) && se >= 0 ? minimalDetectableDifference(se, confidence) : null;
}

/** The challenger's own metrics and intervals (a first run, or `.lower`/`.upper` gates). */
export function challengerAlone(data: PreparedPredictions, options: CompareOptions): Record<string, MetricValue> {
  // classificationMetrics needs B ≥ 1; with bootstrap-samples 0 its bootstrap intervals are dropped below.
  const interval = { ...intervalOptions(options), bootstrapSamples: Math.max(1, options.bootstrapSamples) };
  const metrics =
    data.task === 'regression'
      ? regressionMetrics(data.yTrue, data.yPred, interval).metrics
      : classificationMetrics({ labels: data.labels, yTrue: data.yTrue, yPred: data.yPred, task: data.task, positive: data.positive, score: data.score, probabilities: data.probabilities }, interval).metrics;
  if (options.bootstrapSamples > 0) return metrics;
  const out: Record<string, MetricValue> = {};
  for (const [name, m] of Object.entries(metrics)) {
    out[name] = m.ciMethod === 'bootstrap' || m.ciMethod === 'bootstrap-multinomial' ? { ...m, ci: null, ciMethod: null, note: 'no interval: bootstrap-samples is 0' } : m;
  }
  return out;
}

/** First run: the challenger's metrics in the comparison's shape (no champion, no delta). */
export function challengerOnlyMetrics(data: PreparedPredictions, options: CompareOptions): Record<string, ComparedMetric> {
  const out: Record<string, ComparedMetric> = {};
  for (const [name, m] of Object.entries(challengerAlone(data, options))) {
    out[name] = {
      champion: null,
      challenger: m.value,
      delta: null,
      ci: null,
      pValue: null,
      test: null,
      ciMethod: null,
      direction: directionOf(name),
      minimalDetectableDifference: null,
      challengerCi: m.ci,
      ...(m.note ? { note: m.note } : {}),
    };
  }
  return out;
}

/** The challenger of a paired comparison, as one model's predictions. */
export function challengerPredictions(data: PairedData): PreparedPredictions {
  if (data.task === 'regression') return { task: 'regression', taskReason: data.taskReason, rows: data.rows, slices: [], yTrue: data.yTrue, yPred: data.challenger };
  return {
    task: data.task,
    taskReason: data.taskReason,
    rows: data.rows,
    slices: [],
    labels: data.labels,
    positive: data.positive,
    yTrue: data.yTrue,
    yPred: data.challenger.yPred,
    score: data.challenger.score,
    probabilities: data.challenger.probabilities,
  };
}

/** Per slice column and value: the full comparison on those rows. */
export function compareSlices(data: PairedData, options: CompareOptions & { readonly minSliceRows: number }): Record<string, Record<string, SliceComparison>> {
  const out: Record<string, Record<string, SliceComparison>> = {};
  for (const column of data.slices) {
    const entries: Record<string, SliceComparison> = {};
    rowsBySlice(column).forEach((rows, code) => {
      if (rows.length === 0) return;
      const metrics = compareModels(subset(data, rows), options).metrics;
      entries[column.values[code]] = rows.length < options.minSliceRows ? { rows: rows.length, metrics, belowMinRows: true } : { rows: rows.length, metrics };
    });
    out[column.name] = entries;
  }
  return out;
}

function subset(data: PairedData, rows: Uint32Array): PairedData {
  if (data.task === 'regression') {
    return { ...data, rows: rows.length, slices: [], yTrue: takeFloat64(data.yTrue, rows), champion: takeFloat64(data.champion, rows), challenger: takeFloat64(data.challenger, rows) };
  }
  const model = (m: PairedClassification['champion']) => ({ yPred: takeInt32(m.yPred, rows), score: m.score && takeFloat64(m.score, rows), probabilities: m.probabilities?.map((p) => takeFloat64(p, rows)) });
  return { ...data, rows: rows.length, slices: [], yTrue: takeInt32(data.yTrue, rows), champion: model(data.champion), challenger: model(data.challenger) };
}
