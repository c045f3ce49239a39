import type { ComparisonOp } from '../result.js';

/** A parsed gate line: `<metric>[.<field>] <op> <number>[%] [warn]`. */
export interface Gate {
  /** The line, normalised: `roc_auc.lower >= 0.9`, `f1_macro >= 0.8 warn`. */
  readonly id: string;
  /** The left-hand side as written: a metric and an optional field (`accuracy.delta.lower`). */
  readonly subject: string;
  readonly op: ComparisonOp;
  /** The number, with `%` already divided by 100. */
  readonly threshold: number;
  /** `warn`: a failing gate reports without failing the run. */
  readonly severity: 'fail' | 'warn';
}

/** True when `observed op threshold` holds. */
export function compare(observed: number, op: ComparisonOp, threshold: number): boolean {
  switch (op) {
    case '<':
      return observed < threshold;
    case '<=':
      return observed <= threshold;
    case '>':
      return observed > threshold;
    case '>=':
      return observed >= threshold;
    case '==':
      return observed === threshold;
  }
}
