import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { WILCOXON_EXACT_MAX_N, wilcoxonSignedRank, wilcoxonSignedRankOfDifferences } from '../../src/stats/wilcoxon-signed-rank.js';
import type { WilcoxonReference } from './paired-fixture.js';
import type { WilcoxonSignedRankResult } from '../../src/stats/wilcoxon-signed-rank.js';
import { generate, pairedReference } from './paired-fixture.js';

// Oracle: scipy 1.10.1 scipy.stats.wilcoxon(a, b) with its defaults (zero_method='wilcox',
// correction=False, two-sided), mode='auto' — or mode='approx' for tied differences without
// zeros, where scipy 1.10.1's exact path truncates a half-integer rank sum and we deliberately use
// the normal approximation (see src/stats/wilcoxon-signed-rank.ts). Tolerances: statistic 1e-9
// relative; p-value 1e-6 absolute and 1e-9 relative. Fixture: scripts/reference/paired_tests.py →
// test/fixtures/stats/paired/paired-tests.json.

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
    const hasZeros = differences.some((d) => d === 0);
    const absolute = differences.filter((d) => d !== 0).map(Math.abs);
    const hasTies = new Set(absolute).size < absolute.length;
    expect(result.method).toBe(c.a.length <= WILCOXON_EXACT_MAX_N && !hasZeros && !hasTies ? 'exact' : 'normal-approximation');
    expect(result.zeros).toBe(differences.length - absolute.length);
    expect(result.rankSumPositive! + result.rankSumNegative!).toBe((absolute.length * (absolute.length + 1)) / 2);
  });

  it.each(pairedReference.generated.map((c) => [c.name, c] as const))('%s (generated, one sort of a Float64Array)', (_name, spec) => {
    const { a, b } = generate(spec);
    const result = wilcoxonSignedRank(a, b);
    expectMatchesScipy(result, spec.wilcoxon);
    expect(result.method).toBe('normal-approximation');
  });

  it('differs from scipy 1.10.1 mode=auto only where scipy truncates a tied rank sum', () => {
    const tied = pairedReference.cases.find((c) => c.name.startsWith('ties without zeros'))!;
    const result = wilcoxonSignedRank(tied.a, tied.b);
    expect(result.rankSumPositive).toBe(40.5);
    expect(result.method).toBe('normal-approximation');
    expectMatchesScipy(result, tied.wilcoxon); // scipy mode='approx'
    expect(Math.abs(result.pValue! - tied.wilcoxonScipyAuto!.pValue!)).toBeGreaterThan(0.01); // scipy's exact-on-int(40.5)
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
    const withZeros = wilcoxonSignedRankOfDifferences([0, 1, -2, 3], 'exact');
    expect(withZeros.method).toBe('normal-approximation');
    expect(withZeros.reason).toMatch(/zero differences/);
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
