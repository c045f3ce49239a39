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

  it('r2 and explained_variance are undefined on one row (scikit-learn r2_score: nan, UndefinedMetricWarning)', () => {
    // scripts/reference/regression_small.py: r2_score([10], [9]) is nan; explained_variance_score 1.0
    // by force_finite, which mlgate does not follow (a single value has no variance to explain).
    const { metrics } = regressionMetrics(Float64Array.of(10), Float64Array.of(9), DEFAULT_INTERVAL_OPTIONS);
    expect(metrics.r2).toMatchObject({ value: null, ci: null, ciMethod: null, note: expect.stringMatching(/^undefined on 1 row: R² needs at least 2/) });
    expect(metrics.explained_variance).toMatchObject({ value: null, ci: null, note: expect.stringMatching(/^undefined on 1 row: explained variance/) });
    expect(metrics.mae.value).toBe(1);
    const two = regressionMetrics(Float64Array.of(1, 3), Float64Array.of(1.5, 2), DEFAULT_INTERVAL_OPTIONS);
    expect(two.metrics.r2.value).toBeCloseTo(1 - (0.25 + 1) / 2, 12); // 1 − SSE/SST, SST = 2
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
