/**
 * A gate's status from what its subject resolved to (DESIGN.md, "Gate semantics"):
 *
 * | gate on  | pass                 | inconclusive                          | fail                |
 * |----------|----------------------|---------------------------------------|---------------------|
 * | a point  | the value meets it   | —                                     | the value misses it |
 * | a bound  | the bound meets it   | the bound misses, the point meets it  | the point misses too|
 *
 * so a gate on a bound is never more lenient than the same gate on its point. A failing gate
 * written with `warn` is `warn`. What each status contributes to the verdict is decided in
 * verdict.ts; the result carries its severity and the policy, so it explains itself.
 */
import type { GateResult, InconclusivePolicy, Status } from '../result.js';
import type { GateCatalogue, NamedGate } from './catalogue.js';
import { compare } from './gate.js';
import type { GateTarget } from './target.js';
import { effectOf } from './verdict.js';

/** A gate's result before its message is written (the report layer words it). */
export type GateDecision = Omit<GateResult, 'message'> & {
  /** Why an unavailable gate was not evaluated. */
  readonly reason?: string;
  readonly minimalDetectableDifference?: number | null;
};

export function evaluateGates<Outcome>(gates: readonly NamedGate[], catalogue: GateCatalogue<Outcome>, outcome: Outcome, policy: InconclusivePolicy): GateDecision[] {
  return gates.map((gate) => decideGate(gate, catalogue.resolve(outcome, gate), policy));
}

export function decideGate(gate: NamedGate, target: GateTarget, policy: InconclusivePolicy): GateDecision {
  const base = { id: gate.id, metric: gate.subject, op: gate.op, threshold: gate.threshold, severity: gate.severity, inconclusive: policy };
  const missed: Status = gate.severity === 'warn' ? 'warn' : 'fail';
  const finish = (decision: Omit<GateDecision, 'effect'>): GateDecision => ({ ...decision, effect: effectOf(decision) });
  switch (target.kind) {
    case 'unavailable':
      return finish({ ...base, observed: null, status: target.status, reason: target.reason });
    case 'value':
      return finish({
        ...base,
        observed: target.observed,
        status: compare(target.observed, gate.op, gate.threshold) ? 'pass' : missed,
        ...(target.decidedBy !== undefined ? { decidedBy: target.decidedBy } : {}),
      });
    case 'bound': {
      const status: Status = compare(target.observed, gate.op, gate.threshold) ? 'pass' : compare(target.point, gate.op, gate.threshold) ? 'inconclusive' : missed;
      return finish({
        ...base,
        observed: target.observed,
        status,
        point: target.point,
        interval: [target.interval[0], target.interval[1]],
        ...(target.decidedBy !== undefined ? { decidedBy: target.decidedBy } : {}),
        ...(target.minimalDetectableDifference !== undefined ? { minimalDetectableDifference: target.minimalDetectableDifference } : {}),
      });
    }
  }
}
