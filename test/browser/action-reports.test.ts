/**
 * Each action's reports on the bundled examples, in headless Chromium (browser.ts):
 * - the HTML report (src/report/action-report.ts reportPage): no console error, no request
 *   beyond the page, every chart drawn with marks once its section is open, a table that sorts
 *   by a click, and axe-core (WCAG 2.1 A/AA, best practices) finding nothing;
 * - the PR comment as GitHub renders it (cmark-gfm, test/report/gfm.ts) with its Mermaid blocks
 *   drawn by mermaid 11: every chart drawn, no raw entity shown, every table row as wide as its
 *   header (no broken cell).
 * Screenshots of both, per action, go to test-artifacts/screenshots/ (`npm run screenshots`
 * regenerates them); drift-report, evaluate-model and compare-champion include issue 16's fields
 * built by the metric functions (test/actions/extras.ts), so every chart kind is drawn.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareChampion } from '../../src/actions/compare-champion/main.js';
import { driftReport } from '../../src/actions/drift-report/main.js';
import { evaluateModel } from '../../src/actions/evaluate-model/main.js';
import { validateData } from '../../src/actions/validate-data/main.js';
import type { AnyActionDeclaration } from '../../src/pipeline/declaration.js';
import { reportPage, type ActionReport } from '../../src/report/action-report.js';
import { toMarkdown } from '../../src/report/document/index.js';
import { comparisonExtras, evaluationExtras } from '../actions/extras.js';
import { renderWith, runReport } from '../actions/render-helpers.js';
import { missingGfm, renderGfm } from '../report/gfm.js';
import { missingBrowser, startHarness, type Harness } from './browser.js';

const SHOTS = 'test-artifacts/screenshots';
const require = createRequire(import.meta.url);
const skip = missingBrowser();
if (skip) console.warn(skip);

interface Case {
  readonly action: string;
  readonly declaration: AnyActionDeclaration;
  readonly inputs: Record<string, string>;
  readonly extras?: () => object;
}

const CASES: readonly Case[] = [
  { action: 'validate-data', declaration: validateData, inputs: { config: 'examples/validate-data.yml', data: 'examples/validate-data/corrupted.csv' } },
  { action: 'evaluate-model', declaration: evaluateModel, inputs: { config: 'examples/evaluate-model.yml' }, extras: evaluationExtras },
  { action: 'compare-champion', declaration: compareChampion, inputs: { config: 'examples/compare-champion.yml' }, extras: comparisonExtras },
  { action: 'drift-report', declaration: driftReport, inputs: { config: 'examples/drift-report.yml', current: 'examples/drift-report/current-shifted.csv' } },
];

async function reportOf(c: Case): Promise<ActionReport> {
  const completed = await runReport(c.declaration, c.inputs);
  return c.extras ? renderWith(c.declaration, completed, c.extras()) : completed.report;
}

/** A plain stand-in for GitHub's comment stylesheet: enough to see tables, folds and charts as a reviewer would. */
const COMMENT_CSS =
  'body{font:14px/1.5 system-ui,sans-serif;max-width:900px;margin:24px auto;color:#1f2328}table{border-collapse:collapse;margin:8px 0;display:block;overflow:auto}th,td{border:1px solid #d0d7de;padding:4px 10px}code{background:#eff2f5;padding:.1em .3em;border-radius:4px}blockquote{border-left:4px solid #d0d7de;margin:0;padding:0 1em;color:#59636e}details{margin:8px 0}sub{color:#59636e}';

describe.skipIf(skip !== null)('each action\'s HTML report in Chromium', { timeout: 120_000 }, () => {
  let harness: Harness;
  const reports = new Map<string, ActionReport>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await startHarness();
    for (const c of CASES) reports.set(c.action, await reportOf(c));
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it.each(CASES.map((c) => [c.action]))('%s: no console error or request, every chart has marks, tables sort, axe-core clean', async (action) => {
    const url = harness.serve(`/${action}.html`, reportPage(reports.get(action)!));
    const { page, errors, requests } = await harness.open(url, { width: 1200 });
    // A full-page screenshot draws what is off screen too (the page skips it with content-visibility until it scrolls into view).
    const drawAll = () => page.$$eval('main details, figure.chart', (all) => all.forEach((e) => ((e as HTMLElement).style.contentVisibility = 'visible')));
    await drawAll();
    await page.screenshot({ path: join(SHOTS, `${action}-html-report.png`), fullPage: true });
    // Open every folded section: lazy ones draw their charts from the page's compressed store.
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.waitForFunction(() => document.querySelectorAll('details[data-lazy], .lazy-note').length === 0);
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => ({
        title: f.querySelector('figcaption')?.textContent ?? '',
        marks: [...f.querySelectorAll('.mark')].filter((m) => {
          const box = (m as SVGGraphicsElement).getBBox();
          return box.width > 0 || box.height > 0;
        }).length,
      })),
    );
    expect(charts.length, action).toBeGreaterThan(0);
    for (const c of charts) expect(c.marks, `${action}: ${c.title}`).toBeGreaterThan(0);
    // Text from data never shows as a raw entity or markdown escape.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/&(lt|gt|amp|quot|#\d+);|\\_|\*\*/);

    // The first table with a numeric column sorts by it, ascending then descending.
    const sorted = await page.evaluate(() => {
      for (const table of document.querySelectorAll('table.sortable')) {
        const heads = [...(table as HTMLTableElement).tHead!.rows[0].cells];
        const col = heads.findIndex((th) => th.getAttribute('data-type') === 'number');
        const body = (table as HTMLTableElement).tBodies[0];
        if (col < 0 || body.rows.length < 3) continue;
        const keys = () => [...body.rows].map((r) => r.cells[col].getAttribute('data-sort') ?? '').filter((k) => k !== '').map(Number);
        heads[col].querySelector('button')!.click();
        const up = keys();
        heads[col].querySelector('button')!.click();
        const down = keys();
        return { caption: table.querySelector('caption')?.textContent ?? '', up, down };
      }
      return null;
    });
    expect(sorted, `${action}: a sortable numeric table`).not.toBeNull();
    expect(sorted!.up).toEqual([...sorted!.up].sort((a, b) => a - b));
    expect(sorted!.down).toEqual([...sorted!.up].sort((a, b) => b - a));

    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = await page.evaluate(async () => {
      const run = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    });
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await drawAll();
    await page.screenshot({ path: join(SHOTS, `${action}-html-report-unfolded.png`), fullPage: true });
    await page.close();
  });
});

describe.skipIf(skip !== null || missingGfm() !== null)('each action\'s PR comment, rendered by cmark-gfm, in Chromium', { timeout: 120_000 }, () => {
  let harness: Harness;
  const reports = new Map<string, ActionReport>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await startHarness();
    for (const c of CASES) reports.set(c.action, await reportOf(c));
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it.each(CASES.map((c) => [c.action]))('%s: every Mermaid chart drawn, no raw entity, no broken cell', async (action) => {
    const markdown = toMarkdown(reports.get(action)!.comment);
    const footer = '<sub>📊 [HTML report](https://github.com/o/r/actions/runs/1/artifacts/2) (every column, row and chart; opens offline) · [run 7](https://github.com/o/r/actions/runs/1) · commit [`abc1234`](https://github.com/o/r/commit/abc1234) · 2025-01-01 12:00 UTC</sub>';
    const body = renderGfm(`${markdown}\n\n${footer}\n`);
    const url = harness.serve(`/${action}-comment.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${action} comment</title><style>${COMMENT_CSS}</style></head><body>${body}</body></html>`);
    const { page, errors, requests } = await harness.open(url, { width: 1000 });
    // The row widths as cmark-gfm built them, before anything else changes the page.
    const cells = await page.$$eval('table', (tables) => tables.map((t) => [...(t as HTMLTableElement).rows].map((r) => r.cells.length)));
    for (const rows of cells) expect(new Set(rows).size, `${action}: a table row with a different number of cells`).toBe(1);
    const expected = (markdown.match(/```mermaid/g) ?? []).length;
    await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
    const drawn = await page.evaluate(async () => {
      const mermaid = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false });
      const out: { marks: number; text: string }[] = [];
      for (const [i, code] of [...document.querySelectorAll('pre > code.language-mermaid')].entries()) {
        const { svg } = await mermaid.render(`c${i}`, code.textContent ?? '');
        const figure = document.createElement('div');
        figure.innerHTML = svg;
        code.parentElement!.replaceWith(figure);
        const el = figure.querySelector('svg')!;
        out.push({ marks: el.querySelectorAll('g[class^="bar-plot"] rect, g[class^="line-plot"] path').length, text: el.textContent ?? '' });
      }
      return out;
    });
    expect(drawn).toHaveLength(expected);
    for (const d of drawn) {
      expect(d.marks).toBeGreaterThan(0);
      expect(d.text).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
    }
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
    expect(text).toContain('HTML report');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${action}-comment.png`), fullPage: true });
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.screenshot({ path: join(SHOTS, `${action}-comment-unfolded.png`), fullPage: true });
    await page.close();
  });
});
