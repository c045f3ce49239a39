/**
 * compare-champion's numbers: the paired comparison of the two models on the joined rows (or,
 * on a first run, the challenger alone), per slice too — a pure function of the loaded data.
 */
import { challengerAlone, challengerOnlyMetrics, challengerPredictions, compareModels, compareSlices, type CompareOptions } from './compare.js';
import type { NamedGate } from '../gates/catalogue.js';
import { operatingPointSpecs } from '../metrics/operating-points.js';
import { pairedPerClassMetrics } from '../metrics/paired-per-class.js';
import { pairedRankingComparison } from '../metrics/paired-ranking-bootstrap.js';
import type { Loaded, PairedData } from './load-comparison.js';
import type { ComparisonOutcome } from './outcome.js';
import type { ComparisonSettings } from './settings.js';

/**
 * Resamples for the paired curves' bands. A replicate of a curve costs a pass over the rows (the
 * curve walk opens every zone of the joint resample), and a chart's band needs far fewer than a
 * gate's interval: 200, or on large files as many as fit in {@link CURVE_ROW_VISITS} row visits,
 * never fewer than {@link CURVE_MIN_RESAMPLES} (nor more than `bootstrap-samples`). The number
 * used is in the result (`curves.resamples`) and under the chart.
 */
export const CURVE_RESAMPLES = 200;
export const CURVE_MIN_RESAMPLES = 50;
export const CURVE_ROW_VISITS = 20_000_000;

export function curveResamples(rows: number, bootstrapSamples: number): number {
  const fitting = Math.floor(CURVE_ROW_VISITS / Math.max(1, rows));
  return Math.min(bootstrapSamples, Math.max(CURVE_MIN_RESAMPLES, Math.min(CURVE_RESAMPLES, fitting)));
}

export function compareLoaded(loaded: Loaded, settings: ComparisonSettings, gates: readonly NamedGate[]): ComparisonOutcome {
  const needsChallengerIntervals = gates.some((g) => g.field === 'lower' || g.field === 'upper');
  const options: CompareOptions = { confidence: settings.confidence, bootstrapSamples: settings.bootstrapSamples, seed: settings.seed };
  const outcomeSettings = { confidence: settings.confidence, bootstrapSamples: settings.bootstrapSamples, seed: settings.seed, minSliceRows: settings.minSliceRows };
  if (loaded.kind === 'first-run') {
    const data = loaded.challenger;
    return {
      task: data.task,
      taskReason: data.taskReason,
      rows: data.rows,
      labels: data.task === 'regression' ? null : [...data.labels],
      positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
      champion: null,
      challenger: { file: settings.challenger, rows: data.rows },
      firstRun: loaded.reason,
      join: null,
      metrics: challengerOnlyMetrics(data, options),
      discordantPairs: null,
      errorTests: null,
      slices: {},
      perClass: null,
      operatingPoints: {},
      curves: null,
      notes: [`No champion yet: ${loaded.reason}. Value gates apply to the challenger; gates on the change from a champion are skipped.`],
      settings: outcomeSettings,
    };
  }
  const { data, join } = loaded;
  const comparison = compareModels(data, options);
  if (needsChallengerIntervals) {
    const own = challengerAlone(challengerPredictions(data), options);
    for (const [name, entry] of Object.entries(comparison.metrics)) entry.challengerCi = own[name]?.ci ?? null;
  }
  return {
    task: data.task,
    taskReason: data.taskReason,
    rows: data.rows,
    labels: data.task === 'regression' ? null : [...data.labels],
    positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
    champion: { file: settings.champion!, rows: loaded.championRows },
    challenger: { file: settings.challenger, rows: loaded.challengerRows },
    firstRun: null,
    join,
    ...comparison,
    slices: compareSlices(data, { ...options, minSliceRows: settings.minSliceRows }),
    ...scoresCompared(data, options, gates),
    notes: [],
    settings: outcomeSettings,
  };
}

/** Per-class deltas (classification), and for binary scores the gated operating points and both curves. */
function scoresCompared(data: PairedData, options: CompareOptions, gates: readonly NamedGate[]): Pick<ComparisonOutcome, 'perClass' | 'operatingPoints' | 'curves'> {
  if (data.task === 'regression') return { perClass: null, operatingPoints: {}, curves: null };
  const intervals = { confidence: options.confidence, bootstrapSamples: options.bootstrapSamples, seed: options.seed, intervals: true };
  const perClass = pairedPerClassMetrics(
    { labels: data.labels, yTrue: data.yTrue, task: data.task, positive: data.positive, champion: data.champion, challenger: data.challenger },
    intervals,
  );
  const positive = data.positive ?? 1;
  const scoreA = data.champion.score ?? data.champion.probabilities?.[positive];
  const scoreB = data.challenger.score ?? data.challenger.probabilities?.[positive];
  if (data.task !== 'binary' || scoreA === undefined || scoreB === undefined) return { perClass, operatingPoints: {}, curves: null };
  const input = { yTrue: data.yTrue, positive, champion: scoreA, challenger: scoreB };
  const specs = operatingPointSpecs(gates);
  const points = specs.length > 0 ? pairedRankingComparison(input, { operatingPoints: specs, rocGrid: null, precisionRecallGrid: null }, intervals).operatingPoints : {};
  const resamples = curveResamples(data.yTrue.length, intervals.bootstrapSamples);
  const curves = pairedRankingComparison(input, {}, { ...intervals, bootstrapSamples: resamples });
  return { perClass, operatingPoints: points, curves: { roc: curves.roc, pr: curves.precisionRecall, resamples } };
}
