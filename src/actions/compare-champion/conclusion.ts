/**
 * The report's one-line answer in plain English, e.g. "The challenger is not worse than the
 * champion by more than 1 point (95% CI of Δ accuracy: −0.4 to +1.8 points)."
 *
 * It is about the headline metric: the first gate on a bound of a difference (`.delta.lower` /
 * `.delta.upper`) when there is one — the sentence then states what that gate established —
 * else accuracy (classification) or rmse (regression), stated against "no difference".
 */
import { splitSubject } from '../../gates/evaluate-gates.js';
import type { GateResult } from '../../result.js';
import { formatNumber, formatPercent } from '../../report/format.js';
import type { Task } from '../../predictions/task.js';
import { COMPARE_CHAMPION_GATES } from './gates.js';
import type { ComparedMetric } from './result.js';
import { changeOf, intervalText, magnitude } from './wording.js';

export interface ConclusionInput {
  readonly task: Task;
  readonly metrics: Record<string, ComparedMetric>;
  readonly gates: readonly GateResult[];
  readonly confidence: number;
  /** Why there is no champion, or null. */
  readonly firstRun: string | null;
}

/** The metric the conclusion and the worst-slices table are about. */
export function headlineMetric(input: Pick<ConclusionInput, 'task' | 'metrics' | 'gates'>): string {
  for (const gate of input.gates) {
    const { metric, field } = splitSubject(gate.metric, COMPARE_CHAMPION_GATES.fields);
    if (field?.startsWith('delta') && input.metrics[metric]) return metric;
  }
  return input.task === 'regression' ? 'rmse' : 'accuracy';
}

export function conclusionLine(input: ConclusionInput): string {
  const metric = headlineMetric(input);
  const entry = input.metrics[metric];
  if (input.firstRun !== null) {
    const value = entry?.challenger ?? null;
    return `No champion yet, so the challenger was evaluated alone${value !== null ? ` (${metric} ${formatNumber(value)})` : ''}; gates on the change from a champion are skipped.`;
  }
  if (!entry || entry.delta === null) return `Δ ${metric} is undefined for this data${entry?.note ? ` (${entry.note})` : ''}.`;
  if (entry.ci === null) return `Δ ${metric} is ${formatNumber(entry.delta)}, without an interval${entry.note ? ` (${entry.note})` : ''}, so the data cannot say whether the difference is real.`;
  const interval = `${formatPercent(input.confidence)} CI of Δ ${metric}: ${intervalText(metric, entry.ci)}`;
  const fromGate = gateSentence(metric, entry, input.gates, interval);
  if (fromGate) return fromGate;
  const change = changeOf(entry);
  if (change === 'better' || change === 'worse') return `The challenger is ${change} than the champion on ${metric} (${interval}).`;
  const detectable = entry.minimalDetectableDifference === null ? '' : `; a true difference of ${magnitude(metric, entry.minimalDetectableDifference, 2)} would be detected 80% of the time`;
  return `The data shows no clear difference between challenger and champion on ${metric} (${interval}${detectable}).`;
}

/**
 * The sentence for the first decided gate on the "improvement" side of the interval: a lower
 * bound ≥ t of a higher-is-better metric, or an upper bound ≤ t of a lower-is-better one.
 * The margin m (in improvement units: positive = the challenger is better by m) is t or −t.
 */
function gateSentence(metric: string, entry: ComparedMetric, gates: readonly GateResult[], interval: string): string | undefined {
  const higher = entry.direction === 'higher-is-better';
  for (const gate of gates) {
    const { metric: gated, field } = splitSubject(gate.metric, COMPARE_CHAMPION_GATES.fields);
    if (gated !== metric) continue;
    const improvementSide = higher ? field === 'delta.lower' && (gate.op === '>=' || gate.op === '>') : field === 'delta.upper' && (gate.op === '<=' || gate.op === '<');
    if (!improvementSide) continue;
    const margin = higher ? gate.threshold : -gate.threshold;
    const claim = margin < 0 ? `not worse than the champion by more than ${magnitude(metric, margin)}` : margin === 0 ? 'better than the champion' : `better than the champion by more than ${magnitude(metric, margin)}`;
    if (gate.status === 'pass') {
      // A non-inferiority margin met by an interval wholly on the better side: say so.
      const better = margin < 0 && changeOf(entry) === 'better' ? ' — it is better' : '';
      return `The challenger is ${claim}${better} (${interval}).`;
    }
    if (gate.status === 'fail' || gate.status === 'warn') {
      // The bound failed and the whole interval lies on the wrong side of the threshold (a
      // straddling interval would be inconclusive); `warn` is a warn-severity gate that failed.
      const denial = margin < 0 ? `worse than the champion by more than ${magnitude(metric, margin)}` : margin === 0 ? 'worse than the champion' : `not better than the champion by ${magnitude(metric, margin)} or more`;
      return `The challenger is ${denial} (${interval}).`;
    }
    if (gate.status === 'inconclusive') {
      const detectable = entry.minimalDetectableDifference === null ? '' : `; with these rows only a true difference of about ${magnitude(metric, entry.minimalDetectableDifference, 2)} or more is reliably detected`;
      return `The data cannot tell whether the challenger is ${claim} (${interval}${detectable}).`;
    }
  }
  return undefined;
}
