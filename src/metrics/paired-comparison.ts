/**
 * Champion vs challenger on the same rows: each metric for both models, the difference
 * delta = challenger − champion, its confidence interval and a two-sided p-value for "no
 * difference" — the compute core of compare-champion. Pure functions of typed arrays; the rows of
 * the two models must already be aligned (joined on id or by position).
 *
 * This file is the single source of compare-champion's tests (named in `test`; the metric
 * catalogue lists each metric's `pairedTest`):
 * - accuracy: McNemar's test on the discordant pairs (`mcnemar-exact` below 25 discordant pairs,
 *   else `mcnemar-chi-square-corrected`; as statsmodels `mcnemar`) with Newcombe's paired score
 *   interval for the difference (`ciMethod: newcombe`);
 * - `bootstrap-multinomial`: the other confusion-matrix metrics — paired percentile bootstrap over
 *   the K³ joint (truth, champion, challenger) cells (paired-confusion-bootstrap.ts);
 * - `delong`: roc_auc — DeLong's paired test; roc_auc_ovr_* — the difference of the two models'
 *   influence functions (the paired analogue of the one-model interval in roc-auc.ts);
 * - `paired-t`: mae, mse, mape — the paired t-test on the per-row loss differences (scipy
 *   `ttest_rel`) and its interval, with a Wilcoxon signed-rank test of the same differences for
 *   mae and mse (`errorTests`: a check that does not lean on normality);
 * - `analytic`: log_loss, brier — the normal interval for the mean of per-row loss differences (a
 *   paired z-test); rmse, r2, explained_variance, average_precision — the same on the difference
 *   of the two per-row influence functions (delta method).
 * median_ae gets its delta but no interval (no cheap paired interval for a difference of medians).
 */
import { calibration, calibrationInputFor, CALIBRATION_METRICS } from './calibration.js';
import { mcnemarTest, pairedAccuracyDifferenceInterval, tallyPairedCorrectness } from '../stats/mcnemar.js';
import { pairedTTestOfDifferences } from '../stats/paired-t-test.js';
import { wilcoxonSignedRankOfDifferences, type WilcoxonSignedRankResult } from '../stats/wilcoxon-signed-rank.js';
import { placementsFromRanking, pairedDelongFromPlacements, type AucPlacements } from '../stats/delong.js';
import { influenceStandardError, meanAndStandardErrorOf, normalInterval, type RowValue } from '../stats/influence-interval.js';
import { CompensatedSum, compensatedSum } from '../stats/summation.js';
import { normalTwoSided } from '../stats/normal.js';
import { RankingWorkspace, rankScores } from '../stats/ranking.js';
import { averagePrecisionWithInfluence, type AveragePrecisionEstimate } from './average-precision.js';
import { brierRowErrors } from './brier-score.js';
import { BINARY_METRICS, MULTICLASS_METRICS } from './classification.js';
import { CONFUSION_METRICS_BY_TASK } from './confusion-metrics.js';
import { confusionMatrix } from './confusion-matrix.js';
import { binaryRowLosses, multiclassRowLosses } from './log-loss.js';
import { meanErrorPerRow } from './mean-errors.js';
import { medianAbsoluteError } from './median-absolute-error.js';
import { jointConfusionCounts, pairedConfusionBootstrap } from './paired-confusion-bootstrap.js';
import { REGRESSION_METRICS } from './regression.js';
import { oneVsRestDegenerateClasses, oneVsRestUndefinedNote, oneVsRestWithInfluence } from './roc-auc.js';
import { labelsAreFixed, type ClassificationTask, type IntervalOptions } from './types.js';
import { VARIANCE_EXPLAINED_MIN_ROWS, tooFewRowsNote, varianceExplainedWithInfluence } from './variance-explained.js';

export type PairedTest = 'bootstrap-multinomial' | 'delong' | 'analytic' | 'mcnemar-exact' | 'mcnemar-chi-square-corrected' | 'paired-t';

/** One metric compared (the `metrics.<name>` entry of compare-champion's result object). */
export interface PairedMetricValue {
  champion: number | null;
  challenger: number | null;
  /** challenger − champion. */
  delta: number | null;
  ci: [number, number] | null;
  pValue: number | null;
  test: PairedTest | null;
  /** How `ci` was computed when it is not the test's own interval (accuracy: `newcombe`). */
  ciMethod?: 'newcombe';
  note?: string;
}

/** The 2×2 table of which model is right on each row, and McNemar's test on it (classification). */
export interface DiscordantPairs {
  bothCorrect: number;
  championOnlyCorrect: number;
  challengerOnlyCorrect: number;
  bothWrong: number;
  test: 'mcnemar-exact' | 'mcnemar-chi-square-corrected';
  statistic: number;
  pValue: number;
}

/** Paired tests on per-row errors (regression): challenger error − champion error. */
export interface ErrorTest {
  /** Mean of the per-row differences (the Δ of mae or mse). */
  meanDifference: number | null;
  tStatistic: number | null;
  tPValue: number | null;
  /** Wilcoxon signed-rank on the same differences (a check that does not assume normal errors). */
  wilcoxonStatistic: number | null;
  wilcoxonPValue: number | null;
  wilcoxonMethod: WilcoxonSignedRankResult['method'] | null;
}

/** One model's predictions for the rows of a comparison. */
export interface ModelPredictions {
  yPred: Int32Array;
  /** Binary: positive-class score. */
  score?: Float64Array;
  /** Per-class probabilities in label order. */
  probabilities?: readonly Float64Array[];
}

export interface PairedClassificationInput {
  labels: readonly string[];
  yTrue: Int32Array;
  task?: ClassificationTask;
  /** Binary: the positive class code (default 1). */
  positive?: number;
  champion: ModelPredictions;
  challenger: ModelPredictions;
}

export interface PairedComparisonResult {
  rows: number;
  metrics: Record<string, PairedMetricValue>;
  /** Classification: McNemar's table. */
  discordantPairs: DiscordantPairs | null;
  /** Regression: paired tests on the absolute and squared errors. */
  errorTests: { absoluteError: ErrorTest; squaredError: ErrorTest } | null;
}

/**
 * Compares two classifiers on the same rows. Metrics that need scores appear when both models
 * have them; otherwise they are null with a note.
 * @throws DataError for a missing or out-of-range label code (naming the row); RangeError for
 *   arrays of different lengths.
 */
export function pairedClassificationComparison(input: PairedClassificationInput, options: IntervalOptions): PairedComparisonResult & { task: ClassificationTask } {
  const { labels, yTrue, champion, challenger } = input;
  const classes = labels.length;
  const task: ClassificationTask = input.task ?? (classes <= 2 ? 'binary' : 'multiclass');
  const positive = input.positive ?? 1;
  const rows = yTrue.length;
  for (const model of [champion, challenger]) {
    if (model.yPred.length !== rows) throw new RangeError(`y_pred has ${model.yPred.length} rows, y_true ${rows}`);
    confusionMatrix(yTrue, model.yPred, classes); // validates every code, naming the row
  }
  const metrics: Record<string, PairedMetricValue> = {};
  const joint = jointConfusionCounts(yTrue, champion.yPred, challenger.yPred, classes);
  const names = CONFUSION_METRICS_BY_TASK[task];
  const bootstrapped = pairedConfusionBootstrap(joint, classes, task === 'binary' ? positive : -1, names, options, labelsAreFixed(labels));
  for (const name of names) {
    const b = bootstrapped[name];
    const defined = !Number.isNaN(b.champion) && !Number.isNaN(b.challenger);
    metrics[name] = {
      champion: Number.isNaN(b.champion) ? null : b.champion,
      challenger: Number.isNaN(b.challenger) ? null : b.challenger,
      delta: defined ? b.delta : null,
      ci: defined ? b.ci : null,
      pValue: defined ? b.pValue : null,
      test: defined && options.intervals ? 'bootstrap-multinomial' : null,
      ...(b.undefinedReplicates > 0 ? { note: `${b.undefinedReplicates} of ${options.bootstrapSamples} bootstrap resamples left it undefined and were dropped` } : {}),
    };
  }

  const discordantPairs = pairedAccuracy(metrics, yTrue, champion.yPred, challenger.yPred, options);

  if (task === 'binary') {
    const scoreA = champion.score ?? champion.probabilities?.[positive];
    const scoreB = challenger.score ?? challenger.probabilities?.[positive];
    if (scoreA === undefined || scoreB === undefined) {
      for (const name of ['roc_auc', 'average_precision', 'log_loss', 'brier']) metrics[name] = missing('needs a positive-class score or probabilities from both models');
    } else {
      // Each score is ranked in turn in one workspace; what the paired tests need of a ranking
      // (placements, average-precision influence) is taken out before the next one overwrites it.
      const workspace = new RankingWorkspace();
      const a = rankedSummaries(scoreA, yTrue, positive, workspace);
      const b = rankedSummaries(scoreB, yTrue, positive, workspace);
      metrics.roc_auc = pairedRocAuc(a.placements, b.placements, yTrue, positive, options);
      metrics.average_precision =
        a.averagePrecision.influence === null || b.averagePrecision.influence === null
          ? { ...missing('undefined: y_true has no positive rows'), champion: 0, challenger: 0, delta: 0 }
          : influenceDifference(a.averagePrecision.value, b.averagePrecision.value, a.averagePrecision.influence, b.averagePrecision.influence, options);
      const lossA = champion.probabilities ? multiclassRowLosses(champion.probabilities, yTrue) : binaryRowLosses(scoreA, yTrue, positive);
      const lossB = challenger.probabilities ? multiclassRowLosses(challenger.probabilities, yTrue) : binaryRowLosses(scoreB, yTrue, positive);
      metrics.log_loss = meanDifference(rows, lossA, lossB, options);
      metrics.brier = meanDifference(rows, brierRowErrors(scoreA, yTrue, positive), brierRowErrors(scoreB, yTrue, positive), options);
      const outside = outsideUnitInterval(champion, challenger);
      if (outside) for (const name of ['log_loss', 'brier']) metrics[name] = missing(outside);
    }
  } else if (champion.probabilities === undefined || challenger.probabilities === undefined) {
    for (const name of ['roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss']) metrics[name] = missing('needs per-class probabilities from both models');
  } else {
    const degenerate = oneVsRestDegenerateClasses(yTrue, labels);
    if (degenerate.length > 0) {
      metrics.roc_auc_ovr_macro = missing(oneVsRestUndefinedNote(degenerate));
      metrics.roc_auc_ovr_weighted = missing(oneVsRestUndefinedNote(degenerate));
    } else {
      const workspace = new RankingWorkspace();
      const a = oneVsRestWithInfluence(champion.probabilities, yTrue, options.intervals, workspace);
      const b = oneVsRestWithInfluence(challenger.probabilities, yTrue, options.intervals, workspace);
      metrics.roc_auc_ovr_macro = { ...influenceDifference(a.macro, b.macro, a.macroInfluence, b.macroInfluence, options), ...(options.intervals ? { test: 'delong' as const } : {}) };
      metrics.roc_auc_ovr_weighted = { ...influenceDifference(a.weighted, b.weighted, a.weightedInfluence, b.weightedInfluence, options), ...(options.intervals ? { test: 'delong' as const } : {}) };
    }
    metrics.log_loss = meanDifference(rows, multiclassRowLosses(champion.probabilities, yTrue), multiclassRowLosses(challenger.probabilities, yTrue), options);
  }
  for (const strategy of ['uniform', 'quantile'] as const) metrics[CALIBRATION_METRICS[strategy]] = pairedCalibration(task, yTrue, positive, champion, challenger, strategy);
  const ordered: Record<string, PairedMetricValue> = {};
  for (const name of task === 'binary' ? BINARY_METRICS : MULTICLASS_METRICS) ordered[name] = metrics[name];
  return { task, rows, metrics: ordered, discordantPairs, errorTests: null };
}

/** Each model's expected calibration error and their difference; no paired interval (ECE is a biased estimate). */
function pairedCalibration(task: ClassificationTask, yTrue: Int32Array, positive: number, champion: ModelPredictions, challenger: ModelPredictions, strategy: 'uniform' | 'quantile'): PairedMetricValue {
  const a = calibrationInputFor(task, yTrue, positive, champion);
  const b = calibrationInputFor(task, yTrue, positive, challenger);
  if (typeof a === 'string' || typeof b === 'string') return missing(typeof a === 'string' ? `the champion ${a}` : `the challenger ${b as string}`);
  const eceA = calibration(a, { strategy }).ece.value;
  const eceB = calibration(b, { strategy }).ece.value;
  return { champion: eceA, challenger: eceB, delta: eceA === null || eceB === null ? null : eceB - eceA, ci: null, pValue: null, test: null, note: 'no paired interval for a difference of calibration errors' };
}

/** McNemar's test and Newcombe's interval replace the bootstrap for accuracy. */
function pairedAccuracy(metrics: Record<string, PairedMetricValue>, yTrue: Int32Array, championPred: Int32Array, challengerPred: Int32Array, options: IntervalOptions): DiscordantPairs {
  const rows = yTrue.length;
  const championCorrect = new Uint8Array(rows);
  const challengerCorrect = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    championCorrect[r] = championPred[r] === yTrue[r] ? 1 : 0;
    challengerCorrect[r] = challengerPred[r] === yTrue[r] ? 1 : 0;
  }
  const table = tallyPairedCorrectness(championCorrect, challengerCorrect);
  const mcnemar = mcnemarTest(table);
  const test = mcnemar.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-chi-square-corrected';
  const { champion, challenger, delta } = metrics.accuracy;
  if (options.intervals) {
    const interval = pairedAccuracyDifferenceInterval(table, options.confidence);
    const ci: [number, number] | null = interval.lower === null || interval.upper === null ? null : [interval.lower, interval.upper];
    metrics.accuracy = { champion, challenger, delta, ci, pValue: mcnemar.pValue, test, ciMethod: 'newcombe', ...(mcnemar.reason ? { note: mcnemar.reason } : {}) };
  }
  return { ...table, test, statistic: mcnemar.statistic, pValue: mcnemar.pValue };
}

/** Log loss and Brier need probabilities: a note when a model's binary score leaves [0, 1]. */
function outsideUnitInterval(champion: ModelPredictions, challenger: ModelPredictions): string | undefined {
  for (const [model, predictions] of [['champion', champion], ['challenger', challenger]] as const) {
    if (predictions.probabilities || !predictions.score) continue;
    const score = predictions.score;
    for (let r = 0; r < score.length; r++) {
      if (!(score[r] >= 0 && score[r] <= 1)) return `needs probabilities: the ${model}'s score ${score[r]} is outside [0, 1]`;
    }
  }
  return undefined;
}

/**
 * Compares two regressors on the same rows.
 * @throws RangeError for arrays of different lengths. Values must be finite (validated by the caller
 *   or by {@link regressionMetrics} on each model).
 */
export function pairedRegressionComparison(yTrue: Float64Array, champion: Float64Array, challenger: Float64Array, options: IntervalOptions): PairedComparisonResult {
  const rows = yTrue.length;
  if (champion.length !== rows || challenger.length !== rows) throw new RangeError(`predictions have ${champion.length} and ${challenger.length} rows, y_true ${rows}`);
  const metrics: Record<string, PairedMetricValue> = {};
  const errorTests: Partial<Record<'mae' | 'mse', ErrorTest>> = {};
  for (const name of ['mae', 'mse', 'mape'] as const) {
    const errorsA = meanErrorPerRow(name, yTrue, champion);
    const errorsB = meanErrorPerRow(name, yTrue, challenger);
    const point = meanDifference(rows, (r) => errorsA[r], (r) => errorsB[r], { ...options, intervals: false });
    // The challenger's errors become the per-row differences in place (one array less at 10^6 rows).
    const differences = errorsB;
    for (let r = 0; r < rows; r++) differences[r] -= errorsA[r];
    const t = pairedTTestOfDifferences(differences, options.confidence);
    metrics[name] = options.intervals
      ? { ...point, ci: t.confidenceInterval, pValue: t.pValue, test: t.pValue === null ? null : 'paired-t', ...(t.reason && t.pValue === null ? { note: t.reason } : {}) }
      : point;
    if (name === 'mape') continue;
    const w = wilcoxonSignedRankOfDifferences(differences);
    errorTests[name] = { meanDifference: t.meanDifference, tStatistic: t.statistic, tPValue: t.pValue, wilcoxonStatistic: w.statistic, wilcoxonPValue: w.pValue, wilcoxonMethod: w.method };
  }
  metrics.rmse = rmseDifference(yTrue, champion, challenger, options);
  for (const [name, centre] of [['r2', false], ['explained_variance', true]] as const) {
    if (rows < VARIANCE_EXPLAINED_MIN_ROWS) {
      metrics[name] = missing(tooFewRowsNote(rows, centre));
      continue;
    }
    const a = varianceExplainedWithInfluence(yTrue, champion, centre);
    const b = varianceExplainedWithInfluence(yTrue, challenger, centre);
    metrics[name] =
      a.influence === null || b.influence === null
        ? { ...missing('y_true is constant: the value is scikit-learn\'s convention, not an estimate'), champion: a.value, challenger: b.value, delta: b.value - a.value }
        : influenceDifference(a.value, b.value, a.influence, b.influence, options);
  }
  const pointOnly = { ...options, intervals: false };
  const medianA = medianAbsoluteError(yTrue, champion, pointOnly).value as number;
  const medianB = medianAbsoluteError(yTrue, challenger, pointOnly).value as number;
  metrics.median_ae = { champion: medianA, challenger: medianB, delta: medianB - medianA, ci: null, pValue: null, test: null, ...(options.intervals ? { note: 'no paired interval for a difference of medians' } : {}) };
  const ordered: Record<string, PairedMetricValue> = {};
  for (const name of REGRESSION_METRICS) ordered[name] = metrics[name];
  return { rows, metrics: ordered, discordantPairs: null, errorTests: { absoluteError: errorTests.mae!, squaredError: errorTests.mse! } };
}

/** What the paired tests need of one model's ranking of its scores. */
function rankedSummaries(score: Float64Array, yTrue: Int32Array, positive: number, workspace: RankingWorkspace): { placements: AucPlacements; averagePrecision: AveragePrecisionEstimate } {
  const ranking = rankScores(score, yTrue, positive, workspace);
  return { placements: placementsFromRanking(ranking), averagePrecision: averagePrecisionWithInfluence(ranking) };
}

function pairedRocAuc(a: AucPlacements, b: AucPlacements, yTrue: Int32Array, positive: number, options: IntervalOptions): PairedMetricValue {
  if (a.positives === 0 || a.negatives === 0) return missing(`undefined: y_true has no ${a.positives === 0 ? 'positive' : 'negative'} rows (only one class present)`);
  const point = { champion: a.auc, challenger: b.auc, delta: b.auc - a.auc };
  if (!options.intervals) return { ...point, ci: null, pValue: null, test: null };
  const test = pairedDelongFromPlacements(a, b, yTrue, positive, options.confidence);
  if (test === null) return { ...point, ci: null, pValue: null, test: null, note: 'no interval: DeLong needs at least 2 positive and 2 negative rows' };
  return { ...point, ci: test.ci, pValue: test.pValue, test: 'delong' };
}

/**
 * Paired z on per-row loss differences. The losses are computed on demand (per-row functions,
 * not arrays), so two models' losses over a million rows cost no memory.
 */
function meanDifference(rows: number, lossA: RowValue, lossB: RowValue, options: IntervalOptions): PairedMetricValue {
  const sumA = new CompensatedSum();
  const sumB = new CompensatedSum();
  for (let r = 0; r < rows; r++) {
    sumA.add(lossA(r));
    sumB.add(lossB(r));
  }
  const champion = sumA.value / rows;
  const challenger = sumB.value / rows;
  const point = { champion, challenger, delta: challenger - champion };
  if (!options.intervals) return { ...point, ci: null, pValue: null, test: null };
  const { standardError } = meanAndStandardErrorOf(rows, (r) => lossB(r) - lossA(r));
  return withNormalTest(point, standardError, options);
}

/** Paired z on the difference of two centred per-row influence functions. */
function influenceDifference(champion: number, challenger: number, influenceA: Float64Array | null, influenceB: Float64Array | null, options: IntervalOptions): PairedMetricValue {
  const point = { champion, challenger, delta: challenger - champion };
  if (!options.intervals || influenceA === null || influenceB === null) return { ...point, ci: null, pValue: null, test: null };
  let squares = 0;
  for (let r = 0; r < influenceA.length; r++) {
    const d = influenceB[r] - influenceA[r];
    squares += d * d;
  }
  return withNormalTest(point, influenceStandardError(squares, influenceA.length), options);
}

/** rmse = √mse: influence (e² − mse) / (2·rmse) for each model. */
function rmseDifference(yTrue: Float64Array, champion: Float64Array, challenger: Float64Array, options: IntervalOptions): PairedMetricValue {
  const squaredA = meanErrorPerRow('mse', yTrue, champion);
  const squaredB = meanErrorPerRow('mse', yTrue, challenger);
  const rows = yTrue.length;
  const rmseA = Math.sqrt(compensatedSum(squaredA) / rows);
  const rmseB = Math.sqrt(compensatedSum(squaredB) / rows);
  if (!options.intervals || rmseA === 0 || rmseB === 0) {
    const note = options.intervals ? { note: 'no interval: a model with zero error has no rmse influence function' } : {};
    return { champion: rmseA, challenger: rmseB, delta: rmseB - rmseA, ci: null, pValue: null, test: null, ...note };
  }
  const influenceA = squaredA;
  const influenceB = squaredB;
  for (let r = 0; r < rows; r++) {
    influenceA[r] = (squaredA[r] - rmseA * rmseA) / (2 * rmseA);
    influenceB[r] = (squaredB[r] - rmseB * rmseB) / (2 * rmseB);
  }
  return influenceDifference(rmseA, rmseB, influenceA, influenceB, options);
}

function withNormalTest(point: { champion: number; challenger: number; delta: number }, standardError: number, options: IntervalOptions): PairedMetricValue {
  if (!(standardError >= 0)) return { ...point, ci: null, pValue: null, test: null, note: 'no interval: needs at least 2 rows' };
  const pValue = standardError > 0 ? normalTwoSided(point.delta / standardError) : point.delta === 0 ? 1 : 0;
  return { ...point, ci: normalInterval(point.delta, standardError, options.confidence), pValue, test: 'analytic' };
}

function missing(note: string): PairedMetricValue {
  return { champion: null, challenger: null, delta: null, ci: null, pValue: null, test: null, note };
}
