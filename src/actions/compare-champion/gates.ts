/** Which gates compare-champion knows, and what each evaluates to once both models are compared. */
import { ConfigurationError } from '../../errors.js';
import type { Gate } from '../../gates/gate.js';
import { splitSubject, type GateCatalogue, type GateResolver, type GateTarget } from '../../gates/evaluate-gates.js';
import { BINARY_METRICS, CLASSIFICATION_METRICS, MULTICLASS_METRICS } from '../../metrics/classification.js';
import { REGRESSION_METRICS } from '../../metrics/regression.js';
import type { Task } from '../../predictions/task.js';
import type { ComparedMetric } from './result.js';

/**
 * Fields about the change from champion to challenger: `.delta` (challenger − champion), its
 * confidence bounds `.delta.lower` / `.delta.upper`, `.pValue` (of "no difference") and
 * `.champion` (the champion's value). Skipped on a first run.
 */
export const CHANGE_FIELDS = ['delta', 'delta.lower', 'delta.upper', 'pValue', 'champion'] as const;
/** The challenger's own confidence bounds. A plain `<metric>` is the challenger's value. */
const BOUND_FIELDS = ['lower', 'upper'] as const;

export const COMPARE_CHAMPION_GATES: GateCatalogue = {
  metrics: [...new Set([...CLASSIFICATION_METRICS, ...REGRESSION_METRICS])],
  fields: [...CHANGE_FIELDS, ...BOUND_FIELDS],
};

export function subjectOf(gate: Gate): { metric: string; field?: string } {
  return splitSubject(gate.subject, COMPARE_CHAMPION_GATES.fields);
}

/** True when some gate reads the challenger's own interval (`.lower` / `.upper`). */
export function needsChallengerIntervals(gates: readonly Gate[]): boolean {
  return gates.some((g) => (BOUND_FIELDS as readonly (string | undefined)[]).includes(subjectOf(g).field));
}

export function isChangeGate(gate: Gate): boolean {
  return (CHANGE_FIELDS as readonly (string | undefined)[]).includes(subjectOf(gate).field);
}

/** Once the task is known: every gate must name a metric of that task. */
export function checkGatesForTask(gates: readonly Gate[], task: Task): void {
  const metrics: readonly string[] = task === 'regression' ? REGRESSION_METRICS : task === 'binary' ? BINARY_METRICS : MULTICLASS_METRICS;
  for (const gate of gates) {
    const { metric } = subjectOf(gate);
    if (!metrics.includes(metric)) throw new ConfigurationError(`gate "${gate.id}": ${metric} does not apply to a ${task} task; its metrics: ${metrics.join(', ')}`);
  }
}

export function compareChampionResolver(metrics: Record<string, ComparedMetric>, firstRun: string | null): GateResolver {
  return (metric, field) => {
    const entry = metrics[metric];
    if (!entry) return undefined;
    if (firstRun !== null && (CHANGE_FIELDS as readonly (string | undefined)[]).includes(field)) {
      return { observed: null, status: 'skipped', reason: `no champion yet (${firstRun}): a change gate needs one` };
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
        if (!entry.ci) return unavailable(`Δ ${metric} has no interval`, entry);
        return { observed: field === 'delta.lower' ? entry.ci[0] : entry.ci[1], interval: entry.ci };
      case 'lower':
      case 'upper':
        if (!entry.challengerCi) return unavailable(`${metric} of the challenger has no interval`, entry);
        return { observed: field === 'lower' ? entry.challengerCi[0] : entry.challengerCi[1], interval: entry.challengerCi };
      default:
        return undefined;
    }
  };
}

function value(observed: number | null, reason: string, entry: ComparedMetric): GateTarget {
  return observed === null ? unavailable(reason, entry) : { observed };
}

function unavailable(reason: string, entry: ComparedMetric): GateTarget {
  return { observed: null, status: 'error', reason: entry.note ? `${reason}: ${entry.note}` : reason };
}
