/** Which gates evaluate-model knows, and what each evaluates to once the metrics are computed. */
import { ConfigurationError } from '../../errors.js';
import type { Gate } from '../../gates/gate.js';
import { splitSubject, type GateCatalogue, type GateResolver, type GateTarget } from '../../gates/evaluate-gates.js';
import { BINARY_METRICS, CLASSIFICATION_METRICS, MULTICLASS_METRICS } from '../../metrics/classification.js';
import { REGRESSION_METRICS } from '../../metrics/regression.js';
import type { Task } from './inputs.js';
import type { EvaluateModelResult } from './result.js';

export const FAIRNESS_METRICS = ['demographic_parity_difference', 'equal_opportunity_difference'] as const;
const SLICE_FIELDS = ['slice_gap', 'slice_min', 'slice_max'] as const;
const BOUND_FIELDS = ['lower', 'upper'] as const;

export const EVALUATE_MODEL_GATES: GateCatalogue = {
  metrics: [...new Set([...CLASSIFICATION_METRICS, ...REGRESSION_METRICS]), ...FAIRNESS_METRICS],
  fields: [...BOUND_FIELDS, ...SLICE_FIELDS],
};

/** Once the task is known: every gate must name a metric of that task, and slice gates need slices. */
export function checkGatesForTask(gates: readonly Gate[], task: Task, hasSlices: boolean): void {
  const metrics: readonly string[] = task === 'regression' ? REGRESSION_METRICS : task === 'binary' ? BINARY_METRICS : MULTICLASS_METRICS;
  for (const gate of gates) {
    const { metric, field } = splitSubject(gate.subject, EVALUATE_MODEL_GATES.fields);
    const fairness = (FAIRNESS_METRICS as readonly string[]).includes(metric);
    if (fairness && task !== 'binary') throw new ConfigurationError(`gate "${gate.id}": ${metric} needs a binary task (this one is ${task})`);
    if (!fairness && !metrics.includes(metric)) {
      throw new ConfigurationError(`gate "${gate.id}": ${metric} does not apply to a ${task} task; its metrics: ${metrics.join(', ')}`);
    }
    const sliced = fairness || (field !== undefined && (SLICE_FIELDS as readonly string[]).includes(field));
    if (sliced && !hasSlices) throw new ConfigurationError(`gate "${gate.id}" needs slice-columns`);
    if (fairness && field !== undefined) throw new ConfigurationError(`gate "${gate.id}": ${metric} has no field .${field}`);
  }
}

export function evaluateModelResolver(result: Omit<EvaluateModelResult, 'gates' | 'verdict'>): GateResolver {
  return (metric, field) => {
    if ((FAIRNESS_METRICS as readonly string[]).includes(metric)) return worstFairness(result, metric);
    const entry = result.metrics[metric];
    if (!entry) return undefined;
    if (field === undefined) {
      return entry.value === null ? unavailable(`${metric} is undefined here${entry.note ? `: ${entry.note}` : ''}`) : { observed: entry.value };
    }
    if (field === 'lower' || field === 'upper') {
      if (!entry.ci) return unavailable(`${metric} has no interval${entry.note ? `: ${entry.note}` : ''}`);
      return { observed: field === 'lower' ? entry.ci[0] : entry.ci[1], interval: entry.ci };
    }
    if (field === 'slice_gap') {
      const gap = result.sliceGaps[metric];
      return gap ? { observed: gap.gap } : unavailable(`${metric} has fewer than two slices with a value`);
    }
    const values = Object.values(result.slices).flatMap((slices) => Object.values(slices).map((s) => s.metrics[metric]?.value ?? null));
    const defined = values.filter((v): v is number => v !== null);
    if (defined.length === 0) return unavailable(`${metric} is undefined in every slice`);
    return { observed: field === 'slice_min' ? Math.min(...defined) : Math.max(...defined) };
  };
}

function worstFairness(result: Omit<EvaluateModelResult, 'gates' | 'verdict'>, metric: string): GateTarget {
  const key = metric === 'demographic_parity_difference' ? 'demographicParityDifference' : 'equalOpportunityDifference';
  const values = Object.values(result.fairness)
    .map((f) => f[key])
    .filter((v): v is number => v !== null);
  return values.length > 0 ? { observed: Math.max(...values) } : unavailable(`${metric} needs two slices with a value`);
}

function unavailable(reason: string): GateTarget {
  return { observed: null, status: 'error', reason };
}
