import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalCdf, normalQuantile, normalSf, normalTwoSided } from '../../src/stats/normal.js';

// Oracle: scipy.stats.norm (scripts/reference/normal.py → test/fixtures/stats/normal.json).
const reference = JSON.parse(readFileSync(new URL('../fixtures/stats/normal.json', import.meta.url), 'utf8')) as {
  cdf: [number, number, number][];
  ppf: [number, number][];
};

function expectRelative(actual: number, expected: number, tolerance: number): void {
  if (expected === 0) expect(Math.abs(actual)).toBeLessThan(1e-300);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

describe('normal distribution against scipy.stats.norm', () => {
  it.each(reference.cdf)('cdf and sf at %d to 1e-12 relative', (x, cdf, sf) => {
    expectRelative(normalCdf(x), cdf, 1e-12);
    expectRelative(normalSf(x), sf, 1e-12);
  });

  it.each(reference.ppf)('ppf at %d to 1e-12 relative', (p, x) => {
    expectRelative(normalQuantile(p), x, 1e-12);
  });

  it('keeps the far lower tail where jstat returns 0', () => {
    expect(normalCdf(-9)).toBeGreaterThan(0);
    expect(normalTwoSided(-9)).toBeCloseTo(2 * normalCdf(-9), 20);
  });

  it('maps the edges of its domain', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
  });
});
