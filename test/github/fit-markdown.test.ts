import { describe, expect, it } from 'vitest';
import { fitMarkdown } from '../../src/github/fit-markdown.js';
import type { FitOptions } from '../../src/github/fit-markdown.js';

const notes = { foldNote: '_(folded)_', cutNote: '_(cut)_' };
const chars = (limit: number): FitOptions => ({ limit, measure: 'chars', ...notes });

const head = '# Verdict: fail\n\n| gate | status |\n|---|---|\n| auc | fail |\n\n';
const details = (name: string, size: number) => `<details><summary>${name}</summary>\n\n${'row\n'.repeat(size)}\n</details>\n\n`;

describe('fitMarkdown', () => {
  it('leaves text that fits untouched', () => {
    expect(fitMarkdown('short', chars(10))).toEqual({ text: 'short', folded: 0, cut: false });
  });

  it('folds the largest <details> first, only as many as needed, keeping their summaries', () => {
    const text = head + details('small', 10) + details('big', 1000) + details('medium', 200);
    const fitted = fitMarkdown(text, chars(text.length - 3000));
    expect(fitted.folded).toBe(1);
    expect(fitted.cut).toBe(false);
    expect(fitted.text.length).toBeLessThanOrEqual(text.length - 3000);
    expect(fitted.text).toContain('<summary>big</summary>\n\n_(folded)_\n\n</details>');
    expect(fitted.text).toContain(details('small', 10));
    expect(fitted.text).toContain(details('medium', 200));
    expect(fitted.text.startsWith(head)).toBe(true);
  });

  it('treats nested <details> as part of the outer block', () => {
    const nested = `<details><summary>outer</summary>\n${'a\n'.repeat(500)}<details><summary>inner</summary>\n${'b\n'.repeat(500)}</details>\n</details>\n`;
    const fitted = fitMarkdown(head + nested, chars(head.length + 200));
    expect(fitted.folded).toBe(1);
    expect(fitted.text).toBe(`${head}<details><summary>outer</summary>\n\n_(folded)_\n\n</details>\n`);
  });

  it('cuts at a line boundary when folding is not enough, closing an open code fence and details', () => {
    const text = `${head}<details><summary>log</summary>\n\n\`\`\`\n${'line of log\n'.repeat(5000)}`; // never closed
    const fitted = fitMarkdown(text, chars(2000));
    expect(fitted.cut).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(2000);
    expect(fitted.text.startsWith(head)).toBe(true);
    expect(fitted.text.endsWith('line of log\n```\n\n</details>\n\n_(cut)_\n')).toBe(true);
  });

  it('does not close a fence that was already closed', () => {
    const text = `${head}\`\`\`\ncode\n\`\`\`\n${'after\n'.repeat(1000)}`;
    const fitted = fitMarkdown(text, chars(500));
    expect(fitted.text.match(/```/g)).toHaveLength(2);
    expect(fitted.text.endsWith('after\n\n_(cut)_\n')).toBe(true);
  });

  it('counts UTF-8 bytes when asked, and never splits a character', () => {
    const text = 'é€😀\n'.repeat(10_000); // 10 bytes a line
    const fitted = fitMarkdown(text, { ...notes, limit: 1005, measure: 'utf8-bytes' });
    expect(Buffer.byteLength(fitted.text)).toBeLessThanOrEqual(1005);
    expect(fitted.text).not.toContain('\uFFFD');
    expect(fitted.text.startsWith('é€😀\n'.repeat(99))).toBe(true);
  });

  it('refuses a limit that cannot hold the note', () => {
    expect(() => fitMarkdown('x\n'.repeat(100), chars(3))).toThrow(RangeError);
  });
});
