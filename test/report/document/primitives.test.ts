/** The primitives the backends stand on: the markdown.ts additions, chart-data helpers, sizing. The @example lines of their headers are these cases. */
import { describe, expect, it } from 'vitest';
import { escapeHtmlText, escapeLineStart, isSafeHref, link } from '../../../src/report/markdown.js';
import { binLabels, ecdfPoints } from '../../../src/report/document/charts.js';
import { shortValue } from '../../../src/report/document/visible.js';
import { cell, code, col, rowsWithin, table, toMarkdown, document } from '../../../src/report/document/index.js';
import { escapeHtml } from '../../../src/report/html/escape.js';
import { ticks } from '../../../src/report/html/svg/frame.js';

describe('markdown primitives added for the document', () => {
  it('escapeHtmlText: entities for HTML specials, a word joiner after @ and # (as inertReferences), one line', () => {
    expect(escapeHtmlText('<b> @octocat #12')).toBe('&lt;b&gt; @\u2060octocat #\u206012');
    expect(escapeHtmlText('a "q" &\nb')).toBe('a &quot;q&quot; &amp; b');
  });

  it.each([
    ['- a', '\\- a'],
    ['+ a', '\\+ a'],
    ['= a', '\\= a'],
    ['1. a', '1\\. a'],
    ['12) a', '12\\) a'],
    ['a - b', 'a - b'],
  ])('escapeLineStart(%j) = %j', (input, out) => {
    expect(escapeLineStart(input)).toBe(out);
  });

  it.each([
    ['https://github.com/o/r/actions/runs/1', true],
    ['mailto:a@b.c', true],
    ['#section', true],
    ['report.html', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,x', false],
    ['//evil.example', false],
  ])('isSafeHref(%j) = %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });

  it('link: percent-encodes what would end the target, drops unsafe targets', () => {
    expect(link('run', 'https://x.test/a b(c)')).toBe('[run](https://x.test/a%20b%28c%29)');
    expect(link('run', 'javascript:alert(1)')).toBe('run');
  });
});

describe('chart data helpers', () => {
  it('ecdfPoints keeps distinct values with the share at or below each', () => {
    expect(ecdfPoints([1, 2, 2, 3], 10)).toEqual({ x: [1, 2, 3], p: [0.25, 0.75, 1] });
    expect(ecdfPoints([], 10)).toEqual({ x: [], p: [] });
  });

  it('ecdfPoints thins to at most maxPoints (+ the last value) and keeps the ends', () => {
    const sorted = Array.from({ length: 1000 }, (_, i) => i);
    const { x, p } = ecdfPoints(sorted, 50);
    expect(x.length).toBeLessThanOrEqual(51);
    expect(x[0]).toBe(0);
    expect(x.at(-1)).toBe(999);
    expect(p.at(-1)).toBe(1);
    x.forEach((v, i) => expect(p[i]).toBeCloseTo((v + 1) / 1000, 12));
  });

  it('binLabels names open-ended outer bins and formats numbers as the reports do', () => {
    expect(binLabels([10.25, 12])).toEqual(['< 10.25', '10.25–12', '≥ 12']);
    expect(binLabels([])).toEqual(['all']);
    expect(binLabels([1234567.8])).toEqual(['< 1,234,568', '≥ 1,234,568']);
  });

  it('shortValue cuts with an ellipsis after making the value visible', () => {
    expect(shortValue('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
    expect(shortValue('', 10)).toBe('∅');
  });

  it('ticks are round steps (1, 2 or 5 × 10^k) inside the range', () => {
    expect(ticks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-0.035, 0.032, 5)).toEqual([-0.02, 0, 0.02]);
    expect(ticks(3.48, 16.57, 5)).toEqual([5, 10, 15]);
  });

  it('escapeHtml: element and attribute safe, one line, controls as pictures', () => {
    expect(escapeHtml('<script>"x" & y</script>')).toBe('&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;');
    expect(escapeHtml("it's\na\u0007")).toBe('it&#39;s a␇');
  });
});

describe('fitting a table to a budget', () => {
  const columns = [col('Column'), col('p', 'right')];
  const rows = Array.from({ length: 5000 }, (_, i) => [cell(code(`feature_${i}|@x`)), cell(String(i / 7), i / 7)]);

  it.each([2_000, 20_000, 60_000])('rowsWithin(…, %d) keeps the rendered table within the budget, and one more row would not fit', (budget) => {
    const n = rowsWithin(columns, rows, budget);
    expect(n).toBeGreaterThan(0);
    const md = toMarkdown(document(table(columns, rows.slice(0, n))));
    expect(md.length).toBeLessThanOrEqual(budget);
    expect(rowsWithin(columns, rows.slice(0, n + 1), budget)).toBe(n);
    // The estimate is from above but not wildly so: the table uses at least half the budget.
    expect(md.length).toBeGreaterThan(budget / 2);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => table(columns, [[cell('a')]])).toThrow(/row 1 has 1 cells for 2 columns/);
  });
});
