/**
 * The comparison itself: every metric for both models on the paired rows, the difference
 * (challenger − champion), its interval and p-value, and the test used.
 *
 * Built on the paired compute core (src/metrics/paired-comparison.ts: paired multinomial bootstrap
 * for confusion-matrix metrics, paired DeLong for ROC AUC, analytic intervals for losses), with
 * the tests the design names in place of the core's generic ones where they exist:
 * - accuracy: McNemar's test (exact below 25 discordant pairs, continuity-corrected χ² above; as
 *   statsmodels `mcnemar`) with Newcombe's paired score interval for the difference;
 * - mae, mse, mape (means of per-row losses): the paired t-test on the per-row loss differences
 *   (scipy `ttest_rel`) and its interval, plus a Wilcoxon signed-rank test of the same
 *   differences for mae and mse (a check that does not lean on normality).
 * rmse, r2 and explained_variance keep the core's delta-method intervals (the difference of the
 * two models' influence functions): O(N), no resampling, coverage checked by simulation in
 * test/compare-champion/coverage.test.ts.
 */
import { classificationMetrics } from '../../metrics/classification.js';
import { meanErrorPerRow, type MeanErrorName } from '../../metrics/mean-errors.js';
import { pairedClassificationComparison, pairedRegressionComparison, type PairedMetricValue } from '../../metrics/paired-comparison.js';
import { regressionMetrics } from '../../metrics/regression.js';
import type { IntervalOptions, MetricValue } from '../../metrics/types.js';
import { rowsBySlice } from '../../predictions/slices.js';
import { takeFloat64, takeInt32 } from '../../predictions/take-rows.js';
import type { PreparedPredictions } from '../../predictions/types.js';
import { mcnemarTest, pairedAccuracyDifferenceInterval, tallyPairedCorrectness } from '../../stats/mcnemar.js';
import { minimalDetectableDifference } from '../../stats/minimal-detectable-difference.js';
import { zCritical } from '../../stats/normal.js';
import { pairedTTestOfDifferences } from '../../stats/paired-t-test.js';
import { wilcoxonSignedRankOfDifferences } from '../../stats/wilcoxon-signed-rank.js';
import type { PairedClassification, PairedData, PairedRegression } from './load.js';
import type { ComparedMetric, Direction, DiscordantPairs, ErrorTest, SliceComparison } from './result.js';

/** Metrics where a smaller value is the better model. */
export const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['log_loss', 'brier', 'mae', 'mse', 'rmse', 'mape', 'median_ae']);

export function directionOf(metric: string): Direction {
  return LOWER_IS_BETTER.has(metric) ? 'lower-is-better' : 'higher-is-better';
}

export interface CompareOptions {
  readonly confidence: number;
  /** 0: no bootstrap intervals (the closed-form ones stay). */
  readonly bootstrapSamples: number;
  readonly seed: number;
}

export interface Comparison {
  metrics: Record<string, ComparedMetric>;
  discordantPairs: DiscordantPairs | null;
  errorTests: { absoluteError: ErrorTest; squaredError: ErrorTest } | null;
}

export function compareModels(data: PairedData, options: CompareOptions): Comparison {
  return data.task === 'regression' ? compareRegressors(data, options) : compareClassifiers(data, options);
}

function intervalOptions(options: CompareOptions): IntervalOptions {
  return { confidence: options.confidence, bootstrapSamples: options.bootstrapSamples, seed: options.seed, intervals: true };
}

function compareClassifiers(data: PairedClassification, options: CompareOptions): Comparison {
  const base = pairedClassificationComparison(
    { labels: data.labels, yTrue: data.yTrue, task: data.task, positive: data.positive, champion: data.champion, challenger: data.challenger },
    intervalOptions(options),
  );
  const metrics: Record<string, ComparedMetric> = {};
  for (const [name, value] of Object.entries(base.metrics)) metrics[name] = compared(name, value, options);

  const rows = data.yTrue.length;
  const championCorrect = new Uint8Array(rows);
  const challengerCorrect = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    championCorrect[r] = data.champion.yPred[r] === data.yTrue[r] ? 1 : 0;
    challengerCorrect[r] = data.challenger.yPred[r] === data.yTrue[r] ? 1 : 0;
  }
  const table = tallyPairedCorrectness(championCorrect, challengerCorrect);
  const mcnemar = mcnemarTest(table);
  const interval = pairedAccuracyDifferenceInterval(table, options.confidence);
  const test = mcnemar.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-chi-square-corrected';
  const ci: [number, number] | null = interval.lower === null || interval.upper === null ? null : [interval.lower, interval.upper];
  const { champion, challenger, delta, direction } = metrics.accuracy;
  metrics.accuracy = {
    champion,
    challenger,
    delta,
    ci,
    pValue: mcnemar.pValue,
    test,
    ciMethod: 'newcombe',
    direction,
    minimalDetectableDifference: mdd(ci, options.confidence),
    ...(mcnemar.reason ? { note: mcnemar.reason } : {}),
  };

  if (data.task === 'binary') {
    const outside = outsideUnitInterval(data);
    if (outside) {
      for (const name of ['log_loss', 'brier']) {
        metrics[name] = { ...metrics[name], champion: null, challenger: null, delta: null, ci: null, pValue: null, test: null, ciMethod: null, minimalDetectableDifference: null, note: outside };
      }
    }
  }
  return { metrics, discordantPairs: { ...table, test, statistic: mcnemar.statistic, pValue: mcnemar.pValue }, errorTests: null };
}

/** Log loss and Brier need probabilities: a note when a model's binary score leaves [0, 1]. */
function outsideUnitInterval(data: PairedClassification): string | undefined {
  for (const [model, predictions] of [['champion', data.champion], ['challenger', data.challenger]] as const) {
    if (predictions.probabilities || !predictions.score) continue;
    const score = predictions.score;
    for (let r = 0; r < score.length; r++) {
      if (!(score[r] >= 0 && score[r] <= 1)) return `needs probabilities: the ${model}'s score ${score[r]} is outside [0, 1]`;
    }
  }
  return undefined;
}

function compareRegressors(data: PairedRegression, options: CompareOptions): Comparison {
  const base = pairedRegressionComparison(data.yTrue, data.champion, data.challenger, intervalOptions(options));
  const metrics: Record<string, ComparedMetric> = {};
  for (const [name, value] of Object.entries(base.metrics)) metrics[name] = compared(name, value, options);
  const tests: Partial<Record<MeanErrorName, ErrorTest>> = {};
  for (const name of ['mae', 'mse', 'mape'] as const) {
    const differences = lossDifferences(name, data);
    const t = pairedTTestOfDifferences(differences, options.confidence);
    const ci = t.confidenceInterval;
    metrics[name] = {
      ...metrics[name],
      ci,
      pValue: t.pValue,
      test: t.pValue === null ? null : 'paired-t',
      ciMethod: ci === null ? null : 'paired-t',
      minimalDetectableDifference: mdd(ci, options.confidence),
      ...(t.reason && t.pValue === null ? { note: t.reason } : {}),
    };
    if (name === 'mape') continue;
    const w = wilcoxonSignedRankOfDifferences(differences);
    tests[name] = {
      meanDifference: t.meanDifference,
      tStatistic: t.statistic,
      tPValue: t.pValue,
      wilcoxonStatistic: w.statistic,
      wilcoxonPValue: w.pValue,
      wilcoxonMethod: w.method,
    };
  }
  return { metrics, discordantPairs: null, errorTests: { absoluteError: tests.mae!, squaredError: tests.mse! } };
}

/** Per-row loss of the challenger minus the champion's. */
function lossDifferences(name: MeanErrorName, data: PairedRegression): Float64Array {
  const a = meanErrorPerRow(name, data.yTrue, data.champion);
  const b = meanErrorPerRow(name, data.yTrue, data.challenger);
  for (let r = 0; r < b.length; r++) b[r] -= a[r];
  return b;
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
    test,
    ciMethod: ci === null ? null : test,
    direction: directionOf(name),
    minimalDetectableDifference: mdd(ci, options.confidence),
    ...(note ? { note } : {}),
  };
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
export function compareSlices(data: PairedData, options: CompareOptions): Record<string, Record<string, SliceComparison>> {
  const out: Record<string, Record<string, SliceComparison>> = {};
  for (const column of data.slices) {
    const entries: Record<string, SliceComparison> = {};
    rowsBySlice(column).forEach((rows, code) => {
      if (rows.length === 0) return;
      entries[column.values[code]] = { rows: rows.length, metrics: compareModels(subset(data, rows), options).metrics };
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
