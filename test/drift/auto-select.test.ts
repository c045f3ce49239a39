import { describe, expect, it } from 'vitest';
import { selectAuto } from '../../src/drift/auto-select.js';
import { NumericPair } from '../../src/drift/column-pair.js';
import { categoricalPair } from './pairs.js';

function numeric(n: number, distinct: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (i % distinct) * 1.5).sort();
}

function categories(n: number, distinct: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) counts[`v${i % distinct}`] = (counts[`v${i % distinct}`] ?? 0) + 1;
  return counts;
}

// The documented auto rule (src/drift/auto-select.ts), case by case.
const numericCases: [string, number, number, number, string | null, RegExp][] = [
  ['continuous', 500, 400, 300, 'ks', /more than 10 distinct values: Kolmogorov–Smirnov \(exact\)/],
  ['continuous, large', 20_000, 15_000, 5000, 'ks', /\(asymptotic\)/],
  ['eleven values', 500, 500, 11, 'ks', /Kolmogorov/],
  ['ten values', 500, 500, 10, 'chi2', /only 10 distinct values: chi-square test on the values as categories/],
  ['three values', 500, 500, 3, 'chi2', /only 3 distinct values/],
  ['binary', 500, 500, 2, 'z', /numeric with 2 values: z-test of proportions/],
  ['constant', 500, 500, 1, 'z', /a single value in both samples/],
  ['too few current values', 500, 4, 100, null, /too few values to test \(500 reference, 4 current; at least 5 each needed\)/],
];

describe('auto test selection', () => {
  it.each(numericCases)('numeric %s (%d vs %d values, %d distinct) → %s', (_name, nRef, nCur, distinct, expected, reason) => {
    const selection = selectAuto(new NumericPair(numeric(nRef, distinct), numeric(nCur, distinct)));
    expect(selection.test?.id ?? null).toBe(expected);
    expect(selection.reason).toMatch(reason);
  });

  it.each([
    [2, 'z', /categorical with 2 values/],
    [1, 'z', /a single value/],
    [3, 'chi2', /categorical with 3 categories: chi-square test/],
    [60, 'chi2', /categorical with 60 categories/],
  ] as const)('categorical with %d categories → %s', (distinct, expected, reason) => {
    const selection = selectAuto(categoricalPair(categories(400, distinct), categories(300, distinct)));
    expect(selection.test?.id).toBe(expected);
    expect(selection.reason).toMatch(reason);
  });

  it('leaves identifier-like text columns untested', () => {
    const ids = (from: number, n: number): Record<string, number> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`id${from + i}`, 1]));
    const selection = selectAuto(categoricalPair(ids(0, 300), ids(300, 250)));
    expect(selection.test).toBeNull();
    expect(selection.reason).toBe('550 categories for 250 values: looks like an identifier or free text, not tested');
    // many categories but well populated: tested
    expect(selectAuto(categoricalPair(categories(5000, 100), categories(5000, 100))).test?.id).toBe('chi2');
  });

  it('counts categories of both samples', () => {
    const selection = selectAuto(categoricalPair({ a: 50, b: 50 }, { a: 40, b: 40, c: 20 }));
    expect(selection.test?.id).toBe('chi2');
  });
});
