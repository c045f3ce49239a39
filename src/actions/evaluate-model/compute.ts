/** Metrics for the whole file and for every slice, from the prepared typed arrays. */
import { classificationMetrics } from '../../metrics/classification.js';
import { regressionMetrics } from '../../metrics/regression.js';
import type { MetricValue } from '../../metrics/types.js';
import { rowsBySlice } from '../../predictions/slices.js';
import { takeRows } from '../../predictions/take-rows.js';
import type { EvaluateModelConfig } from './inputs.js';
import type { PreparedClassification, PreparedPredictions } from '../../predictions/types.js';
import type { FairnessEntry, MetricEntry, SliceEntry, SliceGap } from './result.js';

export interface Evaluation {
  metrics: Record<string, MetricEntry>;
  confusionMatrix: number[][] | null;
  slices: Record<string, Record<string, SliceEntry>>;
  sliceGaps: Record<string, SliceGap>;
  fairness: Record<string, FairnessEntry>;
}

type Options = Pick<EvaluateModelConfig, 'confidence' | 'bootstrapSamples' | 'seed'>;

export function evaluate(data: PreparedPredictions, options: Options): Evaluation {
  const whole = metricsOf(data, options);
  const slices: Record<string, Record<string, SliceEntry>> = {};
  const fairness: Record<string, FairnessEntry> = {};
  for (const column of data.slices) {
    const groups = rowsBySlice(column);
    const entries: Record<string, SliceEntry> = {};
    groups.forEach((rows, code) => {
      if (rows.length === 0) return;
      entries[column.values[code]] = { rows: rows.length, metrics: metricsOf(takeRows({ ...data, slices: [] }, rows), options).metrics };
    });
    slices[column.name] = entries;
    if (data.task === 'binary' && data.positive !== undefined) fairness[column.name] = fairnessOf(data, groups);
  }
  return { ...whole, slices, sliceGaps: largestGaps(slices), fairness };
}

function metricsOf(data: PreparedPredictions, options: Options): { metrics: Record<string, MetricEntry>; confusionMatrix: number[][] | null } {
  const intervals = { confidence: options.confidence, bootstrapSamples: options.bootstrapSamples, seed: options.seed, intervals: true };
  if (data.task === 'regression') {
    return { metrics: toEntries(regressionMetrics(data.yTrue, data.yPred, intervals).metrics), confusionMatrix: null };
  }
  const computed = classificationMetrics(
    {
      labels: data.labels,
      yTrue: data.yTrue,
      yPred: data.yPred,
      task: data.task,
      positive: data.positive,
      score: data.score,
      probabilities: data.probabilities,
    },
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

/** Demographic parity and equal opportunity differences across a column's values (binary). */
function fairnessOf(data: PreparedClassification, groups: readonly Uint32Array[]): FairnessEntry {
  const positive = data.positive!;
  const selection: number[] = [];
  const tpr: number[] = [];
  for (const rows of groups) {
    if (rows.length === 0) continue;
    let predictedPositive = 0;
    let actualPositive = 0;
    let truePositive = 0;
    for (const i of rows) {
      const p = data.yPred[i] === positive;
      const t = data.yTrue[i] === positive;
      if (p) predictedPositive++;
      if (t) actualPositive++;
      if (p && t) truePositive++;
    }
    selection.push(predictedPositive / rows.length);
    if (actualPositive > 0) tpr.push(truePositive / actualPositive);
  }
  const spread = (v: number[]) => (v.length >= 2 ? Math.max(...v) - Math.min(...v) : null);
  return { demographicParityDifference: spread(selection), equalOpportunityDifference: spread(tpr) };
}

/** Per metric, the slice column whose values differ most. */
function largestGaps(slices: Record<string, Record<string, SliceEntry>>): Record<string, SliceGap> {
  const gaps: Record<string, SliceGap> = {};
  for (const [column, entries] of Object.entries(slices)) {
    const metricNames = new Set(Object.values(entries).flatMap((e) => Object.keys(e.metrics)));
    for (const metric of metricNames) {
      let lowest: { slice: string; value: number } | undefined;
      let highest: { slice: string; value: number } | undefined;
      for (const [slice, entry] of Object.entries(entries)) {
        const value = entry.metrics[metric]?.value;
        if (value === null || value === undefined) continue;
        if (!lowest || value < lowest.value) lowest = { slice, value };
        if (!highest || value > highest.value) highest = { slice, value };
      }
      if (!lowest || !highest || lowest.slice === highest.slice) continue;
      const gap = highest.value - lowest.value;
      if (!gaps[metric] || gap > gaps[metric].gap) gaps[metric] = { column, gap, lowest, highest };
    }
  }
  return gaps;
}
