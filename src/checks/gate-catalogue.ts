/**
 * validate-data's gates: counts of checks by status (`failed_checks`, `warned_checks`,
 * `error_checks`), `rows`, and per column `<column>.null_fraction`, `.nulls`, `.distinct`,
 * `.invalid`. The schema's checks decide the run through default gates — `failed_checks == 0`,
 * `error_checks == 0`, `warned_checks == 0 warn` — each replaced by a gate the user writes on the
 * same count (`failed_checks <= 3` tolerates three).
 */
import { ConfigurationError } from '../errors.js';
import type { GateCatalogue, NamedGate } from '../gates/catalogue.js';
import { unavailable, type GateTarget } from '../gates/target.js';
import type { ValidationOutcome } from './validation-outcome.js';

export const VALIDATION_GATES: GateCatalogue<ValidationOutcome> = {
  metrics: ['failed_checks', 'warned_checks', 'error_checks', 'rows'],
  fields: [],
  columnFields: ['null_fraction', 'nulls', 'distinct', 'invalid'].map((name) => ({ name })),
  example: 'failed_checks == 0',
  check: checkColumns,
  resolve,
};

const DEFAULT_GATES: Readonly<Record<string, string>> = {
  failed_checks: 'failed_checks == 0',
  error_checks: 'error_checks == 0',
  warned_checks: 'warned_checks == 0 warn',
};

/** The schema's own verdict, as gates, for every count the user's gates leave open. */
export function defaultValidationGates(written: readonly NamedGate[]): string[] {
  const named = new Set(written.filter((g) => g.column === undefined).map((g) => g.metric));
  return Object.entries(DEFAULT_GATES)
    .filter(([metric]) => !named.has(metric))
    .map(([, line]) => line);
}

function checkColumns(gates: readonly NamedGate[], outcome: ValidationOutcome): void {
  const names = [...new Set(outcome.files.flatMap((f) => f.profile.map((p) => p.name)))];
  for (const gate of gates) {
    if (gate.column === undefined || names.includes(gate.column)) continue;
    throw new ConfigurationError(`gate "${gate.id}": no column "${gate.column}" in the data; its columns: ${names.join(', ')}`);
  }
}

function resolve(outcome: ValidationOutcome, gate: NamedGate): GateTarget {
  const count = (status: string) => outcome.checks.filter((c) => c.status === status).length;
  if (gate.column === undefined) {
    switch (gate.metric) {
      case 'failed_checks':
        return { kind: 'value', observed: count('fail') };
      case 'warned_checks':
        return { kind: 'value', observed: count('warn') };
      case 'error_checks':
        return { kind: 'value', observed: count('error') };
      default:
        return { kind: 'value', observed: outcome.rows };
    }
  }
  const profiles = outcome.files.flatMap((f) => f.profile.filter((p) => p.name === gate.column));
  // Across several files: the worst file for a fraction, the sum for counts.
  switch (gate.field) {
    case 'null_fraction': {
      const fractions = profiles.map((p) => p.nullFraction).filter((v): v is number => v !== null);
      return fractions.length > 0 ? { kind: 'value', observed: Math.max(...fractions) } : unavailable('no rows', 'skipped');
    }
    case 'nulls':
      return { kind: 'value', observed: profiles.reduce((n, p) => n + p.nulls, 0) };
    case 'invalid':
      return { kind: 'value', observed: profiles.reduce((n, p) => n + p.invalid, 0) };
    default:
      return { kind: 'value', observed: Math.max(...profiles.map((p) => p.distinct)) };
  }
}
