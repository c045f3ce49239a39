/**
 * Reports at scale (issue 15): a 2,000-column drift report through the real drift-report path —
 * CSV files → runPipeline (load, tests, correction, decision, render) → the comment as the action
 * posts it (toMarkdown, the run footer, composeComment's marker and fitting) and the HTML report
 * (reportPage) opened in Chromium. The comment must stay under 65,000 characters without the
 * fitter having to fold or cut it, and the HTML report must open in under 2 s.
 *
 * Data: bench/.data/drift-wide-<columns>x<rows>-{reference,current}.csv, deterministic; every 33rd
 * column is shifted by 0.5 standard deviations in the current file (61 of 2,000 drift), one name
 * carries a pipe and a mention. Chromium: Debian's, headless, the browser tests' harness; the
 * open time is the page's own navigation timing (load event end), median of 3 fresh tabs.
 *
 * Run: npm run bench -- report   (or npx tsx bench/report.ts [columns] [rows])
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { driftReport } from '../src/actions/drift-report/main.js';
import { COMMENT_LIMIT, composeComment } from '../src/github/comment-body.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { reportPage } from '../src/report/action-report.js';
import { formatCount } from '../src/report/format.js';
import { missingBrowser, startHarness } from '../test/browser/browser.js';
import { memoryLogger } from '../test/support/memory-logger.js';

const OPEN_LIMIT_MS = 2_000;
const DATA = join(import.meta.dirname, '.data');

export interface ReportBenchRow {
  case: string;
  drifted: number;
  pipelineMs: number;
  commentChars: number;
  folded: string;
  pageMs: number;
  htmlMB: number;
  resultJsonMB: number;
  openMs: number | null;
  verdict: string;
}

/** Writes (once) the reference and current CSV files of the wide case. */
export function wideDriftFiles(columns: number, rows: number): { reference: string; current: string } {
  const reference = join(DATA, `drift-wide-${columns}x${rows}-reference.csv`);
  const current = join(DATA, `drift-wide-${columns}x${rows}-current.csv`);
  if (existsSync(reference) && existsSync(current)) return { reference, current };
  mkdirSync(DATA, { recursive: true });
  let s = 15;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 1) / 4294967297;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  const names = Array.from({ length: columns }, (_, j) => (j === 7 ? '"name with | pipe @user #12"' : `feature_${String(j).padStart(4, '0')}_${['income', 'age', 'tenure', 'score'][j % 4]}`));
  const write = (path: string, shift: (j: number) => number) => {
    const lines = [names.join(',')];
    for (let i = 0; i < rows; i++) lines.push(names.map((_, j) => (normal() + shift(j)).toFixed(4)).join(','));
    writeFileSync(path, `${lines.join('\n')}\n`);
  };
  write(reference, () => 0);
  write(current, (j) => (j % 33 === 0 ? 0.5 : 0));
  return { reference, current };
}

export async function benchReport(columns = 2_000, rows = 1_000): Promise<ReportBenchRow[]> {
  const files = wideDriftFiles(columns, rows);
  const t0 = performance.now();
  const completed = await runPipeline(driftReport, { ...files, gates: 'drifted_share < 0.3' }, 'cli', { logger: memoryLogger(), workingDirectory: process.cwd() });
  const pipelineMs = performance.now() - t0;
  const footer = '<sub>📊 [HTML report](https://github.com/octo-org/model-repo/actions/runs/1234567890/artifacts/9876543210) (every column, row and chart; opens offline) · [run 12345](https://github.com/octo-org/model-repo/actions/runs/1234567890) · commit [`abcdef0`](https://github.com/octo-org/model-repo/commit/abcdef0123456789abcdef0123456789abcdef01) · 2025-01-01 12:00 UTC</sub>';
  const body = `${completed.markdown}\n\n${footer}`;
  const comment = composeComment({ commentId: 'drift-report', body, runUrl: 'https://github.com/octo-org/model-repo/actions/runs/1234567890' });
  const fitted = comment.includes("_Folded to fit GitHub's comment size limit") || comment.includes('_Cut to fit');
  const t1 = performance.now();
  const html = reportPage(completed.report);
  const pageMs = performance.now() - t1;
  const drifted = (completed.result as unknown as { dataset: { drifted: number } }).dataset.drifted;
  let openMs: number | null = null;
  const missing = missingBrowser();
  if (missing) console.warn(missing);
  else {
    const harness = await startHarness();
    try {
      const url = harness.serve('/report.html', html);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const opened = await harness.open(url);
        if (opened.errors.length > 0 || opened.requests.length > 0) throw new Error(`report page: ${[...opened.errors, ...opened.requests].join('; ')}`);
        times.push(opened.loadMs);
        await opened.page.close();
      }
      openMs = times.sort((a, b) => a - b)[1];
    } finally {
      await harness.close();
    }
  }
  const ok = comment.length < COMMENT_LIMIT && !fitted && (openMs === null || openMs < OPEN_LIMIT_MS);
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;
  return [
    {
      case: `${formatCount(columns)} columns × ${formatCount(rows)} rows, drift-report`,
      drifted,
      pipelineMs: Math.round(pipelineMs),
      commentChars: comment.length,
      folded: fitted ? 'yes (over the budget)' : 'no',
      pageMs: Math.round(pageMs),
      htmlMB: mb(Buffer.byteLength(html)),
      resultJsonMB: mb(Buffer.byteLength(JSON.stringify(completed.result, null, 2))),
      openMs: openMs === null ? null : Math.round(openMs),
      verdict: ok ? `ok (comment < ${formatCount(COMMENT_LIMIT)} unfitted, open < ${formatCount(OPEN_LIMIT_MS)} ms)` : 'OVER A LIMIT',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchReport(Number(process.argv[2] ?? 2_000), Number(process.argv[3] ?? 1_000)));
}
