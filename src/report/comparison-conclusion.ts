/**
 * compare-champion's one-line answer in plain English, e.g. "The challenger is not worse than the
 * champion by more than 1 point (95% CI of Δ accuracy: −0.4 to +1.8 points)."
 *
 * It is about the headline metric: the first gate on the change of a metric when there is one,
 * else accuracy (classification) or rmse (regression). Whatever the gates, an interval of Δ that
 * lies wholly on the worse side of zero is said first: "significantly worse than the champion".
 * A gate on the improvement side of the interval (`.delta.lower >= t` of a higher-is-better
 * metric, `.delta.upper <= t` of a lower-is-better one) then says what it established.
 */
import type { ComparedMetric } from '../comparison/outcome.js';
import { nameGate } from '../gates/name-gates.js';
import type { GateCatalogue } from '../gates/catalogue.js';
import type { Task } from '../metrics/catalogue.js';
import type { GateResult } from '../result.js';
import { changeOf, intervalText, magnitude } from './difference-wording.js';
import { formatNumber, formatPercent } from './format.js';

export interface ConclusionInput {
  readonly task: Task;
  readonly metrics: Record<string, ComparedMetric>;
  readonly gates: readonly GateResult[];
  readonly confidence: number;
  /** Why there is no champion, or null. */
  readonly firstRun: string | null;
}

type Names = Pick<GateCatalogue<unknown>, 'metrics' | 'fields' | 'columnFields'>;

/** A gate result's metric and field, by the catalogue's names. */
export function subjectOf(gate: GateResult, names: Names): { metric: string; field?: string } {
  const named = nameGate({ id: gate.id, subject: gate.metric, op: gate.op, threshold: gate.threshold, severity: gate.severity }, names);
  return { metric: named.metric, field: named.field };
}

/** The metric the conclusion and the worst-slices table are about. */
export function headlineMetric(input: Pick<ConclusionInput, 'task' | 'metrics' | 'gates'>, names: Names): string {
  for (const gate of input.gates) {
    const { metric, field } = subjectOf(gate, names);
    if (field?.startsWith('delta') && input.metrics[metric]) return metric;
  }
  return input.task === 'regression' ? 'rmse' : 'accuracy';
}

export function conclusionLine(input: ConclusionInput, names: Names): string {
  const metric = headlineMetric(input, names);
  const entry = input.metrics[metric];
  if (input.firstRun !== null) {
    const value = entry?.challenger ?? null;
    return `No champion yet, so the challenger was evaluated alone${value !== null ? ` (${metric} ${formatNumber(value)})` : ''}; gates on the change from a champion are skipped.`;
  }
  if (!entry || entry.delta === null) return `Δ ${metric} is undefined for this data${entry?.note ? ` (${entry.note})` : ''}.`;
  if (entry.ci === null) return `Δ ${metric} is ${formatNumber(entry.delta)}, without an interval${entry.note ? ` (${entry.note})` : ''}, so the data cannot say whether the difference is real.`;
  const interval = `${formatPercent(input.confidence)} CI of Δ ${metric}: ${intervalText(metric, entry.ci)}`;
  const change = changeOf(entry);
  const gate = improvementGate(metric, entry, input.gates, names);
  if (change === 'worse') {
    const within = gate?.status === 'pass' && gate.margin < 0 ? `, but by less than ${magnitude(metric, gate.margin)} (the margin ${gate.id} allows)` : '';
    return `The challenger is significantly worse than the champion on ${metric}${within} (${interval}).`;
  }
  if (gate) return gateSentence(metric, entry, gate, interval);
  if (change === 'better') return `The challenger is significantly better than the champion on ${metric} (${interval}).`;
  const detectable = entry.minimalDetectableDifference === null ? '' : `; a true difference of ${magnitude(metric, entry.minimalDetectableDifference, 2)} would be detected 80% of the time`;
  return `The data shows no clear difference between challenger and champion on ${metric} (${interval}${detectable}).`;
}

interface ImprovementGate {
  readonly id: string;
  readonly status: GateResult['status'];
  /** In improvement units: positive = the challenger must be better by that much. */
  readonly margin: number;
}

/**
 * The first gate on the improvement side of the interval: a lower bound ≥ t of a higher-is-better
 * metric, or an upper bound ≤ t of a lower-is-better one. Its margin is t or −t.
 */
function improvementGate(metric: string, entry: ComparedMetric, gates: readonly GateResult[], names: Names): ImprovementGate | undefined {
  const higher = entry.direction === 'higher-is-better';
  for (const gate of gates) {
    const { metric: gated, field } = subjectOf(gate, names);
    if (gated !== metric) continue;
    const improvementSide = higher ? field === 'delta.lower' && (gate.op === '>=' || gate.op === '>') : field === 'delta.upper' && (gate.op === '<=' || gate.op === '<');
    if (improvementSide) return { id: gate.id, status: gate.status, margin: higher ? gate.threshold : -gate.threshold };
  }
  return undefined;
}

function gateSentence(metric: string, entry: ComparedMetric, gate: ImprovementGate, interval: string): string {
  const { margin } = gate;
  const claim = margin < 0 ? `not worse than the champion by more than ${magnitude(metric, margin)}` : margin === 0 ? 'better than the champion' : `better than the champion by more than ${magnitude(metric, margin)}`;
  if (gate.status === 'pass') {
    // A non-inferiority margin met by an interval wholly on the better side: say so.
    const better = margin < 0 && changeOf(entry) === 'better' ? ' — it is significantly better' : '';
    return `The challenger is ${claim}${better} (${interval}).`;
  }
  if (gate.status === 'inconclusive') {
    const detectable = entry.minimalDetectableDifference === null ? '' : `; with these rows only a true difference of about ${magnitude(metric, entry.minimalDetectableDifference, 2)} or more is reliably detected`;
    return `The data cannot confirm that the challenger is ${claim} (${interval}${detectable}).`;
  }
  if (gate.status === 'fail' || gate.status === 'warn') {
    // The bound and the estimate both miss the margin.
    const denial = margin < 0 ? `estimated to be worse than the champion by more than ${magnitude(metric, margin)}` : margin === 0 ? 'not better than the champion' : `not better than the champion by ${magnitude(metric, margin)} or more`;
    return `The challenger is ${denial} (${interval}).`;
  }
  return `The challenger is compared with the champion on ${metric} (${interval}).`;
}
