/**
 * The commit status a run sets with `status: true`: named `mlgate/<comment-id>` (plus
 * `/<section>` when several jobs share one comment, so they do not overwrite each other's status),
 * its state derived from the verdict alone.
 */
import type { ResultBase, Verdict } from '../result.js';
import type { StatusState } from './report-payload.js';

/**
 * `mlgate/<comment-id>`, plus `/<section>` when the comment id is shared (given explicitly rather
 * than derived from the action and the section, which already makes it unique).
 */
export function statusContext(commentId: string, section: string | undefined | null, action: string): string {
  const derived = section ? `${action}-${section.replace(/\s+/g, '-')}` : action;
  return `mlgate/${commentId}${section && commentId !== derived ? `/${section}` : ''}`;
}

/** pass and warn → success (warnings never block a merge), fail → failure, error → error. */
export function statusState(verdict: Verdict): StatusState {
  return verdict === 'pass' || verdict === 'warn' ? 'success' : verdict === 'fail' ? 'failure' : 'error';
}

/** One line: the verdict and the gates that decided it ("FAIL: accuracy >= 0.9 (0.87)"). */
export function statusDescription(result: ResultBase): string {
  const failing = result.gates.filter((g) => g.status === 'fail' || g.status === 'error' || g.status === 'inconclusive');
  const verdict = result.verdict.toUpperCase();
  if (result.gates.length === 0) return `${verdict}: no gates`;
  if (failing.length === 0) {
    const warned = result.gates.filter((g) => g.status === 'warn').length;
    return `${verdict}: ${result.gates.length} gate${result.gates.length === 1 ? '' : 's'} passed${warned > 0 ? `, ${warned} with a warning` : ''}`;
  }
  const observed = (value: number | null) => (value === null ? 'n/a' : Number(value.toPrecision(4)).toString());
  return `${verdict}: ${failing.map((g) => `${g.id} (${g.status === 'inconclusive' ? 'inconclusive' : observed(g.observed)})`).join('; ')}`;
}
