/**
 * compare-champion's numbers: the paired comparison of the two models on the joined rows (or,
 * on a first run, the challenger alone), per slice too — a pure function of the loaded data.
 */
import { challengerAlone, challengerOnlyMetrics, challengerPredictions, compareModels, compareSlices, type CompareOptions } from './compare.js';
import type { Loaded } from './load-comparison.js';
import type { ComparisonOutcome } from './outcome.js';
import type { ComparisonSettings } from './settings.js';

export function compareLoaded(loaded: Loaded, settings: ComparisonSettings, needsChallengerIntervals: boolean): ComparisonOutcome {
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
    notes: [],
    settings: outcomeSettings,
  };
}
