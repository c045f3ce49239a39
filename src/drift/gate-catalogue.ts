/**
 * drift-report's gates: dataset measures (`drifted_share`, `drifted_count`, `dataset_drift`,
 * `small_shift_count`) and per column `<column>.statistic`, `.pValue`, `.adjustedPValue`,
 * `.effect_size`, `.drifted`. A column gate must name a compared column: checked once the files
 * are read (exit 2, listing the compared columns).
 *
 * When a side is a profile, numbers from a sketch come with bounds (outcome.profile,
 * outcome.datasetBounds): a gate on them is a gate on a bound (DESIGN.md, "Gate semantics") —
 * the end of the interval that is worse for the gate must meet it to pass; when only the point
 * estimate does, the profile cannot confirm it and the gate is inconclusive. A gate on an exact
 * number (bound 0) is a gate on a value, as with rows.
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import type { ComparisonOp } from '../result.js';
import { unavailable, type GateTarget } from '../gates/target.js';
import { closestName } from '../util/closest-name.js';
import type { DriftOutcome } from './outcome.js';

export const DRIFT_GATES: GateCatalogue<DriftOutcome> = {
  metrics: ['drifted_share', 'drifted_count', 'dataset_drift', 'small_shift_count'],
  fields: [],
  columnFields: ['statistic', 'pValue', 'adjustedPValue', 'effect_size', 'drifted'].map((name) => ({ name })),
  example: 'drifted_share < 0.3',
  check: checkColumns,
  resolve,
};

/** Without gates, the drift-share rule is the gate, shown like any other. */
export function defaultDriftGates(driftShare: number, written: readonly NamedGate[]): string[] {
  return written.length > 0 ? [] : [`drifted_share < ${driftShare}`];
}

function checkColumns(gates: readonly NamedGate[], outcome: DriftOutcome): void {
  const compared = outcome.columns.filter((c) => c.status === 'tested').map((c) => c.name);
  for (const gate of gates) {
    if (gate.column === undefined || compared.includes(gate.column)) continue;
    const listed = outcome.columns.find((c) => c.name === gate.column);
    const why = listed ? `it was not compared (${listed.reason})` : 'no such column was compared';
    const closest = listed ? undefined : closestName(gate.column, compared);
    const hint = closest ? ` (did you mean "${closest}"?)` : '';
    throw new ConfigurationError(`gate "${gate.id}": column "${gate.column}"${hint}: ${why}; compared columns: ${compared.join(', ')}`);
  }
}

function resolve(outcome: DriftOutcome, gate: NamedGate): GateTarget {
  const { dataset } = outcome;
  const ends = outcome.datasetBounds;
  if (gate.column === undefined) {
    switch (gate.metric) {
      case 'drifted_share':
        return target(dataset.driftedShare, ends?.driftedShare, gate.op);
      case 'drifted_count':
        return target(dataset.drifted, ends?.drifted, gate.op);
      case 'small_shift_count':
        return { kind: 'value', observed: dataset.smallShifts };
      default:
        return target(dataset.drift ? 1 : 0, ends ? [ends.drift[0] ? 1 : 0, ends.drift[1] ? 1 : 0] : undefined, gate.op);
    }
  }
  const column = outcome.columns.find((c) => c.name === gate.column)!;
  const bounds = outcome.profile?.[column.name];
  if (gate.field === 'drifted') return target(column.drifted ? 1 : 0, bounds?.undecided ? [0, 1] : undefined, gate.op);
  const value = gate.field === 'effect_size' ? (column.effectSize?.value ?? null) : column[gate.field as 'statistic' | 'pValue' | 'adjustedPValue'];
  if (value === null) return unavailable(`${gate.column} has no ${gate.field}: ${column.reason}`, 'skipped');
  const interval = bounds === undefined ? undefined : { statistic: bounds.statisticBounds, pValue: bounds.pValueBounds, adjustedPValue: bounds.adjustedPValueBounds, effect_size: bounds.effectBounds }[gate.field as 'statistic' | 'pValue' | 'adjustedPValue' | 'effect_size'];
  return target(value, interval ?? undefined, gate.op);
}

/**
 * A point, or — when it has a non-degenerate interval — a bound: the end that is worse for the
 * gate's direction (the upper end for `<`/`<=`, the lower for `>`/`>=`; for `==`, an end other
 * than the threshold, so only an exact match passes).
 */
function target(point: number, interval: readonly [number, number] | undefined, op: ComparisonOp): GateTarget {
  if (interval === undefined || interval[0] === interval[1]) return { kind: 'value', observed: point };
  const [lo, hi] = interval;
  const observed = op === '<' || op === '<=' ? hi : op === '>' || op === '>=' ? lo : lo !== point ? lo : hi;
  return { kind: 'bound', observed, point, interval: [lo, hi] };
}
