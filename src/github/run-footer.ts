/**
 * The line under every report in the job summary and the PR comment: which commit and which run
 * it describes, and when — so a reader can tell a current report from a stale one.
 */
import { escapeText } from '../report/markdown.js';
import { commitUrl, type GitHubContext } from './context.js';

export function runFooter(github: GitHubContext, now: Date): string {
  const sha = github.commitSha;
  const parts: string[] = [];
  if (sha) {
    const short = sha.slice(0, 7);
    const url = commitUrl(github, sha);
    parts.push(url ? `commit [\`${short}\`](${url})` : `commit \`${escapeText(short)}\``);
  }
  if (github.runId !== undefined) {
    const label = `run ${github.runNumber ?? github.runId}${github.runAttempt && github.runAttempt > 1 ? ` (attempt ${github.runAttempt})` : ''}`;
    parts.push(github.runUrl ? `[${label}](${github.runUrl})` : label);
  }
  parts.push(`${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
