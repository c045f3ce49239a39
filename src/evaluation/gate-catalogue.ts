/**
 * evaluate-model's gates: every metric of the catalogue, with `.lower` / `.upper` (its confidence
 * bounds) and `.slice_gap` / `.slice_min` / `.slice_max` (across the slices of min-slice-rows or
 * more). What needs the data — a metric of the task, slices for a slice gate, a score column for
 * a score metric — is checked against the prepared data before the numbers are computed.
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import { unavailable, type GateTarget } from '../gates/target.js';
import { ARGUMENT_METRICS, argumentMetricInfo, metricInfo, metricNames, metricsOf } from '../metrics/catalogue.js';
import { operatingPointName, type OperatingPointKind } from '../metrics/operating-points.js';
import type { PreparedPredictions } from '../predictions/types.js';
import type { EvaluationOutcome } from './outcome.js';

const SLICE_FIELDS = ['slice_gap', 'slice_min', 'slice_max'];

export const EVALUATION_GATES: GateCatalogue<EvaluationOutcome> = {
  metrics: metricNames(),
  argumentMetrics: ARGUMENT_METRICS,
  fields: [{ name: 'lower', bound: 'lower' }, { name: 'upper', bound: 'upper' }, ...SLICE_FIELDS.map((name) => ({ name }))],
  example: 'roc_auc.lower >= 0.9',
  resolve,
};

/**
 * Once the data is prepared: each gate's metric belongs to the task and has what it needs.
 * @throws ConfigurationError naming the gate and what is missing (exit 2: the data never decided it)
 */
export function checkGatesForData(gates: readonly NamedGate[], data: PreparedPredictions): void {
  const task = data.task;
  for (const gate of gates) {
    const info = gate.argument !== undefined ? argumentMetricInfo(gate.metric)! : metricInfo(gate.metric)!;
    if (gate.argument !== undefined && info.tasks.includes(task) && 'argument' in info && info.argument === 'class') {
      const labels = (data as { labels: readonly string[] }).labels;
      if (!labels.includes(gate.argument)) throw new ConfigurationError(`gate "${gate.id}": there is no class "${gate.argument}"; the classes are ${labels.join(', ')}`);
    }
    if (!info.tasks.includes(task)) {
      throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} does not apply to a ${task} task; its metrics: ${metricsOf(task).join(', ')}`);
    }
    const sliced = info.needs === 'slices' || (gate.field !== undefined && SLICE_FIELDS.includes(gate.field));
    if (sliced && data.slices.length === 0) throw new ConfigurationError(`gate "${gate.id}" needs slice-columns`);
    if ((info.needs === 'slices' || gate.argument !== undefined) && gate.field !== undefined && SLICE_FIELDS.includes(gate.field)) {
      throw new ConfigurationError(`gate "${gate.id}": ${gate.argument !== undefined ? `${gate.metric}[…]` : gate.metric} has no field .${gate.field}`);
    }
    if (info.needs === 'slices' && gate.field !== undefined) throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} has no field .${gate.field}`);
    const scored = data.task !== 'regression' && (data.score !== undefined || data.probabilities !== undefined);
    if (data.task === 'binary' && (info.needs === 'score' || info.needs === 'probabilities') && !scored) {
      throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} needs a positive-class score: give score-column (or score-columns)`);
    }
    if (data.task === 'multiclass' && info.needs === 'probabilities' && data.probabilities === undefined) {
      throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} needs per-class probabilities: give score-columns (e.g. proba_*)`);
    }
  }
}

function resolve(outcome: EvaluationOutcome, gate: NamedGate): GateTarget {
  const { metric, field } = gate;
  if (gate.argument !== undefined) return resolveWithArgument(outcome, gate);
  if (metric === 'demographic_parity_difference' || metric === 'equal_opportunity_difference') return worstFairness(outcome, metric);
  const entry = outcome.metrics[metric];
  if (field === undefined) {
    return entry.value === null ? unavailable(`${metric} is undefined here${entry.note ? `: ${entry.note}` : ''}`) : { kind: 'value', observed: entry.value };
  }
  if (field === 'lower' || field === 'upper') {
    if (entry.value === null) return unavailable(`${metric} is undefined here${entry.note ? `: ${entry.note}` : ''}`);
    if (!entry.ci) return unavailable(`${metric} has no interval${entry.note ? `: ${entry.note}` : ''}`);
    return { kind: 'bound', observed: field === 'lower' ? entry.ci[0] : entry.ci[1], point: entry.value, interval: entry.ci };
  }
  if (field === 'slice_gap') {
    const gap = outcome.sliceGaps[metric];
    if (!gap) return unavailable(`${metric} has fewer than two slices of ${outcome.settings.minSliceRows} rows or more with a value`);
    return { kind: 'value', observed: gap.gap, decidedBy: `${gap.column}: ${gap.highest.slice} − ${gap.lowest.slice}` };
  }
  let chosen: { column: string; slice: string; value: number } | undefined;
  for (const [column, slices] of Object.entries(outcome.slices)) {
    for (const [slice, entry] of Object.entries(slices)) {
      const value = entry.metrics[metric]?.value;
      if (entry.belowMinRows || value === null || value === undefined) continue;
      if (!chosen || (field === 'slice_min' ? value < chosen.value : value > chosen.value)) chosen = { column, slice, value };
    }
  }
  if (!chosen) return unavailable(`${metric} is undefined in every slice of ${outcome.settings.minSliceRows} rows or more`);
  return { kind: 'value', observed: chosen.value, decidedBy: `${chosen.column} = ${chosen.slice}` };
}

/** `recall[fraud]` from the per-class table, `recall_at_precision[0.9]` from the operating points. */
function resolveWithArgument(outcome: EvaluationOutcome, gate: NamedGate): GateTarget {
  const { metric, field, argument } = gate as NamedGate & { argument: string };
  let entry: { value: number | null; ci: [number, number] | null; note?: string } | undefined;
  let what: string;
  if (metric === 'recall_at_precision' || metric === 'precision_at_recall') {
    what = operatingPointName({ kind: metric as OperatingPointKind, level: Number(argument) });
    entry = outcome.operatingPoints[what];
  } else {
    what = `${metric} of class "${argument}"`;
    const row = outcome.perClass?.find((c) => c.label === argument);
    if (row) entry = metric === 'support' ? { value: row.support, ci: null } : row[metric as 'precision' | 'recall' | 'f1' | 'roc_auc'];
  }
  if (!entry || entry.value === null) return unavailable(`${what} is undefined here${entry?.note ? `: ${entry.note}` : ''}`);
  if (field === 'lower' || field === 'upper') {
    if (!entry.ci) return unavailable(`${what} has no interval${entry.note ? `: ${entry.note}` : ''}`);
    return { kind: 'bound', observed: field === 'lower' ? entry.ci[0] : entry.ci[1], point: entry.value, interval: entry.ci };
  }
  if (field !== undefined) return unavailable(`${what} has no .${field} (slice fields apply to metrics without an argument)`);
  return { kind: 'value', observed: entry.value };
}

function worstFairness(outcome: EvaluationOutcome, metric: string): GateTarget {
  const key = metric === 'demographic_parity_difference' ? 'demographicParityDifference' : 'equalOpportunityDifference';
  let worst: { column: string; value: number } | undefined;
  for (const [column, entry] of Object.entries(outcome.fairness)) {
    const value = entry[key];
    if (value !== null && (!worst || value > worst.value)) worst = { column, value };
  }
  return worst ? { kind: 'value', observed: worst.value, decidedBy: `by ${worst.column}` } : unavailable(`${metric} needs two slices of ${outcome.settings.minSliceRows} rows or more with a value`);
}
