/**
 * Gate subjects checked against an action's catalogue, by name alone — before any file is read,
 * so a typo costs no loading: an unknown metric or field is a ConfigurationError with the closest
 * known name and the list of known ones; a bound compared the wrong way (`roc_auc.lower <= 0.9`,
 * which the lower bound cannot show) is refused with the gate to write instead.
 */
import { ConfigurationError } from '../errors.js';
import { closestName } from '../util/closest-name.js';
import { describeGateNames, type GateCatalogue, type GateField, type NamedGate } from './catalogue.js';
import type { Gate } from './gate.js';

const TREND = '.trend';

type Names = Pick<GateCatalogue<unknown>, 'metrics' | 'fields' | 'columnFields' | 'argumentMetrics'>;

/** `name[argument]` and what follows: `recall[fraud].lower`, `f1[class=3]`, `recall_at_precision[0.9]`. */
const WITH_ARGUMENT = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](?:\.(.+))?$/;

export function nameGates(gates: readonly Gate[], catalogue: Names): NamedGate[] {
  return gates.map((gate) => nameGate(gate, catalogue));
}

export function nameGate(gate: Gate, catalogue: Names): NamedGate {
  if (gate.subject.endsWith(TREND) && gate.subject.length > TREND.length) {
    // A trend is a plain value (no bound to check): the subject before `.trend` names what it follows.
    const followed = splitSubject({ ...gate, subject: gate.subject.slice(0, -TREND.length) }, catalogue);
    return { ...followed, subject: gate.subject, bound: undefined, trend: true };
  }
  const named = splitSubject(gate, catalogue);
  if (named.bound !== undefined) checkBoundDirection(named);
  return named;
}

function splitSubject(gate: Gate, catalogue: Names): NamedGate {
  const subject = gate.subject;
  const bracketed = WITH_ARGUMENT.exec(subject);
  if (bracketed) return withArgument(gate, bracketed[1], bracketed[2], bracketed[3], catalogue);
  if (catalogue.metrics.includes(subject)) return { ...gate, metric: subject };
  for (const field of longestFirst(catalogue.fields)) {
    const metric = withoutField(subject, field);
    if (metric !== undefined && catalogue.metrics.includes(metric)) return { ...gate, metric, field: field.name, bound: field.bound };
  }
  for (const field of longestFirst(catalogue.columnFields ?? [])) {
    const column = withoutField(subject, field);
    if (column !== undefined) return { ...gate, metric: field.name, field: field.name, column, bound: field.bound };
  }
  throw unknownSubject(gate, catalogue);
}

function withArgument(gate: Gate, name: string, written: string, field: string | undefined, catalogue: Names): NamedGate {
  const known = catalogue.argumentMetrics ?? [];
  const metric = known.find((m) => m.name === name);
  if (!metric) {
    const names = known.map((m) => `${m.name}[…]`);
    const closest = closestName(name, known.map((m) => m.name));
    const hint = closest ? ` (did you mean "${closest}[${written}]"?)` : '';
    throw new ConfigurationError(`gate "${gate.id}": "${name}" takes no argument in brackets${hint}; ${names.length > 0 ? `metrics with one: ${names.join(', ')}` : 'no metric of this action takes one'}`);
  }
  const argument = metric.argument === 'class' ? written.replace(/^class\s*=\s*/, '').trim() : written.trim();
  if (argument === '') throw new ConfigurationError(`gate "${gate.id}": ${name}[…] needs a ${metric.argument === 'class' ? 'class' : 'level'} in the brackets`);
  if (metric.argument === 'level') {
    const level = Number(argument);
    if (!(level > 0 && level <= 1)) throw new ConfigurationError(`gate "${gate.id}": the level of ${name}[…] is a number in (0, 1], got "${argument}"`);
  }
  if (field === undefined) return { ...gate, metric: name, argument };
  const fieldInfo = catalogue.fields.find((f) => f.name === field);
  if (!fieldInfo) {
    const closest = closestName(field, catalogue.fields.map((f) => f.name));
    const hint = closest ? ` (did you mean "${name}[${written}].${closest}"?)` : '';
    throw new ConfigurationError(`gate "${gate.id}": ${name}[…] has no field ".${field}"${hint}; its fields: ${catalogue.fields.map((f) => `.${f.name}`).join(', ')}`);
  }
  return { ...gate, metric: name, argument, field, bound: fieldInfo.bound };
}

function withoutField(subject: string, field: GateField): string | undefined {
  const suffix = `.${field.name}`;
  return subject.endsWith(suffix) && subject.length > suffix.length ? subject.slice(0, -suffix.length) : undefined;
}

function longestFirst(fields: readonly GateField[]): GateField[] {
  return [...fields].sort((a, b) => b.name.length - a.name.length);
}

function unknownSubject(gate: Gate, catalogue: Names): ConfigurationError {
  const known = describeGateNames(catalogue);
  const dot = gate.subject.indexOf('.');
  const head = dot > 0 ? gate.subject.slice(0, dot) : gate.subject;
  const tail = dot > 0 ? gate.subject.slice(dot + 1) : undefined;
  if (tail !== undefined && catalogue.metrics.includes(head)) {
    const closest = closestName(tail, catalogue.fields.map((f) => f.name));
    const hint = closest ? ` (did you mean "${head}.${closest}"?)` : '';
    const fields = catalogue.fields.length > 0 ? catalogue.fields.map((f) => `.${f.name}`).join(', ') : 'none';
    return new ConfigurationError(`gate "${gate.id}": ${head} has no field ".${tail}"${hint}; its fields: ${fields}`);
  }
  const lastDot = gate.subject.lastIndexOf('.');
  if (lastDot > 0 && catalogue.columnFields?.length && !catalogue.metrics.includes(head)) {
    const field = gate.subject.slice(lastDot + 1);
    const closest = closestName(field, catalogue.columnFields.map((f) => f.name));
    if (closest) {
      return new ConfigurationError(`gate "${gate.id}": unknown field ".${field}" (did you mean "${gate.subject.slice(0, lastDot)}.${closest}"?); ${known}`);
    }
  }
  const closest = closestName(head, catalogue.metrics);
  const hint = closest ? ` (did you mean "${closest}"?)` : '';
  return new ConfigurationError(`gate "${gate.id}": unknown metric "${head}"${hint}; ${known}`);
}

function checkBoundDirection(gate: NamedGate): void {
  const atLeast = gate.op === '>=' || gate.op === '>';
  const atMost = gate.op === '<=' || gate.op === '<';
  if (gate.bound === 'lower' && atLeast) return;
  if (gate.bound === 'upper' && atMost) return;
  const base = gate.subject.slice(0, -`.${gate.field}`.length);
  const other = gate.field!.replace(/lower$/, 'UPPER').replace(/upper$/, 'lower').replace('UPPER', 'upper');
  const suggestion = atMost ? `${base}.${other} ${gate.op} …` : atLeast ? `${base}.${other} ${gate.op} …` : `${base}.${gate.field} >= … or ${base}.${other} <= …`;
  const shows = gate.bound === 'lower' ? 'that the value is at least a threshold (>= or >)' : 'that the value is at most a threshold (<= or <)';
  throw new ConfigurationError(`gate "${gate.id}": ${gate.bound === 'lower' ? 'a lower' : 'an upper'} confidence bound can only show ${shows}; write "${suggestion}"`);
}
