import { describe, expect, it } from 'vitest';
import { formatDelta, formatInterval, formatNumber, formatPercent, formatPValue } from '../../src/report/format.js';
import { code, codeBlock, escapeText } from '../../src/report/markdown.js';

describe('number formatting', () => {
  it.each([
    [0.912345, '0.9123'],
    [0.9, '0.9'],
    [1, '1'],
    [1234567, '1,234,567'],
    [1234.56, '1,235'],
    [123.456, '123.5'],
    [0.0000123, '1.23e-5'],
    [-0.5, '-0.5'],
    [0, '0'],
    [null, '—'],
    [NaN, '—'],
    [Infinity, '∞'],
  ])('formatNumber(%s) = %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [0.5, '0.5'],
    [0.0312, '0.0312'],
    [0.00123, '0.00123'],
    [3e-12, '3e-12'],
    [1.234e-7, '1.2e-7'],
    [0, '< 1e-300'],
    [null, '—'],
  ])('formatPValue(%s) = %s', (p, text) => {
    expect(formatPValue(p)).toBe(text);
  });

  it('formats shares, intervals and deltas', () => {
    expect(formatPercent(0.95)).toBe('95%');
    expect(formatPercent(0.123)).toBe('12.3%');
    expect(formatInterval([0.88, 0.934])).toBe('[0.88, 0.934]');
    expect(formatDelta(0.0123)).toBe('+0.0123');
    expect(formatDelta(-0.0045)).toBe('−0.0045');
  });
});

describe('markdown escaping', () => {
  it('keeps data from breaking a table, injecting HTML or mentioning anyone', () => {
    // `&#64;` would not do: GitHub decodes it back to `@` before its mention filter runs.
    expect(escapeText('a|b\nc <script> @octocat *x*')).toBe('a\\|b c &lt;script&gt; @\u2060octocat \\*x\\*');
  });

  it('fences code longer than any backtick run inside', () => {
    expect(codeBlock('a ``` b')).toBe('````\na ``` b\n````');
  });

  it('writes names as inline code with pipes escaped for tables', () => {
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('x`y')).toBe('``x`y``');
  });
});
