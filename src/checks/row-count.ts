/** `row_count`: the number of data rows within `rows: { min, max }` (inclusive; min defaults to 1). */
import type { Schema } from '../schema/types.js';
import type { CheckResult } from './result.js';
import { statisticResult } from './result.js';

export function rowCountCheck(rowCount: number, rows: Schema['rows']): CheckResult {
  const { min, max } = rows;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`at least ${min}`);
  if (max !== undefined) parts.push(`at most ${max}`);
  const ok = (min === undefined || rowCount >= min) && (max === undefined || rowCount <= max);
  return statisticResult({
    column: null,
    check: 'row_count',
    expected: parts.length > 0 ? `${parts.join(' and ')} row${(max ?? min) === 1 ? '' : 's'}` : 'any number of rows',
    severity: 'fail',
    observed: rowCount,
    ok,
  });
}
