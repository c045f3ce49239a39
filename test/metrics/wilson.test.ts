import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilson.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: statsmodels 0.13.5 proportion_confint(count, nobs, alpha, method="wilson")
// (scripts/reference/metrics.py → test/fixtures/metrics/wilson.json). Tolerance 1e-12 relative.
interface Case { successes: number; trials: number; confidence: number; ci: [number, number] }
const { cases } = loadFixture<{ cases: Case[] }>('wilson.json');

describe('Wilson score interval against statsmodels', () => {
  it.each(cases.map((c) => [`${c.successes}/${c.trials} at ${c.confidence}`, c] as const))('%s', (_, c) => {
    const ci = wilsonInterval(c.successes, c.trials, c.confidence)!;
    expectClose(ci[0], c.ci[0], 'lower');
    expectClose(ci[1], c.ci[1], 'upper');
  });

  it('is undefined without trials and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0, 0.95)).toBeNull();
    expect(() => wilsonInterval(3, 2, 0.95)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2, 1)).toThrow(RangeError);
  });
});
