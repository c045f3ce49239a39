/**
 * compare-champion's gates. A plain `<metric>` is the challenger's value; `.lower` / `.upper` its
 * own confidence bounds. Fields about the change from champion to challenger: `.delta`
 * (challenger − champion), its bounds `.delta.lower` / `.delta.upper`, `.pValue` (of "no
 * difference") and `.champion` (the champion's value) — skipped on a first run.
 * `.delta.slice_min` / `.delta.slice_max`: the smallest / largest Δ over the slices of
 * min-slice-rows or more (which slice decided is on the gate). With an argument: per class
 * (`recall[fraud].delta.lower`) and at an operating point (`recall_at_precision[0.9].delta`).
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import { unavailable, type GateTarget } from '../gates/target.js';
import { ARGUMENT_METRICS, argumentMetricInfo, metricInfo, metricNames, metricsOf, type Task } from '../metrics/catalogue.js';
import { operatingPointName, type OperatingPointKind } from '../metrics/operating-points.js';
import type { Loaded } from './load-comparison.js';
import type { ComparedMetric, ComparisonOutcome } from './outcome.js';

export const CHANGE_FIELDS: readonly string[] = ['delta', 'delta.lower', 'delta.upper', 'pValue', 'champion', 'delta.slice_min', 'delta.slice_max'];
const SLICE_FIELDS: readonly string[] = ['delta.slice_min', 'delta.slice_max'];

export const COMPARISON_GATES: GateCatalogue<ComparisonOutcome> = {
  metrics: metricNames({ slices: false }),
  argumentMetrics: ARGUMENT_METRICS,
  fields: [
    { name: 'delta.slice_min' },
    { name: 'delta.slice_max' },
    { name: 'delta' },
    { name: 'delta.lower', bound: 'lower' },
    { name: 'delta.upper', bound: 'upper' },
    { name: 'pValue' },
    { name: 'champion' },
    { name: 'lower', bound: 'lower' },
    { name: 'upper', bound: 'upper' },
  ],
  example: 'accuracy.delta.lower >= -0.01',
  resolve,
};

/** True when some gate reads the challenger's own interval (`.lower` / `.upper`). */
export function needsChallengerIntervals(gates: readonly NamedGate[]): boolean {
  return gates.some((g) => g.field === 'lower' || g.field === 'upper');
}

export function isChangeGate(gate: Pick<NamedGate, 'field'>): boolean {
  return gate.field !== undefined && CHANGE_FIELDS.includes(gate.field);
}

/**
 * Once both files are prepared: every gate names a metric of the task, and a metric that needs
 * scores or probabilities has them in both files.
 * @throws ConfigurationError naming the gate (exit 2: the data never decided it)
 */
export function checkGatesForData(gates: readonly NamedGate[], loaded: Loaded): void {
  const task: Task = loaded.kind === 'first-run' ? loaded.challenger.task : loaded.data.task;
  const labels = loaded.kind === 'first-run' ? (loaded.challenger.task === 'regression' ? [] : loaded.challenger.labels) : loaded.data.task === 'regression' ? [] : loaded.data.labels;
  const sliced = loaded.kind === 'paired' && loaded.data.slices.length > 0;
  for (const gate of gates) {
    const info = gate.argument !== undefined ? argumentMetricInfo(gate.metric)! : metricInfo(gate.metric)!;
    if (!info.tasks.includes(task)) {
      throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} does not apply to a ${task} task; its metrics: ${metricsOf(task).join(', ')}`);
    }
    if (gate.argument !== undefined && 'argument' in info && info.argument === 'class' && !labels.includes(gate.argument)) {
      throw new ConfigurationError(`gate "${gate.id}": there is no class "${gate.argument}"; the classes are ${labels.join(', ')}`);
    }
    if (gate.field !== undefined && SLICE_FIELDS.includes(gate.field)) {
      if (gate.argument !== undefined) throw new ConfigurationError(`gate "${gate.id}": ${gate.metric}[…] has no field .${gate.field}`);
      if (!sliced && loaded.kind === 'paired') throw new ConfigurationError(`gate "${gate.id}" needs slice-columns`);
    }
    if (info.needs === undefined || task === 'regression') continue;
    const models = loaded.kind === 'first-run' ? [['challenger', loaded.challenger] as const] : ([['champion', loaded.data.champion], ['challenger', loaded.data.challenger]] as const);
    for (const [model, predictions] of models) {
      const p = predictions as { score?: Float64Array; probabilities?: readonly Float64Array[] };
      const has = task === 'binary' ? p.score !== undefined || p.probabilities !== undefined : p.probabilities !== undefined;
      if (!has) {
        const give = task === 'binary' ? 'a positive-class score (score-column, or score-columns)' : 'per-class probabilities (score-columns, e.g. proba_*)';
        throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} needs ${give}, and the ${model} file has none`);
      }
    }
  }
}

function resolve(outcome: ComparisonOutcome, gate: NamedGate): GateTarget {
  const { metric, field } = gate;
  if (outcome.firstRun !== null && isChangeGate(gate)) {
    return unavailable(`no champion yet (${outcome.firstRun}): a change gate needs one`, 'skipped');
  }
  if (field !== undefined && SLICE_FIELDS.includes(field)) return sliceDelta(outcome, metric, field === 'delta.slice_min');
  const entry = gate.argument !== undefined ? entryWithArgument(outcome, gate) : outcome.metrics[metric];
  if (entry === undefined) return unavailable(`${gate.subject} is not computed for this comparison`);
  switch (field) {
    case undefined:
      return value(entry.challenger, `${metric} of the challenger is undefined`, entry);
    case 'champion':
      return value(entry.champion, `${metric} of the champion is undefined`, entry);
    case 'delta':
      return value(entry.delta, `Δ ${metric} is undefined`, entry);
    case 'pValue':
      return value(entry.pValue, `Δ ${metric} has no p-value`, entry);
    case 'delta.lower':
    case 'delta.upper':
      if (entry.delta === null) return missing(`Δ ${metric} is undefined`, entry);
      if (!entry.ci) return missing(`Δ ${metric} has no interval`, entry);
      return {
        kind: 'bound',
        observed: field === 'delta.lower' ? entry.ci[0] : entry.ci[1],
        point: entry.delta,
        interval: entry.ci,
        minimalDetectableDifference: entry.minimalDetectableDifference,
      };
    default:
      if (entry.challenger === null) return missing(`${metric} of the challenger is undefined`, entry);
      if (!entry.challengerCi) return missing(`${metric} of the challenger has no interval`, entry);
      return { kind: 'bound', observed: field === 'lower' ? entry.challengerCi[0] : entry.challengerCi[1], point: entry.challenger, interval: entry.challengerCi };
  }
}

function value(observed: number | null, reason: string, entry: ComparedMetric): GateTarget {
  return observed === null ? missing(reason, entry) : { kind: 'value', observed };
}

function missing(reason: string, entry: ComparedMetric): GateTarget {
  return unavailable(entry.note ? `${reason}: ${entry.note}` : reason);
}

/** `recall[fraud]` from the paired per-class table, `recall_at_precision[0.9]` from the paired operating points, as a compared metric. */
function entryWithArgument(outcome: ComparisonOutcome, gate: NamedGate): ComparedMetric | undefined {
  const argument = gate.argument!;
  if (gate.metric === 'recall_at_precision' || gate.metric === 'precision_at_recall') {
    const point = outcome.operatingPoints[operatingPointName({ kind: gate.metric as OperatingPointKind, level: Number(argument) })];
    if (!point) return undefined;
    return { champion: point.champion, challenger: point.challenger, delta: point.delta, ci: point.ci, pValue: point.pValue, test: point.test, ciMethod: point.ci ? 'bootstrap' : null, direction: 'higher-is-better', minimalDetectableDifference: null, challengerCi: null, ...(point.note ? { note: point.note } : {}) };
  }
  const row = outcome.perClass?.find((c) => c.label === argument);
  if (!row) return undefined;
  if (gate.metric === 'support') return { champion: row.support, challenger: row.support, delta: 0, ci: null, pValue: null, test: null, ciMethod: null, direction: 'higher-is-better', minimalDetectableDifference: null, challengerCi: null };
  const value = row[gate.metric as 'precision' | 'recall' | 'f1' | 'roc_auc'];
  return { ...value, ciMethod: value.ci ? value.test : null, direction: 'higher-is-better', minimalDetectableDifference: null, challengerCi: null };
}

/** The smallest (largest) Δ of a metric over the slices of min-slice-rows or more, naming the slice. */
function sliceDelta(outcome: ComparisonOutcome, metric: string, smallest: boolean): GateTarget {
  let chosen: { column: string; slice: string; delta: number } | undefined;
  for (const [column, slices] of Object.entries(outcome.slices)) {
    for (const [slice, entry] of Object.entries(slices)) {
      const delta = entry.metrics[metric]?.delta;
      if (entry.belowMinRows || delta === null || delta === undefined) continue;
      if (!chosen || (smallest ? delta < chosen.delta : delta > chosen.delta)) chosen = { column, slice, delta };
    }
  }
  if (!chosen) return unavailable(`Δ ${metric} is undefined in every slice of ${outcome.settings.minSliceRows} paired rows or more`);
  return { kind: 'value', observed: chosen.delta, decidedBy: `${chosen.column} = ${chosen.slice}` };
}
