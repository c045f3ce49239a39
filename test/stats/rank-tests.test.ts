import { describe, expect, it } from 'vitest';
import { andersonDarlingTwoSample } from '../../src/stats/anderson-darling.js';
import { cramerVonMises2Samp, cramerVonMisesTieSafe } from '../../src/stats/cramer-von-mises.js';
import { mannWhitneyU } from '../../src/stats/mann-whitney.js';
import { createRandom } from '../../src/stats/rng.js';
import { sortedSample, type SampleValue } from './dyadic-sample.js';
import { expectAbsolute, expectRelative, loadFixture, P_VALUE_TOLERANCE, STATISTIC_TOLERANCE } from './reference.js';

// Oracles: scipy.stats.mannwhitneyu, anderson_ksamp, cramervonmises_2samp and permutation_test
// (scripts/reference/drift_stats.py rank → test/fixtures/stats/rank-tests.json).
interface Case {
  name: string;
  reference: SampleValue;
  current: SampleValue;
  statistic: number;
  pValue: number | null;
}
interface PermutationCase extends Case {
  pValue: number;
  resamples: number;
  classicalPValue: number;
}
const reference = loadFixture<{
  mannWhitney: Case[];
  andersonDarling: Case[];
  cramerVonMises: Case[];
  cramerVonMisesPermutation: PermutationCase[];
}>('rank-tests.json');

describe('Mann–Whitney U against scipy.stats.mannwhitneyu', () => {
  it.each(reference.mannWhitney)('$name', (c) => {
    const result = mannWhitneyU(sortedSample(c.reference), sortedSample(c.current));
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'U');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
  });
});

describe('Anderson–Darling k-sample against scipy.stats.anderson_ksamp', () => {
  it.each(reference.andersonDarling)('$name', (c) => {
    const result = andersonDarlingTwoSample(sortedSample(c.reference), sortedSample(c.current));
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
    if (c.pValue === 0.25) expect(result.pValueBound).toBe('capped');
    if (c.pValue === 0.001) expect(result.pValueBound).toBe('floored');
  });

  it('refuses a pooled sample with a single distinct value', () => {
    expect(() => andersonDarlingTwoSample(Float64Array.of(1, 1), Float64Array.of(1))).toThrow(RangeError);
  });
});

describe('Cramér–von Mises two-sample against scipy.stats.cramervonmises_2samp', () => {
  it.each(reference.cramerVonMises)('$name', (c) => {
    const result = cramerVonMises2Samp(sortedSample(c.reference), sortedSample(c.current));
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
  });

  it.each(reference.cramerVonMisesPermutation)(
    'tie-safe on "$name": statistic as scipy, permutation p-value within Monte Carlo error of scipy.stats.permutation_test',
    (c) => {
      const permutations = 20_000;
      const result = cramerVonMisesTieSafe(sortedSample(c.reference), sortedSample(c.current), { random: createRandom(3), permutations });
      expect(result.method).toBe('permutation');
      expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
      // both are Monte Carlo estimates of the same permutation p-value: 4.5 combined standard errors
      const p = Math.min(Math.max(c.pValue, 0.001), 0.999);
      const standardError = Math.sqrt((p * (1 - p)) / permutations + (p * (1 - p)) / c.resamples);
      expect(Math.abs(result.pValue - c.pValue)).toBeLessThanOrEqual(4.5 * standardError + 1 / permutations);
    },
  );

  it('keeps scipy’s p-value when ties are negligible', () => {
    const x = sortedSample({ kind: 'normal', seed: 5, n: 400, grid: 12 });
    const y = sortedSample({ kind: 'normal', seed: 6, n: 300, grid: 12 });
    expect(cramerVonMisesTieSafe(x, y, { random: createRandom(1) })).toEqual(cramerVonMises2Samp(x, y));
  });

  // Why the tie-safe variant exists: on zero-inflated data (90% of values equal) scipy's p-value
  // almost never falls below 0.05 under the null, so the test has no power; the permutation
  // p-value keeps its nominal level.
  it('holds its level on zero-inflated data where the classical p-value is far too large', () => {
    const random = createRandom(11);
    const draw = (n: number): Float64Array => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = random.next() < 0.9 ? 0 : 1 + Math.floor(random.next() * 3);
      return out.sort();
    };
    let classical = 0;
    let tieSafe = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const x = draw(200);
      const y = draw(200);
      if (cramerVonMises2Samp(x, y).pValue <= 0.05) classical++;
      if (cramerVonMisesTieSafe(x, y, { random, permutations: 199 }).pValue <= 0.05) tieSafe++;
    }
    expect(classical / trials).toBeLessThan(0.01);
    expect(tieSafe / trials).toBeGreaterThan(0.02);
    expect(tieSafe / trials).toBeLessThan(0.09);
  });
});
