import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { minimalDetectableDifference } from '../../src/stats/minimal-detectable-difference.js';

// Oracle: (scipy.stats.norm.isf(α/2) + norm.ppf(power)) · SE with scipy 1.10.1, to 1e-12 relative;
// and statsmodels 0.13.5 NormalIndPower().solve_power(nobs1=1, ratio=0) · SE, the exact
// two-tailed solution, which the one-tailed formula exceeds by the wrong-direction rejection
// chance (1e-6 relative at 95%/80%, up to 6e-5 at 95%/50%): to 1e-4 relative.
// Fixture: scripts/reference/paired_tests.py → test/fixtures/stats/paired/minimal-detectable-difference.json.
const reference = JSON.parse(readFileSync(new URL('../fixtures/stats/paired/minimal-detectable-difference.json', import.meta.url), 'utf8')) as {
  rows: [number, number, number, number, number][];
};

describe('minimal detectable difference', () => {
  it.each(reference.rows)('SE %d at %d confidence and %d power', (se, confidence, power, formula, statsmodels) => {
    const mdd = minimalDetectableDifference(se, confidence, power);
    expect(Math.abs(mdd - formula) / formula).toBeLessThan(1e-12);
    expect(Math.abs(mdd - statsmodels) / statsmodels).toBeLessThan(1e-4);
  });

  it('defaults to 95% confidence and 80% power, is linear in SE and 0 at SE = 0', () => {
    expect(minimalDetectableDifference(1)).toBeCloseTo(2.8015852181129683, 13);
    expect(minimalDetectableDifference(0.5)).toBeCloseTo(minimalDetectableDifference(1) / 2, 15);
    expect(minimalDetectableDifference(0)).toBe(0);
  });

  it('rejects a negative or non-finite SE and levels outside (0, 1)', () => {
    expect(() => minimalDetectableDifference(-0.1)).toThrow(RangeError);
    expect(() => minimalDetectableDifference(Number.NaN)).toThrow(RangeError);
    expect(() => minimalDetectableDifference(Infinity)).toThrow(RangeError);
    expect(() => minimalDetectableDifference(0.1, 1)).toThrow(/confidence/);
    expect(() => minimalDetectableDifference(0.1, 0.95, 0)).toThrow(/power/);
  });
});
