/**
 * drift-report's gates: dataset measures (`drifted_share`, `drifted_count`, `dataset_drift`,
 * `small_shift_count`) and per column `<column>.statistic`, `.pValue`, `.adjustedPValue`,
 * `.effect_size`, `.drifted`. A column gate must name a compared column: checked once the files
 * are read (exit 2, listing the compared columns).
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
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
  if (gate.column === undefined) {
    switch (gate.metric) {
      case 'drifted_share':
        return { kind: 'value', observed: dataset.driftedShare };
      case 'drifted_count':
        return { kind: 'value', observed: dataset.drifted };
      case 'small_shift_count':
        return { kind: 'value', observed: dataset.smallShifts };
      default:
        return { kind: 'value', observed: dataset.drift ? 1 : 0 };
    }
  }
  const column = outcome.columns.find((c) => c.name === gate.column)!;
  if (gate.field === 'drifted') return { kind: 'value', observed: column.drifted ? 1 : 0 };
  const value = gate.field === 'effect_size' ? (column.effectSize?.value ?? null) : column[gate.field as 'statistic' | 'pValue' | 'adjustedPValue'];
  return value === null ? unavailable(`${gate.column} has no ${gate.field}: ${column.reason}`, 'skipped') : { kind: 'value', observed: value };
}
