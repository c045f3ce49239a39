/**
 * The line under every report in the job summary and the PR comment: links to the HTML report
 * (the `html-report` artifact, when it was uploaded) and the run, then which commit it describes
 * and when — so a reader can reach the details and tell a current report from a stale one.
 */
import { escapeText } from '../report/markdown.js';
import { commitUrl, type GitHubContext } from './context.js';

export interface FooterLinks {
  /** The uploaded HTML report artifact's page. */
  readonly htmlReport?: string;
}

export function runFooter(github: GitHubContext, now: Date, links: FooterLinks = {}): string {
  const sha = github.commitSha;
  const parts: string[] = [];
  if (links.htmlReport) parts.push(`📊 [HTML report](${links.htmlReport}) (every column, row and chart; opens offline)`);
  if (github.runId !== undefined) {
    const label = `run ${github.runNumber ?? github.runId}${github.runAttempt && github.runAttempt > 1 ? ` (attempt ${github.runAttempt})` : ''}`;
    parts.push(github.runUrl ? `[${label}](${github.runUrl})` : label);
  }
  if (sha) {
    const short = sha.slice(0, 7);
    const url = commitUrl(github, sha);
    parts.push(url ? `commit [\`${short}\`](${url})` : `commit \`${escapeText(short)}\``);
  }
  parts.push(`${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
