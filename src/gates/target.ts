/** What a gate's subject evaluates to, as an action's gate catalogue resolves it. */

export type GateTarget =
  /** A point value (`accuracy`, `drifted_share`, `income.statistic`). */
  | { readonly kind: 'value'; readonly observed: number; readonly decidedBy?: string }
  /**
   * A confidence bound: `observed` is the bound, `point` the estimate it belongs to. The bound
   * decides a pass; the point decides between inconclusive and fail.
   */
  | {
      readonly kind: 'bound';
      readonly observed: number;
      readonly point: number;
      readonly interval: readonly [number, number];
      readonly decidedBy?: string;
      /** The smallest true difference the data detects (80% power), for an inconclusive gate's message. */
      readonly minimalDetectableDifference?: number | null;
    }
  /** Not evaluated: `skipped` (does not apply to this run, e.g. no champion yet) or `error` (undefined here). */
  | { readonly kind: 'unavailable'; readonly status: 'skipped' | 'error'; readonly reason: string };

export function unavailable(reason: string, status: 'skipped' | 'error' = 'error'): GateTarget {
  return { kind: 'unavailable', status, reason };
}
