/**
 * Gate evaluation, the same for every action: each action says which subjects exist
 * (a {@link GateCatalogue}) and what a subject's value is after computing (a resolver).
 */
import { ConfigurationError } from '../errors.js';
import type { GateResult, Status } from '../result.js';
import { formatNumber } from '../report/format.js';
import { closestName } from '../util/closest-name.js';
import { compare, type Gate } from './gate.js';

/** The names a gate may use: `<metric>` or `<metric>.<field>`. */
export interface GateCatalogue {
  readonly metrics: readonly string[];
  readonly fields: readonly string[];
  /** Subjects matched by pattern rather than by name (e.g. `<column>.statistic` in drift). */
  readonly patterns?: readonly { readonly pattern: RegExp; readonly describe: string }[];
}

/** What a subject evaluated to. */
export type GateTarget =
  | {
      readonly observed: number;
      /** For a bound field: the interval the bound belongs to, so a straddled threshold reads as inconclusive. */
      readonly interval?: readonly [number, number];
    }
  | { readonly observed: null; readonly status: 'skipped' | 'error'; readonly reason: string };

export type GateResolver = (metric: string, field: string | undefined, subject: string) => GateTarget | undefined;

export interface GatePolicy {
  /** How an inconclusive gate (interval straddles its threshold) counts in the verdict. */
  readonly inconclusive: 'fail' | 'warn';
}

/** Splits `accuracy.delta.lower` into metric and the longest known field. */
export function splitSubject(subject: string, fields: readonly string[]): { metric: string; field?: string } {
  const byLength = [...fields].sort((a, b) => b.length - a.length);
  for (const field of byLength) {
    if (subject.endsWith(`.${field}`) && subject.length > field.length + 1) {
      return { metric: subject.slice(0, -field.length - 1), field };
    }
  }
  return { metric: subject };
}

/** Refuses gates naming an unknown metric or field, listing the known names. */
export function checkGateSubjects(gates: readonly Gate[], catalogue: GateCatalogue): void {
  for (const gate of gates) {
    if (catalogue.patterns?.some((p) => p.pattern.test(gate.subject))) continue;
    const { metric } = splitSubject(gate.subject, catalogue.fields);
    if (catalogue.metrics.includes(metric)) continue;
    const closest = closestName(metric, catalogue.metrics);
    const hint = closest ? ` (did you mean "${closest}"?)` : '';
    const fields = catalogue.fields.length > 0 ? `; fields: ${catalogue.fields.map((f) => `.${f}`).join(', ')}` : '';
    const patterns = catalogue.patterns?.length ? `; also ${catalogue.patterns.map((p) => p.describe).join(', ')}` : '';
    throw new ConfigurationError(
      `gate "${gate.id}": unknown metric "${metric}"${hint}; known metrics: ${catalogue.metrics.join(', ')}${fields}${patterns}`,
    );
  }
}

export function evaluateGates(gates: readonly Gate[], catalogue: GateCatalogue, resolve: GateResolver): GateResult[] {
  return gates.map((gate) => {
    const { metric, field } = splitSubject(gate.subject, catalogue.fields);
    const target = resolve(metric, field, gate.subject);
    const base = { id: gate.id, metric: gate.subject, op: gate.op, threshold: gate.threshold };
    if (target === undefined) {
      return { ...base, observed: null, status: 'error', message: `${gate.subject} is not computed for this run` };
    }
    if (target.observed === null) return { ...base, observed: null, status: target.status, message: target.reason };
    const { observed } = target;
    const shown = `${formatNumber(observed)} ${gate.op} ${formatNumber(gate.threshold)}`;
    if (compare(observed, gate.op, gate.threshold)) return { ...base, observed, status: 'pass', message: shown };
    if (target.interval && straddles(target.interval, gate)) {
      const [lo, hi] = target.interval;
      return {
        ...base,
        observed,
        status: 'inconclusive',
        message: `interval [${formatNumber(lo)}, ${formatNumber(hi)}] contains ${formatNumber(gate.threshold)}: the data cannot decide`,
      };
    }
    const status: Status = gate.severity === 'warn' ? 'warn' : 'fail';
    return { ...base, observed, status, message: `${formatNumber(observed)} is not ${gate.op} ${formatNumber(gate.threshold)}` };
  });
}

/** A bound fails its comparison but the interval's other end passes it. */
function straddles(interval: readonly [number, number], gate: Gate): boolean {
  return interval.some((end) => compare(end, gate.op, gate.threshold));
}

/** The statuses as the verdict counts them: an inconclusive gate fails or warns by policy, a warn-severity gate never fails. */
export function countedStatuses(results: readonly GateResult[], gates: readonly Gate[], policy: GatePolicy): Status[] {
  return results.map((r, i) => {
    if (r.status !== 'inconclusive') return r.status;
    if (gates[i]?.severity === 'warn') return 'warn';
    return policy.inconclusive === 'fail' ? 'fail' : 'warn';
  });
}
