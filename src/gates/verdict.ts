/**
 * Every derivation of a run's outcome from its gates, in one place: what a gate contributes, the
 * verdict, the exit code, the `failed-gates` list, the annotation level and the commit-status
 * state. The runner, the CLI, the annotations and the status all call these, so they agree.
 */
import type { GateEffect, GateResult, InconclusivePolicy, Status, Verdict } from '../result.js';

/**
 * What a gate contributes to the verdict:
 * - `pass` → pass;
 * - `warn` (a failing `warn` gate) → warn;
 * - `fail` → fail;
 * - `inconclusive` → warn for a `warn` gate, else what the policy says (fail by default);
 * - `error` (could not be evaluated: undefined for this data) → warn for a `warn` gate, else error;
 * - `skipped` (does not apply to this run, e.g. no champion yet) → warn: a gate that was not
 *   checked is never a pass.
 */
export function effectOf(gate: { readonly status: Status; readonly severity: 'fail' | 'warn'; readonly inconclusive: InconclusivePolicy }): GateEffect {
  switch (gate.status) {
    case 'pass':
      return 'pass';
    case 'warn':
    case 'skipped':
      return 'warn';
    case 'fail':
      return gate.severity === 'warn' ? 'warn' : 'fail';
    case 'inconclusive':
      return gate.severity === 'warn' ? 'warn' : gate.inconclusive;
    case 'error':
      return gate.severity === 'warn' ? 'warn' : 'error';
  }
}

/** error if a gate could not be evaluated, else fail if one failed, else warn if one warned, else pass. */
export function verdictOf(gates: readonly Pick<GateResult, 'effect'>[]): Verdict {
  const effects = new Set(gates.map((g) => g.effect));
  if (effects.has('error')) return 'error';
  if (effects.has('fail')) return 'fail';
  if (effects.has('warn')) return 'warn';
  return 'pass';
}

/** 0 pass or warn, 1 a gate failed or could not be evaluated (DESIGN.md). */
export function exitCodeOfVerdict(verdict: Verdict): 0 | 1 {
  return verdict === 'pass' || verdict === 'warn' ? 0 : 1;
}

/** The gates that fail the run (the `failed-gates` output, the status description, the error annotations). */
export function failingGates(gates: readonly GateResult[]): GateResult[] {
  return gates.filter((g) => g.effect === 'fail' || g.effect === 'error');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** A gate's annotation: error when it fails the run, warning when it warns, none when it passed. */
export function annotationLevelOf(gate: Pick<GateResult, 'effect'>): AnnotationLevel | undefined {
  switch (gate.effect) {
    case 'fail':
    case 'error':
      return 'error';
    case 'warn':
      return 'warning';
    case 'pass':
      return undefined;
  }
}

export type CommitState = 'success' | 'failure' | 'error';

/** pass and warn → success (warnings never block a merge), fail → failure, error → error. */
export function commitStateOf(verdict: Verdict): CommitState {
  return verdict === 'pass' || verdict === 'warn' ? 'success' : verdict === 'fail' ? 'failure' : 'error';
}
