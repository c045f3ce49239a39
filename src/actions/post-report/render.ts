/** post-report's job summary: each report artifact of the run, and what became of it. */
import { escapeText } from '../../report/markdown.js';
import type { PostReportOutcome } from './main.js';

export function renderPostReport(outcome: PostReportOutcome): string {
  if (outcome.reports.length === 0) return `**mlgate post-report**: run ${outcome.runId} left no report to post.`;
  const lines = outcome.reports.map((r) => {
    const pr = r.pullNumber !== undefined ? ` → #${r.pullNumber}` : '';
    const detail = r.status === 'posted' ? `comment ${r.comment}${r.commitStatus ? `, status ${r.commitStatus}` : ''}` : r.reason;
    return `- \`${r.artifact}\`${pr}: **${r.status}** — ${escapeText(detail)}`;
  });
  return [`**mlgate post-report** for run ${outcome.runId}:`, '', ...lines].join('\n');
}
