/**
 * The HTML report and the Mermaid charts in a real browser (headless Debian Chromium through
 * playwright-core; see browser.ts). For the sample document (every node kind, hostile text):
 * no console error, no network request, every chart drawn with marks, tables sorted by click and
 * by keyboard, and axe-core finding no violation of WCAG 2.1 A/AA or its best practices.
 * Screenshots go to test-artifacts/screenshots/ (gitignored) for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toMarkdown } from '../../src/report/document/index.js';
import { htmlPage } from '../../src/report/html/page.js';
import { status, strong } from '../../src/report/document/build.js';
import { missingBrowser, startHarness, type Harness } from './browser.js';
import { missingGfm, renderGfm } from '../report/gfm.js';
import { sampleDocument } from '../report/sample-document.js';

const SHOTS = 'test-artifacts/screenshots';
const require = createRequire(import.meta.url);
const skip = missingBrowser();
if (skip) console.warn(skip);

describe.skipIf(skip !== null)('HTML report in Chromium', { timeout: 60_000 }, () => {
  let harness: Harness;
  let url: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await startHarness();
    url = harness.serve('/report.html', htmlPage({ title: 'Data drift — sample', subtitle: [status('fail'), ' ', strong('FAIL'), ' — 2 of 5 columns drifted'], document: sampleDocument() }));
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('opens with no console error and no request beyond the page itself', async () => {
    const { page, errors, requests } = await harness.open(url);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'report-sample.png'), fullPage: true });
    await page.close();
  });

  it('would see a request or a console error: the harness catches both (a control page)', async () => {
    const control = harness.serve('/control.html', '<!doctype html><html lang="en"><head><title>c</title></head><body><img src="http://127.0.0.1:9/x.png" alt="x"><script>console.error("boom")</script></body></html>');
    const { page, errors, requests } = await harness.open(control);
    expect(requests, JSON.stringify(requests)).toEqual(['http://127.0.0.1:9/x.png']);
    expect(errors).toContain('boom');
    await page.close();
  });

  it('draws every chart with visible marks', async () => {
    const { page } = await harness.open(url);
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => ({
        title: f.querySelector('figcaption')?.textContent ?? '',
        marks: [...f.querySelectorAll('.mark')].filter((m) => {
          const box = (m as SVGGraphicsElement).getBBox();
          return box.width > 0 || box.height > 0;
        }).length,
      })),
    );
    expect(charts).toHaveLength(7); // the folded section's chart is drawn only when opened (tested below)
    for (const c of charts) expect(c.marks, c.title).toBeGreaterThan(0);
    for (const [i, figure] of (await page.$$('figure.chart')).entries()) await figure.screenshot({ path: join(SHOTS, `report-chart-${i + 1}.png`) });
    await page.close();
  });

  it('draws a folded section\'s charts when it is opened, and its table sorts', async () => {
    const { page, errors } = await harness.open(url);
    const section = page.locator('details[data-lazy]');
    expect(await section.locator('svg').count()).toBe(0);
    await section.locator('summary').click();
    await expect.poll(() => page.locator('details:has(summary:text("Per-column charts")) svg .mark').count()).toBeGreaterThan(0);
    const table = page.locator('details:has(summary:text("Per-column charts")) table.sortable');
    await table.locator('th', { hasText: 'Change' }).locator('button').click();
    expect(await table.locator('tbody tr td:first-child').allTextContents()).toEqual(['low', 'high', 'mid']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts a table by a click on its header: numbers numerically, empty keys last, then descending', async () => {
    const { page } = await harness.open(url);
    const table = page.locator('table.sortable').first();
    const header = table.locator('th', { hasText: 'p-value' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await sortKeys(page, 3)).toEqual(['1e-12', '0.0012', '0.031', '0.5', '0.7', '0.8', '0.9', '1', '']);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await sortKeys(page, 3)).toEqual(['1', '0.9', '0.8', '0.7', '0.5', '0.031', '0.0012', '1e-12', '']);
    await page.close();
  });

  it('sorts by keyboard: Tab reaches the header button, Enter and Space sort', async () => {
    const { page } = await harness.open(url);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('th')?.textContent?.startsWith('Column') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    const column = page.locator('table.sortable').first().locator('th', { hasText: 'Column' });
    expect(await column.getAttribute('aria-sort')).toBe('ascending');
    const names = await page.$$eval('table.sortable:first-of-type tbody tr', (rows) => (rows as HTMLTableRowElement[]).map((r) => r.cells[1].textContent ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
    await page.keyboard.press(' ');
    expect(await column.getAttribute('aria-sort')).toBe('descending');
    await page.screenshot({ path: join(SHOTS, 'report-sorted-by-keyboard.png') });
    await page.close();
  });

  it('passes axe-core: WCAG 2.1 A/AA and best practices (headings, landmarks, contrast, names)', async () => {
    const { page } = await harness.open(url);
    // Evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be blocked, as it should be).
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    // Open the folded sections so their content is checked too.
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.waitForFunction(() => document.querySelectorAll('details[data-lazy], .lazy-note').length === 0 && document.querySelectorAll('.lazy-body svg').length > 0);
    const result = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[]; passes: { id: string }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations', 'passes'] });
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const passed = result.passes.map((p) => p.id);
    for (const rule of ['color-contrast', 'landmark-one-main', 'page-has-heading-one', 'heading-order', 'region', 'button-name', 'document-title', 'html-has-lang', 'svg-img-alt']) expect(passed, rule).toContain(rule);
    await page.close();
  });
});

describe.skipIf(skip !== null)('Mermaid charts in Chromium', { timeout: 90_000 }, () => {
  let harness: Harness;
  let sources: { title: string; source: string }[];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await startHarness();
    // The charts exactly as the comment carries them: the ```mermaid blocks of the markdown.
    const md = toMarkdown(sampleDocument());
    sources = [...md.matchAll(/\*\*(.+?)\*\*[^\n]*\n\n```mermaid\n([\s\S]*?)\n```/g)].map((m) => ({ title: m[1], source: m[2] }));
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('renders every chart of the comment with mermaid 11, with marks and no raw entity or overlapping label', async () => {
    expect(sources).toHaveLength(7);
    const url = harness.serve('/mermaid.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>charts</title></head><body><main id="charts"></main></body></html>');
    const { page, errors, requests } = await harness.open(url);
    // This harness page has no CSP: the bundled mermaid goes in as an inline script (no request).
    await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
    const rendered = await page.evaluate(async (charts) => {
      const mermaid = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false, theme: 'default' });
      const out = [];
      for (const [i, chart] of charts.entries()) {
        const holder = document.createElement('section');
        holder.id = `chart-${i + 1}`;
        holder.style.width = '760px';
        document.getElementById('charts')!.append(holder);
        const { svg } = await mermaid.render(`m${i}`, chart.source);
        holder.innerHTML = svg;
        const el = holder.querySelector('svg')!;
        const bars = el.querySelectorAll('g[class^="bar-plot"] rect').length;
        const lines = [...el.querySelectorAll('g[class^="line-plot"] path')].map((p) => (p.getAttribute('d') ?? '').split(/[ML]/).filter((s) => s.trim()).length);
        const labels = [...el.querySelectorAll('g.bottom-axis g.label text, g.left-axis g.label text')].map((t) => {
          const b = t.getBoundingClientRect(); // screen coordinates: the labels are placed by transforms
          return { text: t.textContent ?? '', x: b.x, y: b.y, w: b.width, h: b.height, horizontal: !!t.closest('g.bottom-axis') };
        });
        out.push({ title: chart.title, bars, lines, labels, text: el.textContent ?? '' });
      }
      return out;
    }, sources);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    for (const chart of rendered) {
      expect(chart.bars + chart.lines.length, chart.title).toBeGreaterThan(0);
      for (const points of chart.lines) expect(points, chart.title).toBeGreaterThanOrEqual(3);
      expect(chart.text, chart.title).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
      // Axis labels of one axis never overlap each other.
      const overlap = chart.labels.some((a, i) => chart.labels.some((b, j) => j > i && a.horizontal === b.horizontal && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h));
      expect(chart.labels.length, chart.title).toBeGreaterThan(2);
      expect(overlap, `${chart.title}: labels overlap ${JSON.stringify(chart.labels)}`).toBe(false);
    }
    const bins = rendered.find((c) => c.title.includes('reference-quantile'))!;
    expect(bins.bars).toBe(6);
    const curve = rendered.find((c) => c.title === 'ROC curve')!;
    expect(curve.lines).toEqual([33, 33, 33]);
    for (let i = 0; i < rendered.length; i++) await page.locator(`#chart-${i + 1}`).screenshot({ path: join(SHOTS, `mermaid-chart-${i + 1}.png`) });
    await page.close();
  });
});

describe.skipIf(skip !== null || missingGfm() !== null)('The comment in Chromium, rendered by cmark-gfm', { timeout: 90_000 }, () => {
  let harness: Harness;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    harness = await startHarness();
  }, 60_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('shows tables, folds and every Mermaid chart drawn (screenshot: comment-sample.png)', async () => {
    const body = renderGfm(toMarkdown(sampleDocument()));
    // A plain stand-in for GitHub's stylesheet: enough to see tables, folds and charts as a reviewer would.
    const css = 'body{font:14px/1.5 system-ui,sans-serif;max-width:900px;margin:24px auto;color:#1f2328}table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 10px}code{background:#eff2f5;padding:.1em .3em;border-radius:4px}blockquote{border-left:4px solid #d0d7de;margin:0;padding:0 1em;color:#59636e}details{margin:8px 0}';
    const url = harness.serve('/comment.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>comment</title><style>${css}</style></head><body>${body}</body></html>`);
    const { page, errors, requests } = await harness.open(url);
    await page.addScriptTag({ content: readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
    const drawn = await page.evaluate(async () => {
      const mermaid = (globalThis as unknown as { mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({ startOnLoad: false });
      const blocks = [...document.querySelectorAll('pre > code.language-mermaid')];
      for (const [i, code] of blocks.entries()) {
        const { svg } = await mermaid.render(`c${i}`, code.textContent ?? '');
        const figure = document.createElement('div');
        figure.innerHTML = svg;
        code.parentElement!.replaceWith(figure);
      }
      document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      return document.querySelectorAll('svg[aria-roledescription="xychart"], svg[id^="c"]').length;
    });
    expect(drawn).toBe(7);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'comment-sample.png'), fullPage: true });
    await page.close();
  });
});

async function sortKeys(page: Page, column: number): Promise<string[]> {
  return page.$$eval('table.sortable:first-of-type tbody tr', (rows, col) => (rows as HTMLTableRowElement[]).map((r) => r.cells[col].getAttribute('data-sort') ?? ''), column);
}
