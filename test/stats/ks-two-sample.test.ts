import { describe, expect, it } from 'vitest';
import { ksTwoSample } from '../../src/stats/ks-two-sample.js';
import { sortedSample, type SampleValue } from './dyadic-sample.js';
import { expectAbsolute, expectRelative, loadFixture, P_VALUE_TOLERANCE, STATISTIC_TOLERANCE } from './reference.js';

// Oracle: scipy.stats.ks_2samp (scripts/reference/drift_stats.py ks → test/fixtures/stats/ks-two-sample.json).
interface Case {
  name: string;
  reference: SampleValue;
  current: SampleValue;
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}
const { cases } = loadFixture<{ cases: Case[] }>('ks-two-sample.json');

describe('two-sample Kolmogorov–Smirnov against scipy.stats.ks_2samp', () => {
  it.each(cases)('$name: statistic to 1e-9 relative, p-value to 1e-6 absolute', (c) => {
    const result = ksTwoSample(sortedSample(c.reference), sortedSample(c.current));
    expectRelative(result.statistic, c.statistic, STATISTIC_TOLERANCE, 'statistic');
    expectAbsolute(result.pValue, c.pValue, P_VALUE_TOLERANCE, 'p-value');
    expect(result.method).toBe(c.method);
  });

  it('is symmetric in its two samples', () => {
    const a = sortedSample({ kind: 'normal', seed: 1, n: 300 });
    const b = sortedSample({ kind: 'normal', seed: 2, n: 200, shift: 0.1 });
    expect(ksTwoSample(a, b)).toEqual(ksTwoSample(b, a));
  });

  it('refuses an empty sample', () => {
    expect(() => ksTwoSample(new Float64Array(0), Float64Array.of(1))).toThrow(RangeError);
  });
});
