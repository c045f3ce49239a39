import { describe, expect, it } from 'vitest';
import { adjustPValues, multipleTests, type Correction } from '../../src/stats/multiple-testing.js';
import { loadFixture } from './reference.js';

// Oracle: statsmodels multipletests (scripts/reference/drift_stats.py corrections → test/fixtures/stats/multiple-testing.json).
interface Case {
  name: string;
  method: Correction;
  alpha: number;
  pValues: number[];
  adjusted: number[];
  reject: boolean[];
}
const { cases } = loadFixture<{ cases: Case[] }>('multiple-testing.json');

describe('p-value corrections against statsmodels multipletests', () => {
  it.each(cases)('$name, $method at alpha $alpha: adjusted to 1e-12, same rejections', (c) => {
    const result = multipleTests(c.pValues, c.method, c.alpha);
    result.adjusted.forEach((value, i) => expect(Math.abs(value - c.adjusted[i])).toBeLessThanOrEqual(1e-12));
    expect(result.reject).toEqual(c.reject);
  });

  it('leaves NaN p-values out of the family', () => {
    const result = multipleTests([0.01, NaN, 0.04], 'bonferroni', 0.05);
    expect(result.adjusted[0]).toBeCloseTo(0.02, 15);
    expect(result.adjusted[1]).toBeNaN();
    expect(result.reject).toEqual([true, false, false]);
  });

  it("'none' returns the p-values unchanged", () => {
    expect(adjustPValues([0.2, 0.01], 'none')).toEqual([0.2, 0.01]);
  });
});
