/**
 * A gate's message in words, from its decision (src/gates/evaluate.ts): the numbers formatted
 * here like everywhere else in a report, so the message, the table and the annotation read the same.
 */
import type { GateDecision } from '../gates/evaluate.js';
import type { GateResult } from '../result.js';
import { formatInterval, formatNumber } from './format.js';

export function withMessage(decision: GateDecision): GateResult {
  const { reason: _reason, minimalDetectableDifference: _mdd, ...result } = decision;
  return { ...result, message: gateMessage(decision) };
}

export function gateMessage(decision: GateDecision): string {
  const { observed, op, threshold, status, point, interval, decidedBy } = decision;
  if (observed === null) return decision.reason ?? `${decision.metric} could not be evaluated`;
  const value = formatNumber(observed);
  const limit = `${op} ${formatNumber(threshold)}`;
  const where = decidedBy !== undefined ? ` (${decidedBy})` : '';
  if (status === 'pass') return `${value} ${limit}${where}`;
  if (point === undefined || interval === undefined) return `${value} is not ${limit}${where}`;
  const span = formatInterval(interval);
  if (status === 'inconclusive') {
    return `the estimate ${formatNumber(point)} is ${limit} but its bound ${value} is not (interval ${span})${where}: the data cannot confirm it`;
  }
  return `${value} is not ${limit}, nor is the estimate ${formatNumber(point)} (interval ${span})${where}`;
}
