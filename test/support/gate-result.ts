/** A GateResult for tests, its effect derived as the pipeline derives it (src/gates/verdict.ts). */
import { effectOf } from '../../src/gates/verdict.js';
import type { GateResult, InconclusivePolicy, Status } from '../../src/result.js';

export function gateResult(
  id: string,
  status: Status,
  observed: number | null = 0.8,
  options: { message?: string; severity?: 'fail' | 'warn'; inconclusive?: InconclusivePolicy } = {},
): GateResult {
  const severity = options.severity ?? (status === 'warn' ? 'warn' : 'fail');
  const inconclusive = options.inconclusive ?? 'fail';
  return {
    id,
    metric: id.split(' ')[0],
    op: '>=',
    threshold: 0.9,
    observed,
    status,
    message: options.message ?? '',
    severity,
    inconclusive,
    effect: effectOf({ status, severity, inconclusive }),
  };
}
