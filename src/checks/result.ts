/**
 * A check result is data (DESIGN.md, validate-data result contract; Great Expectations'
 * validation result): status, observed value, counts, and a capped sample of the offending rows
 * and values. Rendering happens elsewhere, from these fields only.
 */
import type { Status } from '../result.js';
import type { Severity } from '../schema/types.js';

/** The statuses a data check can have (`inconclusive` belongs to statistical gates). */
export type CheckStatus = Extract<Status, 'pass' | 'warn' | 'fail' | 'skipped' | 'error'>;

export type CheckName =
  | 'present'
  | 'extra_columns'
  | 'column_order'
  | 'row_count'
  | 'duplicate_rows'
  | 'unique'
  | 'type'
  | 'not_null'
  | 'null_fraction'
  | 'range'
  | 'allowed'
  | 'pattern'
  | 'length'
  | 'monotonic'
  | 'mean'
  | 'median'
  | 'std'
  | 'reference_row_count'
  | 'reference_null_fraction'
  | 'reference_distinct_count'
  | 'new_categories';

export type Example = string | number;

export interface CheckResult {
  /** Stable identifier: `<column>.<check>` for column checks, `<check>` or `unique(a, b)` for table checks. */
  id: string;
  /** The column the check is about; `null` for table checks; `a, b` for a key of several columns. */
  column: string | null;
  check: CheckName;
  status: CheckStatus;
  /** What the data showed (a count, a statistic, a range as text); `null` when not computed. */
  observed: number | string | null;
  /** What the schema asked for, in words. */
  expected: string;
  /** How many values or rows broke the check; `null` for checks over a statistic. */
  unexpectedCount: number | null;
  /** `unexpectedCount` over the values the check looked at (see each check for its denominator). */
  unexpectedFraction: number | null;
  /** The first {@link SAMPLE_LIMIT} offending rows, 1-based data rows (the header is not counted). */
  unexpectedRows: number[];
  /** The values at `unexpectedRows`, in the same order, as they appear in the data. */
  examples: Example[];
  /** The tolerance applied (0–1); `null` for checks without one. */
  mostly: number | null;
  /** Why a check was `skipped` or `error`; `null` otherwise. */
  reason: string | null;
}

/** How many offending rows and values a result keeps; counting always covers every row. */
export const SAMPLE_LIMIT = 20;

/**
 * Counts offending rows and keeps the first {@link SAMPLE_LIMIT}. `add` returns true while the
 * sample has room, so the caller formats an example only for the rows that are kept:
 * `if (sample.add(i)) sample.examples.push(token(i))`.
 */
export class UnexpectedSample {
  count = 0;
  readonly rows: number[] = [];
  readonly examples: Example[] = [];

  /** Records 0-based row `index`. */
  add(index: number): boolean {
    this.count++;
    if (this.rows.length >= SAMPLE_LIMIT) return false;
    this.rows.push(index + 1);
    return true;
  }
}

export function checkId(column: string | null, check: CheckName): string {
  return column === null ? check : `${column}.${check}`;
}

interface Common {
  column: string | null;
  check: CheckName;
  expected: string;
  severity: Severity;
  /** Overrides the default id. */
  id?: string;
}

/**
 * The result of a check over individual values: passes when the unexpected fraction is at most
 * `1 − mostly` (with `mostly = 1`, when nothing is unexpected).
 */
export function rowCheckResult(
  options: Common & { observed: number | string | null; sample: UnexpectedSample; denominator: number; mostly: number | null },
): CheckResult {
  const { sample, denominator, mostly } = options;
  const fraction = denominator > 0 ? sample.count / denominator : 0;
  const tolerance = mostly === null ? 0 : 1 - mostly;
  const ok = mostly === null ? sample.count === 0 : fraction <= tolerance + 1e-12;
  return {
    id: options.id ?? checkId(options.column, options.check),
    column: options.column,
    check: options.check,
    status: ok ? 'pass' : options.severity,
    observed: options.observed,
    expected: options.expected,
    unexpectedCount: sample.count,
    unexpectedFraction: fraction,
    unexpectedRows: sample.rows,
    examples: sample.examples,
    mostly,
    reason: null,
  };
}

/** The result of a check over one statistic (a count, a mean): pass or the severity. */
export function statisticResult(options: Common & { observed: number | string | null; ok: boolean }): CheckResult {
  return {
    id: options.id ?? checkId(options.column, options.check),
    column: options.column,
    check: options.check,
    status: options.ok ? 'pass' : options.severity,
    observed: options.observed,
    expected: options.expected,
    unexpectedCount: null,
    unexpectedFraction: null,
    unexpectedRows: [],
    examples: [],
    mostly: null,
    reason: null,
  };
}

/** A check that could not be computed, with the reason; never a silent pass. */
export function skippedResult(
  options: Omit<Common, 'severity'> & { reason: string; mostly?: number | null; status?: 'skipped' | 'error' },
): CheckResult {
  return {
    id: options.id ?? checkId(options.column, options.check),
    column: options.column,
    check: options.check,
    status: options.status ?? 'skipped',
    observed: null,
    expected: options.expected,
    unexpectedCount: null,
    unexpectedFraction: null,
    unexpectedRows: [],
    examples: [],
    mostly: options.mostly ?? null,
    reason: options.reason,
  };
}
