/**
 * What gates an action knows, declared once: the metric (or dataset measure) names, the fields
 * that may follow them, the fields that may follow a column name, and how a gate resolves once the
 * outcome is computed. The runner checks every gate against the names before any file is read.
 */
import type { Gate } from './gate.js';
import type { GateTarget } from './target.js';

export interface GateField {
  /** As written after the dot: `lower`, `delta.lower`, `slice_min`. */
  readonly name: string;
  /**
   * A confidence bound, and which side of its interval it is. A lower bound can only show that a
   * value is at least a threshold (`>=`, `>`), an upper bound that it is at most one.
   */
  readonly bound?: 'lower' | 'upper';
}

/** A gate with its subject split into what it names. */
export interface NamedGate extends Gate {
  /** The metric or dataset measure (`accuracy`, `drifted_share`); for a column gate, the field. */
  readonly metric: string;
  readonly field?: string;
  /** Column gates (`income.statistic`): the column, checked against the data after loading. */
  readonly column?: string;
  /** Set when the field is a confidence bound. */
  readonly bound?: 'lower' | 'upper';
  /** `recall[fraud]`: the class (`fraud`); `recall_at_precision[0.9]`: the level (`0.9`), as written. */
  readonly argument?: string;
  /**
   * `<subject>.trend`: the change of `<subject>` against the median of the previous runs (the
   * `history` input); `metric`, `field`, … then name the subject whose trend it is.
   */
  readonly trend?: true;
}

/** The subject a trend gate follows: `roc_auc.lower.trend` → `roc_auc.lower`. */
export function trendSubject(gate: Pick<NamedGate, 'subject' | 'trend'>): string {
  return gate.trend ? gate.subject.slice(0, -'.trend'.length) : gate.subject;
}

/** A metric written with an argument in brackets: a class (`recall[fraud]`) or a level in (0, 1] (`recall_at_precision[0.9]`). */
export interface ArgumentMetric {
  readonly name: string;
  readonly argument: 'class' | 'level';
}

export interface GateCatalogue<Outcome> {
  readonly metrics: readonly string[];
  /** Metrics that take an argument in brackets (`recall[fraud]`); their fields are `fields`. */
  readonly argumentMetrics?: readonly ArgumentMetric[];
  readonly fields: readonly GateField[];
  /** Fields after a column name (`<column>.statistic`). */
  readonly columnFields?: readonly GateField[];
  /** One gate that is valid for this action (for `--help` and messages). */
  readonly example: string;
  /** Names that need the data (a column, a metric of the task): throws a ConfigurationError. */
  readonly check?: (gates: readonly NamedGate[], outcome: Outcome) => void;
  /** What a gate evaluates to once the outcome is known. */
  readonly resolve: (outcome: Outcome, gate: NamedGate) => GateTarget;
}

/** Every gate name a user can write, for `--help` and error messages. */
export function describeGateNames(catalogue: Pick<GateCatalogue<unknown>, 'metrics' | 'fields' | 'columnFields' | 'argumentMetrics'>): string {
  const parts = [`metrics: ${catalogue.metrics.join(', ')}`];
  if (catalogue.argumentMetrics?.length) parts.push(`with an argument: ${catalogue.argumentMetrics.map((m) => `${m.name}[${m.argument === 'class' ? '<class>' : '<0–1>'}]`).join(', ')}`);
  if (catalogue.fields.length > 0) parts.push(`fields: ${catalogue.fields.map((f) => `.${f.name}`).join(', ')}`);
  if (catalogue.columnFields?.length) parts.push(`per column: <column>.${catalogue.columnFields.map((f) => f.name).join('|')}`);
  parts.push('any of them + .trend (with history)');
  return parts.join('; ');
}
