/**
 * The profile action's gates: `rows` and `columns` of the dataset, and per column
 * `<column>.null_fraction`, `.nulls`, `.distinct` (exact, or the HyperLogLog estimate), `.min`,
 * `.max`, `.mean`, `.std`. Without gates the run is report-only: it writes the profile and decides
 * nothing. A column gate must name a profiled column (checked once the profile is made: exit 2,
 * listing the columns).
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import type { GateTarget } from '../gates/target.js';
import { closestName } from '../util/closest-name.js';
import type { ProfileOutcome } from './summary.js';

const COLUMN_FIELDS = ['null_fraction', 'nulls', 'distinct', 'min', 'max', 'mean', 'std'] as const;

export const PROFILE_GATES: GateCatalogue<ProfileOutcome> = {
  metrics: ['rows', 'columns'],
  fields: [],
  columnFields: COLUMN_FIELDS.map((name) => ({ name })),
  example: 'rows >= 100000',
  check: checkColumns,
  resolve,
};

function checkColumns(gates: readonly NamedGate[], outcome: ProfileOutcome): void {
  const names = outcome.columns.map((c) => c.name);
  for (const gate of gates) {
    if (gate.column === undefined || names.includes(gate.column)) continue;
    const closest = closestName(gate.column, names);
    throw new ConfigurationError(`gate "${gate.id}": no column "${gate.column}" in the profile${closest ? ` (did you mean "${closest}"?)` : ''}; its columns: ${names.join(', ')}`);
  }
}

function resolve(outcome: ProfileOutcome, gate: NamedGate): GateTarget {
  if (gate.column === undefined) return { kind: 'value', observed: gate.metric === 'rows' ? outcome.rows : outcome.columns.length };
  const column = outcome.columns.find((c) => c.name === gate.column)!;
  const value: number | null = gate.field === 'null_fraction' ? column.nullFraction : (column[gate.field as Exclude<(typeof COLUMN_FIELDS)[number], 'null_fraction'>] ?? null);
  if (value === null) {
    const why = column.type === 'string' && gate.field !== 'nulls' && gate.field !== 'distinct' ? `a ${column.type} column has no ${gate.field}` : 'the column has no values';
    return { kind: 'unavailable', status: 'error', reason: `${gate.column}.${gate.field}: ${why}` };
  }
  return { kind: 'value', observed: value };
}
