/**
 * compare-champion's gates. A plain `<metric>` is the challenger's value; `.lower` / `.upper` its
 * own confidence bounds. Fields about the change from champion to challenger: `.delta`
 * (challenger − champion), its bounds `.delta.lower` / `.delta.upper`, `.pValue` (of "no
 * difference") and `.champion` (the champion's value) — skipped on a first run.
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import { unavailable, type GateTarget } from '../gates/target.js';
import { metricInfo, metricNames, metricsOf, type Task } from '../metrics/catalogue.js';
import type { Loaded } from './load-comparison.js';
import type { ComparedMetric, ComparisonOutcome } from './outcome.js';

export const CHANGE_FIELDS: readonly string[] = ['delta', 'delta.lower', 'delta.upper', 'pValue', 'champion'];

export const COMPARISON_GATES: GateCatalogue<ComparisonOutcome> = {
  metrics: metricNames({ slices: false }),
  fields: [
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
  for (const gate of gates) {
    const info = metricInfo(gate.metric)!;
    if (!info.tasks.includes(task)) {
      throw new ConfigurationError(`gate "${gate.id}": ${gate.metric} does not apply to a ${task} task; its metrics: ${metricsOf(task).join(', ')}`);
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
  const entry = outcome.metrics[metric];
  if (outcome.firstRun !== null && isChangeGate(gate)) {
    return unavailable(`no champion yet (${outcome.firstRun}): a change gate needs one`, 'skipped');
  }
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
