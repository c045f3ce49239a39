import { describe, expect, it } from 'vitest';
import { chiSquareContingency } from '../../src/stats/chi-square-contingency.js';
import { chiSquareGoodnessOfFit } from '../../src/stats/chi-square-goodness-of-fit.js';
import { twoProportionZTest } from '../../src/stats/two-proportion-z.js';
import { expectAbsolute, expectRelative, loadFixture, P_VALUE_TOLERANCE, STATISTIC_TOLERANCE } from './reference.js';

// Oracles: scipy.stats.chi2_contingency, scipy.stats.chisquare, statsmodels proportions_ztest
// (scripts/reference/drift_stats.py categorical → test/fixtures/stats/categorical-tests.json).
interface Fixture {
  contingency: { name: string; reference: number[]; current: number[]; statistic: number; pValue: number; dof: number }[];
  goodnessOfFit: { name: string; observed: number[]; expected: number[]; statistic: number; pValue: number | null }[];
  zTest: { counts: [number, number, number, number]; statistic: number | null; pValue: number | null }[];
}
const reference = loadFixture<Fixture>('categorical-tests.json');

describe('chi-square contingency against scipy.stats.chi2_contingency', () => {
  it.each(reference.contingency)('$name', (c) => {
    const result = chiSquareContingency(c.reference, c.current);
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
    expect(result.dof).toBe(c.dof);
  });

  it('refuses rows of different length or an empty row', () => {
    expect(() => chiSquareContingency([1, 2], [1])).toThrow(RangeError);
    expect(() => chiSquareContingency([0, 0], [1, 2])).toThrow(RangeError);
  });
});

describe("chi-square goodness of fit (Evidently's chisquare) against scipy.stats.chisquare", () => {
  it.each(reference.goodnessOfFit)('$name', (c) => {
    const result = chiSquareGoodnessOfFit(c.observed, c.expected);
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
  });
});

describe('two-proportion z-test against statsmodels proportions_ztest', () => {
  it.each(reference.zTest)('counts $counts', (c) => {
    const [c1, n1, c2, n2] = c.counts;
    const result = twoProportionZTest(c1, n1, c2, n2);
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
    expect(result.difference).toBeCloseTo(c1 / n1 - c2 / n2, 15);
  });

  it('refuses counts outside 0…n', () => {
    expect(() => twoProportionZTest(11, 10, 1, 10)).toThrow(RangeError);
  });
});
