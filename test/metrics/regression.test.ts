import { describe, expect, it } from 'vitest';
import { REGRESSION_METRICS, regressionMetrics } from '../../src/metrics/regression.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: scikit-learn 1.2.1 (scripts/reference/metrics.py → test/fixtures/metrics/regression.json).
// Tolerance: 1e-12 relative (absolute floor 1e-14).
interface Case { name: string; y_true: number[]; y_pred: number[]; expected: Record<string, number> }
const { cases } = loadFixture<{ cases: Case[] }>('regression.json');

describe('regression metrics against scikit-learn', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = regressionMetrics(Float64Array.from(c.y_true), Float64Array.from(c.y_pred), DEFAULT_INTERVAL_OPTIONS);
    expect(Object.keys(result.metrics)).toEqual([...REGRESSION_METRICS]);
    for (const [name, expected] of Object.entries(c.expected)) {
      const metric = result.metrics[name];
      expectClose(metric.value, expected, `${c.name} ${name}`);
      if (metric.ci !== null) {
        expect(metric.ci[0]).toBeLessThanOrEqual(metric.value as number);
        expect(metric.ci[1]).toBeGreaterThanOrEqual(metric.value as number);
        expect(metric.ciMethod).toBe('analytic');
      }
    }
  });

  it('explains the constant-truth convention and the zero in mape', () => {
    const constant = cases.find((c) => c.name === 'regression_constant_truth')!;
    const result = regressionMetrics(Float64Array.from(constant.y_true), Float64Array.from(constant.y_pred), DEFAULT_INTERVAL_OPTIONS);
    expect(result.metrics.r2).toMatchObject({ value: 0, ci: null, note: expect.stringMatching(/constant/) });
    const zero = cases.find((c) => c.name === 'regression_zero_in_truth')!;
    const withZero = regressionMetrics(Float64Array.from(zero.y_true), Float64Array.from(zero.y_pred), DEFAULT_INTERVAL_OPTIONS);
    expect(withZero.metrics.mape.note).toMatch(/row 4/);
  });

  it('takes rmse bounds as the square roots of mse bounds', () => {
    const c = cases[0];
    const { metrics } = regressionMetrics(Float64Array.from(c.y_true), Float64Array.from(c.y_pred), DEFAULT_INTERVAL_OPTIONS);
    expect(metrics.rmse.ci).toEqual([Math.sqrt(metrics.mse.ci![0]), Math.sqrt(metrics.mse.ci![1])]);
  });

  it('names the row of a missing value', () => {
    expect(() => regressionMetrics(Float64Array.from([1, 2, 3]), Float64Array.from([1, NaN, 3]), DEFAULT_INTERVAL_OPTIONS)).toThrow(/row 2: y_pred is missing/);
  });
});
