import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { WILCOXON_EXACT_MAX_N, WILCOXON_PERMUTATION_MAX_N, wilcoxonSignedRank, wilcoxonSignedRankOfDifferences } from '../../src/stats/wilcoxon-signed-rank.js';
import type { WilcoxonReference } from './paired-fixture.js';
import type { WilcoxonSignedRankResult } from '../../src/stats/wilcoxon-signed-rank.js';
import { generate, pairedReference } from './paired-fixture.js';

// Oracle: scipy.stats.wilcoxon(a, b) as scipy >= 1.15 computes it with its defaults
// (zero_method='wilcox', correction=False, two-sided, method='auto'): Debian's scipy 1.10.1 where
// the versions agree (mode='exact' untied, mode='approx'), and for n <= 13 with ties or zeros the
// exhaustive permutation test scipy >= 1.15 runs, reproduced with scipy 1.10.1's permutation_test
// and cross-checked by a numpy enumeration (scripts/reference/wilcoxon_exact.py). Tolerances:
// statistic 1e-9 relative; p-value 1e-6 absolute and 1e-9 relative. Fixtures:
// scripts/reference/paired_tests.py → test/fixtures/stats/paired/paired-tests.json and
// scripts/reference/wilcoxon_exact.py → test/fixtures/stats/paired/wilcoxon-exact.json.

interface ExactCase {
  name: string;
  differences: number[];
  wilcoxon: WilcoxonReference & { mode: string };
  normalApproximationPValue: number;
  signFlipPValue?: number;
}
const exactCases = (JSON.parse(readFileSync(new URL('../fixtures/stats/paired/wilcoxon-exact.json', import.meta.url), 'utf8')) as { cases: ExactCase[] }).cases;

/** The method scipy >= 1.15 picks (and so do we) for these differences. */
function expectedMethod(differences: readonly number[]): 'exact' | 'normal-approximation' {
  const hasZeros = differences.some((d) => d === 0);
  const absolute = differences.filter((d) => d !== 0).map(Math.abs);
  const hasTies = new Set(absolute).size < absolute.length;
  const n = differences.length;
  return (!hasZeros && !hasTies ? n <= WILCOXON_EXACT_MAX_N : n <= WILCOXON_PERMUTATION_MAX_N) ? 'exact' : 'normal-approximation';
}

function expectMatchesScipy(result: WilcoxonSignedRankResult, reference: WilcoxonReference): void {
  const statistic = reference.statistic!;
  if (statistic === 0) expect(result.statistic).toBe(0);
  else expect(Math.abs(result.statistic! - statistic) / statistic).toBeLessThan(1e-9);
  const pValue = reference.pValue!;
  expect(Math.abs(result.pValue! - pValue)).toBeLessThan(1e-6);
  if (pValue > 1e-300) expect(Math.abs(result.pValue! - pValue) / pValue).toBeLessThan(1e-9);
}

const computable = pairedReference.cases.filter((c) => typeof c.wilcoxon.pValue === 'number');

describe('Wilcoxon signed-rank test against scipy.stats.wilcoxon', () => {
  it.each(computable.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = wilcoxonSignedRank(c.a, c.b);
    expectMatchesScipy(result, c.wilcoxon);
    const differences = c.a.map((value, i) => value - c.b[i]);
    const absolute = differences.filter((d) => d !== 0).map(Math.abs);
    expect(result.method).toBe(expectedMethod(differences));
    expect(result.zeros).toBe(differences.length - absolute.length);
    expect(result.rankSumPositive! + result.rankSumNegative!).toBe((absolute.length * (absolute.length + 1)) / 2);
  });

  it.each(pairedReference.generated.map((c) => [c.name, c] as const))('%s (generated, one sort of a Float64Array)', (_name, spec) => {
    const { a, b } = generate(spec);
    const result = wilcoxonSignedRank(a, b);
    expectMatchesScipy(result, spec.wilcoxon);
    expect(result.method).toBe('normal-approximation');
  });

  it('ties, n = 10: the exact permutation p-value of scipy >= 1.15, not 1.10.1\'s truncated exact test nor the normal approximation', () => {
    const tied = pairedReference.cases.find((c) => c.name.startsWith('ties without zeros'))!;
    const result = wilcoxonSignedRank(tied.a, tied.b);
    expect(result.rankSumPositive).toBe(40.5);
    expect(result.method).toBe('exact');
    expect(tied.wilcoxon.mode).toBe('permutation');
    expectMatchesScipy(result, tied.wilcoxon); // 0.201171875 = 206 of 1024 sign patterns, doubled
    expect(Math.abs(result.pValue! - tied.wilcoxonScipyAuto!.pValue!)).toBeGreaterThan(0.01); // scipy 1.10.1's exact-on-int(40.5)
  });

  it("applies scipy's centre rule (p = 1 when R+ = ⌊n(n+1)/4⌋)", () => {
    const centre = pairedReference.cases.find((c) => c.name.startsWith('exact at the centre'))!;
    const result = wilcoxonSignedRank(centre.a, centre.b);
    expect(result).toMatchObject({ method: 'exact', rankSumPositive: 18, pValue: 1 });
  });

  it('honours a requested method, falling back with a reason when exact is impossible', () => {
    const c = computable.find((x) => x.name === 'n = 51 (normal approximation)')!;
    expect(wilcoxonSignedRank(c.a, c.b, 'exact').method).toBe('exact');
    const small = computable.find((x) => x.name === 'normal, n = 20')!;
    expect(wilcoxonSignedRank(small.a, small.b, 'normal-approximation').method).toBe('normal-approximation');
    // With zeros or ties, `exact` is the sign-flip distribution of the mid-ranks at any n up to the
    // limit: R+ = 4 of the ranks {1, 2, 3} has P(≤ 4) = 6/8, P(≥ 4) = 3/8, so p = 0.75.
    const withZeros = wilcoxonSignedRankOfDifferences([0, 1, -2, 3], 'exact');
    expect(withZeros).toMatchObject({ method: 'exact', pValue: 0.75, reason: null });
    const tiedLarge = exactCases.find((x) => x.name.startsWith('ties, n = 16'))!;
    const forced = wilcoxonSignedRankOfDifferences(tiedLarge.differences, 'exact');
    expect(forced.method).toBe('exact');
    expect(Math.abs(forced.pValue! - tiedLarge.signFlipPValue!)).toBeLessThan(1e-12);
    expect(wilcoxonSignedRankOfDifferences(tiedLarge.differences).method).toBe('normal-approximation');
  });
});

describe('Wilcoxon signed-rank with ties or zeros, n ≤ 13: the exact permutation distribution (scipy ≥ 1.15)', () => {
  it.each(exactCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    // the same a and b as the script (a = 10 + d, b = 10), so the float differences agree
    const a = c.differences.map((d) => 10 + d);
    const b = c.differences.map(() => 10);
    const result = wilcoxonSignedRank(a, b);
    expectMatchesScipy(result, c.wilcoxon);
    expect(result.method).toBe(c.wilcoxon.mode === 'approx' ? 'normal-approximation' : 'exact');
    expect(result.method).toBe(expectedMethod(a.map((x, i) => x - b[i])));
    if (c.signFlipPValue !== undefined) {
      const exact = wilcoxonSignedRank(a, b, 'exact');
      expect(Math.abs(exact.pValue! - c.signFlipPValue)).toBeLessThan(1e-12);
    }
  });

  it('the normal approximation is off by more than 0.1 on some of these cases', () => {
    const gaps = exactCases.filter((c) => c.wilcoxon.mode === 'permutation').map((c) => Math.abs(c.wilcoxon.pValue! - c.normalApproximationPValue));
    expect(Math.max(...gaps)).toBeGreaterThan(0.1);
  });
});

describe('Wilcoxon signed-rank: degenerate inputs', () => {
  it('n = 0: nulls with a reason (scipy: NaN)', () => {
    const c = pairedReference.cases.find((x) => x.name === 'n = 0')!;
    expect(c.wilcoxon.pValue).toBeNull();
    expect(wilcoxonSignedRank(c.a, c.b)).toMatchObject({ n: 0, statistic: null, pValue: null, method: null, reason: 'no pairs to compare' });
  });

  it('all differences zero: statistic 0, p-value 1 and a reason (scipy raises)', () => {
    const c = pairedReference.cases.find((x) => x.name === 'all differences zero')!;
    expect(c.wilcoxon.error).toMatch(/zero for all elements/);
    const result = wilcoxonSignedRank(c.a, c.b);
    expect(result).toMatchObject({ n: 4, zeros: 4, statistic: 0, pValue: 1, method: null });
    expect(result.reason).toMatch(/all differences are zero/);
  });

  it('rejects non-finite values naming the pair, and unequal lengths', () => {
    expect(() => wilcoxonSignedRank([1, Infinity], [0, 0])).toThrow(DataError);
    expect(() => wilcoxonSignedRank([1, Infinity], [0, 0])).toThrow(/pair 2/);
    expect(() => wilcoxonSignedRank([1], [0, 0])).toThrow(RangeError);
  });

  it('does not modify the differences it is given', () => {
    const differences = Float64Array.from([3, -1, 2]);
    wilcoxonSignedRankOfDifferences(differences);
    expect(Array.from(differences)).toEqual([3, -1, 2]);
  });
});
