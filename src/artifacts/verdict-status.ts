/**
 * The commit status a run sets with `status: true`: named `mlgate/<comment-id>` (plus
 * `/<section>` when several jobs share one comment, so they do not overwrite each other's status),
 * its state and description derived from the result (src/gates/verdict.ts).
 */
import { defaultCommentId } from '../config/comment-id.js';
import { commitStateOf, failingGates } from '../gates/verdict.js';
import type { ResultBase, Verdict } from '../result.js';
import type { StatusState } from './report-payload.js';

/**
 * `mlgate/<comment-id>`, plus `/<section>` when the comment id is shared (given explicitly rather
 * than derived from the action and the section, which already makes it unique).
 */
export function statusContext(commentId: string, section: string | undefined | null, action: string): string {
  const derived = defaultCommentId(action, section);
  return `mlgate/${commentId}${section && commentId !== derived ? `/${section}` : ''}`;
}

export function statusState(verdict: Verdict): StatusState {
  return commitStateOf(verdict);
}

/** One line: the verdict and the gates that decided it ("FAIL: accuracy >= 0.9 (0.87)"). */
export function statusDescription(result: ResultBase): string {
  const verdict = result.verdict.toUpperCase();
  if (result.gates.length === 0) return `${verdict}: no gates — report only`;
  const failing = failingGates(result.gates);
  const observed = (value: number | null) => (value === null ? 'n/a' : Number(value.toPrecision(4)).toString());
  if (failing.length > 0) {
    return `${verdict}: ${failing.map((g) => `${g.id} (${g.status === 'fail' || g.status === 'error' ? observed(g.observed) : g.status})`).join('; ')}`;
  }
  const passed = result.gates.filter((g) => g.effect === 'pass').length;
  const warned = result.gates.length - passed;
  return `${verdict}: ${passed} of ${result.gates.length} gate${result.gates.length === 1 ? '' : 's'} passed${warned > 0 ? `, ${warned} warned` : ''}`;
}
