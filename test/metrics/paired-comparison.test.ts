import { describe, expect, it } from 'vitest';
import { classificationMetrics } from '../../src/metrics/classification.js';
import { pairedClassificationComparison, pairedRegressionComparison } from '../../src/metrics/paired-comparison.js';
import { regressionMetrics } from '../../src/metrics/regression.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { pairedDelong } from '../../src/stats/delong.js';
import { expectClose, loadFixture } from './reference.js';

// The paired comparison must report, for each model, exactly the one-model metric (whose values are
// checked against scikit-learn in classification.test.ts / regression.test.ts), their difference
// challenger − champion, and the paired test named in `test`.
interface Case { name: string; labels: string[]; positive?: number; y_true: number[]; y_pred: number[]; score?: number[] | null; probabilities?: number[][] }
const classification = loadFixture<{ cases: Case[] }>('classification.json').cases;
const regression = loadFixture<{ cases: { name: string; y_true: number[]; y_pred: number[] }[] }>('regression.json').cases;

/** A second model for the same rows: scores bent by a monotone-then-noisy map, a few predictions changed. */
function challengerOf(c: Case) {
  const score = c.score ? Float64Array.from(c.score, (s, i) => Math.min(1, Math.max(0, s ** 1.3 + ((i * 7919) % 13) / 200 - 0.03))) : undefined;
  const yPred = Int32Array.from(c.y_pred, (p, i) => (i % 11 === 0 ? c.y_true[i] : p));
  const probabilities = c.probabilities?.map((column, k) => Float64Array.from(column, (p, i) => (i % 5 === 0 ? (c.y_true[i] === k ? 0.9 : 0.1 / (c.labels.length - 1)) : p)));
  return { yPred, score, probabilities };
}

describe('paired comparison of two classifiers', () => {
  it.each(['binary_ties', 'binary_strings_positive_first', 'multiclass5'])('%s: each side equals the one-model metrics', (name) => {
    const c = classification.find((x) => x.name === name)!;
    const yTrue = Int32Array.from(c.y_true);
    const champion = { yPred: Int32Array.from(c.y_pred), score: c.score ? Float64Array.from(c.score) : undefined, probabilities: c.probabilities?.map((col) => Float64Array.from(col)) };
    const challenger = challengerOf(c);
    const base = { labels: c.labels, yTrue, positive: c.positive };
    const compared = pairedClassificationComparison({ ...base, champion, challenger }, DEFAULT_INTERVAL_OPTIONS);
    const a = classificationMetrics({ ...base, ...champion }, DEFAULT_INTERVAL_OPTIONS).metrics;
    const b = classificationMetrics({ ...base, ...challenger }, DEFAULT_INTERVAL_OPTIONS).metrics;
    expect(Object.keys(compared.metrics)).toEqual(Object.keys(a));
    for (const [metric, value] of Object.entries(compared.metrics)) {
      expectClose(value.champion, a[metric].value, `${metric} champion`);
      expectClose(value.challenger, b[metric].value, `${metric} challenger`);
      expectClose(value.delta, (b[metric].value as number) - (a[metric].value as number), `${metric} delta`);
      if (metric === 'ece' || metric === 'ece_quantile') {
        expect([value.ci, value.pValue, value.note], metric).toEqual([null, null, 'no paired interval for a difference of calibration errors']);
        continue;
      }
      expect(value.ci![0], metric).toBeLessThanOrEqual(value.delta!);
      expect(value.ci![1], metric).toBeGreaterThanOrEqual(value.delta!);
      expect(value.pValue, metric).toBeGreaterThan(0);
      expect(value.pValue, metric).toBeLessThanOrEqual(1);
    }
    const tests = Object.fromEntries(Object.entries(compared.metrics).map(([metric, v]) => [metric, v.test]));
    expect(tests.f1_macro).toBe('bootstrap-multinomial');
    expect(tests.accuracy).toMatch(/^mcnemar-/);
    expect(compared.metrics.accuracy.ciMethod).toBe('newcombe');
    expect(tests.log_loss).toBe('analytic');
    if (c.score) {
      expect(tests.roc_auc).toBe('delong');
      const delong = pairedDelong(champion.score!, challenger.score!, yTrue, c.positive ?? 1, 0.95)!;
      expect(compared.metrics.roc_auc.pValue).toBe(delong.pValue);
      expect(compared.metrics.roc_auc.ci).toEqual(delong.ci);
    } else {
      expect(tests.roc_auc_ovr_macro).toBe('delong');
    }
  });

  it('finds no difference between a model and itself', () => {
    const c = classification.find((x) => x.name === 'binary_ties')!;
    const model = { yPred: Int32Array.from(c.y_pred), score: Float64Array.from(c.score!) };
    const { metrics } = pairedClassificationComparison({ labels: c.labels, yTrue: Int32Array.from(c.y_true), champion: model, challenger: model }, DEFAULT_INTERVAL_OPTIONS);
    for (const [name, m] of Object.entries(metrics)) {
      expect(m.delta, name).toBe(0);
      if (name === 'ece' || name === 'ece_quantile') continue; // no paired test
      expect(m.pValue, name).toBe(1);
      // McNemar with no discordant pair: Newcombe's score interval still has width (it is not a point mass).
      if (name === 'accuracy') expect(m.ci![0] < 0 && m.ci![1] > 0, name).toBe(true);
      else expect(m.ci, name).toEqual([0, 0]);
    }
    expect(metrics.accuracy.test).toBe('mcnemar-exact');
  });

  it('turns intervals off', () => {
    const c = classification.find((x) => x.name === 'multiclass3')!;
    const champion = { yPred: Int32Array.from(c.y_pred), probabilities: c.probabilities!.map((col) => Float64Array.from(col)) };
    const { metrics } = pairedClassificationComparison(
      { labels: c.labels, yTrue: Int32Array.from(c.y_true), champion, challenger: challengerOf(c) },
      { ...DEFAULT_INTERVAL_OPTIONS, intervals: false },
    );
    for (const m of Object.values(metrics)) {
      expect(m.ci).toBeNull();
      expect(m.pValue).toBeNull();
      expect(m.test).toBeNull();
      expect(m.delta).not.toBeNull();
    }
  });
});

describe('paired comparison of two regressors', () => {
  it('each side equals the one-model metrics; the delta has a paired test', () => {
    const c = regression.find((x) => x.name === 'regression_normal')!;
    const yTrue = Float64Array.from(c.y_true);
    const champion = Float64Array.from(c.y_pred);
    const challenger = Float64Array.from(c.y_pred, (p, i) => p + (c.y_true[i] - p) * 0.3);
    const compared = pairedRegressionComparison(yTrue, champion, challenger, DEFAULT_INTERVAL_OPTIONS);
    const a = regressionMetrics(yTrue, champion, DEFAULT_INTERVAL_OPTIONS).metrics;
    const b = regressionMetrics(yTrue, challenger, DEFAULT_INTERVAL_OPTIONS).metrics;
    for (const [metric, value] of Object.entries(compared.metrics)) {
      expectClose(value.champion, a[metric].value, `${metric} champion`);
      expectClose(value.challenger, b[metric].value, `${metric} challenger`);
      if (metric === 'median_ae') {
        expect(value.ci).toBeNull();
        expect(value.note).toMatch(/no paired interval/);
        continue;
      }
      // The mean errors are compared by the paired t-test, the rest by the delta method.
      expect(value.test, metric).toBe(['mae', 'mse', 'mape'].includes(metric) ? 'paired-t' : 'analytic');
      // The challenger shrinks every error by 30%: a clear, significant improvement.
      expect(value.pValue!).toBeLessThan(1e-6);
      expect(Math.sign(value.ci![0])).toBe(Math.sign(value.ci![1]));
    }
  });

  it('one pair: r2 and explained_variance undefined for both models (as for one model)', () => {
    const compared = pairedRegressionComparison(Float64Array.of(4), Float64Array.of(3), Float64Array.of(5), DEFAULT_INTERVAL_OPTIONS);
    for (const name of ['r2', 'explained_variance']) {
      expect(compared.metrics[name]).toMatchObject({ champion: null, challenger: null, delta: null, ci: null, note: expect.stringMatching(/undefined on 1 row/) });
    }
    expect(compared.metrics.mae).toMatchObject({ champion: 1, challenger: 1, delta: 0 });
  });
});
