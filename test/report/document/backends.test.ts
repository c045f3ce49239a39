/**
 * The three backends on one document that uses every node kind and hostile text (sample-document.ts).
 * Snapshots are reviewed as wording changes are; the assertions beside them say what must hold
 * whatever the wording: one row per table line, nothing from data acting as markup, empty values visible.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { estimateMarkdownSize, toMarkdown, toTerminal, useColour, visibleValue } from '../../../src/report/document/index.js';
import { displayWidth, truncate } from '../../../src/report/document/display-width.js';
import { toHtml } from '../../../src/report/html/fragment.js';
import { HOSTILE, sampleDocument } from '../sample-document.js';

const doc = sampleDocument();

/** Table lines of GFM markdown: those that start with a pipe. */
function tableLines(markdown: string): string[] {
  let inFence = false;
  return markdown.split('\n').filter((l) => {
    if (/^```/.test(l)) inFence = !inFence;
    return !inFence && l.startsWith('|');
  });
}

/** Cell separators: pipes not escaped by a backslash. */
function separators(line: string): number {
  return [...line.matchAll(/(?<!\\)\|/g)].length;
}

describe('markdown backend', () => {
  const md = toMarkdown(doc);

  it('matches the snapshot', async () => {
    await expect(md).toMatchFileSnapshot('__snapshots__/sample.md');
  });

  it('keeps every table row on one line with one cell per column', () => {
    const counts = tableLines(md).map(separators);
    // The main table has 5 columns (6 separators): header + alignment + 6 rows, then the fold's header + alignment + 3 rows;
    // the confusion matrix 4 columns (5 separators): header + alignment + 3 rows; the folded section's table 2 columns.
    // No other line starts with a pipe.
    expect(counts.filter((c) => c === 6)).toHaveLength(13);
    expect(counts.filter((c) => c === 5)).toHaveLength(5);
    expect(counts.filter((c) => c === 3)).toHaveLength(5);
    expect(counts).toHaveLength(23);
  });

  it('lets no value act: no raw HTML, no live mention or reference, no comment marker, no empty code span', () => {
    const outsideFences = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
    expect(outsideFences).not.toMatch(/<script/i);
    expect(outsideFences.replace(/`[^`\n]*`/g, '')).not.toContain('<!--');
    expect(outsideFences).not.toMatch(/(^|[^\w&#])@octocat/);
    expect(outsideFences).not.toMatch(/(^|[^\\\w])#12\b/);
    const cells = tableLines(md).flatMap((l) => l.split(/(?<!\\)\|/).map((c) => c.trim()));
    expect(cells.filter((c) => /^[` ]+$/.test(c))).toEqual([]); // no cell is an empty or blank code span
    expect(outsideFences).not.toMatch(/\u001b/);
    expect(outsideFences).toContain('`∅`');
    expect(outsideFences).toContain('`␠␠␠`');
    expect(outsideFences).toContain('`␠DE␠`');
  });

  it('keeps a comment marker from data out of the raw comment, in code spans too', () => {
    expect(md).not.toContain('<!-- mlgate:');
  });

  it('cuts a very long value in the comment (the HTML report holds it whole)', () => {
    expect(md).toContain(`\`${'x'.repeat(99)}…\``);
    expect(md).not.toContain('x'.repeat(101));
  });

  it('folds the table after the rows the caller asked for', () => {
    expect(md).toContain('<details><summary>3 more stable columns</summary>');
  });

  it('writes summaries as HTML, since GitHub leaves markdown in <summary> unprocessed', () => {
    const summary = /<summary>Why these tests \((.*?)\)<\/summary>/.exec(md)?.[1];
    expect(summary).toBe('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>, @\u2060octocat');
  });

  it('renders an unsafe link as its text alone and escapes a paragraph that would start a list', () => {
    expect(md).toContain('[the run](https://github.com/o/r/actions/runs/1)');
    expect(md).not.toContain('javascript:');
    expect(md).toMatch(/^\\- not a list/m);
  });

  it('writes a GitHub alert for a note and a longer fence around code with backticks', () => {
    expect(md).toMatch(/^> \[!WARNING\]\n> Values such as/m);
    expect(md).toContain('````yaml\na ``` fence');
  });

  it('estimates its size from above, within 1.6×', () => {
    const estimate = estimateMarkdownSize(doc);
    expect(estimate).toBeGreaterThanOrEqual(md.length);
    expect(estimate).toBeLessThan(md.length * 1.6);
  });
});

describe('terminal backend', () => {
  const plain = toTerminal(doc, { colour: false });
  const colour = toTerminal(doc, { colour: true });

  it('matches the snapshot', async () => {
    await expect(plain).toMatchFileSnapshot('__snapshots__/sample.txt');
  });

  it('writes no markdown escapes, HTML, entities or raw control characters', () => {
    expect(plain).not.toMatch(/\\[|*_#`]/);
    expect(plain).not.toMatch(/<\/?(details|summary|sub|br|code)>/);
    expect(plain).not.toMatch(/&#\d+;|&gt;|&amp;/); // the one `&lt;` in it is the hostile value itself
    expect(plain).not.toContain('javascript:');
    expect(plain).not.toMatch(/\u001b/);
    expect(plain).toContain('␇'); // the bell in a value, as its picture
    expect(plain).toContain('<script>alert(1)</script>'); // text is shown as written: a terminal runs nothing
  });

  it('aligns table columns by display width (emoji and CJK count two)', () => {
    const lines = plain.split('\n');
    const rule = lines.findIndex((l) => /^─+(  ─+)+$/.test(l));
    // The p-value column is right-aligned: in every shown row it ends where its rule segment ends.
    const segments = [...lines[rule].matchAll(/─+/g)];
    const end = segments[3].index! + segments[3][0].length;
    const rows = lines.slice(rule + 1, rule + 7);
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      let prefix = '';
      for (const ch of row) {
        if (displayWidth(prefix) >= end) break;
        prefix += ch;
      }
      expect(displayWidth(prefix)).toBe(end);
      expect(prefix).toMatch(/(\d|—|1e-12)$/);
      expect(row.slice(prefix.length)).toMatch(/^( {2}|$)/);
    }
    expect(rows[4]).toContain('東京 🚀 ok'); // the wide value did not shift its row
  });

  it('shows a folded section as its summary line and a folded table as a count', () => {
    expect(plain).toContain('▸ Why these tests (<script>alert(1)</script>, @octocat)');
    expect(plain).toContain('… 3 more stable columns');
    const expanded = toTerminal(doc, { colour: false, expandFolds: true });
    expect(expanded).toContain('▾ Why these tests');
    expect(expanded).toContain('stable_3');
  });

  it('colours only when asked', () => {
    expect(colour).toMatch(/\u001b\[1m/);
    expect(colour.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: true }, { TERM: 'dumb' }, false],
  ])('useColour(%o, %o) = %s', (stream, env, expected) => {
    expect(useColour(stream, env)).toBe(expected);
  });
});

describe('HTML fragment backend', () => {
  const html = toHtml(doc, { idPrefix: 's' });
  const dom = new JSDOM(`<main>${html}</main>`).window.document;

  it('matches the snapshot', async () => {
    await expect(html).toMatchFileSnapshot('__snapshots__/sample.html');
  });

  it('escapes every text: no element or attribute comes from data', () => {
    expect(dom.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toContain('<!--');
    expect([...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://github.com/o/r/actions/runs/1']);
  });

  it('round-trips values: the cell text is the value, empty and blank ones marked', () => {
    const cells = [...dom.querySelectorAll('table.sortable')[0].querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells[0][1]).toBe(HOSTILE.pipe);
    expect(cells[0][4]).toBe(HOSTILE.script);
    expect(cells[1][1]).toBe('∅');
    expect(cells[2][2]).toBe('␠␠␠');
    expect(cells[4][2]).toBe(HOSTILE.wide);
    expect(cells).toHaveLength(9); // the page shows every row: it sorts them
    expect(dom.querySelector('code[title="empty value"]')).not.toBeNull();
  });

  it('marks tables for sorting with a button per header and numeric keys', () => {
    const table = dom.querySelector('table.sortable')!;
    expect(table.querySelectorAll('th[scope="col"] button.sort')).toHaveLength(5);
    expect(table.querySelector('th[data-type="number"]')?.textContent).toBe('p-value');
    expect(table.querySelector('th .visually-hidden')?.textContent).toBe('Status');
    expect([...table.querySelectorAll('td[data-sort]')].map((td) => td.getAttribute('data-sort'))).toEqual(['0.0012', '0.5', '', '0.031', '1e-12', '1', '0.9', '0.8', '0.7']);
  });

  it('shifts headings so the document starts at h2 and gives every chart a titled SVG', () => {
    expect(dom.querySelector('h2')?.textContent).toBe(`Data drift — ${HOSTILE.script}`);
    const svgs = [...dom.querySelectorAll('figure.chart svg')];
    expect(svgs).toHaveLength(8); // a bare fragment draws folded charts inline (the page makes them lazy)
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const [t, d] = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector(`title[id="${t}"]`)?.textContent?.length).toBeGreaterThan(3);
      expect(svg.querySelector(`desc[id="${d}"]`)?.textContent?.length).toBeGreaterThan(10);
      expect(svg.querySelectorAll('.mark').length).toBeGreaterThan(0);
    }
  });
});

describe('visible values and display width', () => {
  it.each([
    ['', '∅'],
    [' ', '␠'],
    ['\t', '␉'],
    [' DE', '␠DE'],
    ['a b', 'a b'],
    ['a\nb', 'a␤b'],
    ['x\u001b[2J', 'x␛[2J'],
  ])('visibleValue(%j) = %j', (input, shown) => {
    expect(visibleValue(input)).toBe(shown);
  });

  it.each([
    ['abc', 3],
    ['東京', 4],
    ['🚀', 2],
    ['é', 1],
    ['e\u0301', 1],
  ])('displayWidth(%j) = %d', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('cuts on grapheme boundaries by display width', () => {
    expect(truncate('東京タワー', 5)).toBe('東京…');
    expect(truncate('abc', 5)).toBe('abc');
  });
});
