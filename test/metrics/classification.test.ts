import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_METRICS, BINARY_METRICS, MULTICLASS_METRICS, classificationMetrics } from '../../src/metrics/classification.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { DataError } from '../../src/errors.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: scikit-learn 1.2.1 (scripts/reference/metrics.py → test/fixtures/metrics/classification.json).
// Tolerance: 1e-12 relative (absolute floor 1e-14), intervals on.
interface Case {
  name: string;
  task: 'binary' | 'multiclass';
  labels: string[];
  positive?: number;
  y_true: number[];
  y_pred: number[];
  score?: number[] | null;
  probabilities?: number[][];
  expected: Record<string, number | null>;
  confusion_matrix: number[][];
}
const { cases } = loadFixture<{ cases: Case[] }>('classification.json');

function run(c: Case) {
  return classificationMetrics(
    {
      labels: c.labels,
      task: c.task,
      positive: c.positive,
      yTrue: Int32Array.from(c.y_true),
      yPred: Int32Array.from(c.y_pred),
      score: c.score ? Float64Array.from(c.score) : undefined,
      probabilities: c.probabilities?.map((column) => Float64Array.from(column)),
    },
    DEFAULT_INTERVAL_OPTIONS,
  );
}

describe('classification metrics against scikit-learn', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = run(c);
    expect(result.task).toBe(c.task);
    expect(result.rows).toBe(c.y_true.length);
    expect(result.confusionMatrix).toEqual(c.confusion_matrix);
    for (const [name, expected] of Object.entries(c.expected)) {
      const metric = result.metrics[name];
      expect(metric, name).toBeDefined();
      expectClose(metric.value, expected, `${c.name} ${name}`);
      if (metric.value === null) expect(metric.note, `${name} says why it is missing`).toMatch(/\w/);
      if (metric.ci !== null) {
        expect(metric.ci[0], `${name} lower bound`).toBeLessThanOrEqual(metric.value as number);
        expect(metric.ci[1], `${name} upper bound`).toBeGreaterThanOrEqual(metric.value as number);
        expect(metric.ciMethod).not.toBeNull();
      }
    }
    expect(Object.keys(result.metrics)).toEqual(c.task === 'binary' ? [...BINARY_METRICS] : [...MULTICLASS_METRICS]);
  });

  it('names the interval method of each metric', () => {
    const c = cases.find((x) => x.name === 'binary_ties')!;
    const methods = Object.fromEntries(Object.entries(run(c).metrics).map(([name, m]) => [name, m.ciMethod]));
    expect(methods).toEqual({
      accuracy: 'wilson', precision: 'wilson', recall: 'wilson',
      balanced_accuracy: 'bootstrap-multinomial', f1: 'bootstrap-multinomial', precision_macro: 'bootstrap-multinomial',
      recall_macro: 'bootstrap-multinomial', f1_macro: 'bootstrap-multinomial', f1_micro: 'bootstrap-multinomial',
      f1_weighted: 'bootstrap-multinomial', precision_weighted: 'bootstrap-multinomial', recall_weighted: 'bootstrap-multinomial',
      mcc: 'bootstrap-multinomial', cohen_kappa: 'bootstrap-multinomial',
      roc_auc: 'delong', average_precision: 'analytic', log_loss: 'analytic', brier: 'analytic',
      // ECE is a biased estimate: no interval (src/metrics/calibration.ts)
      ece: null, ece_quantile: null,
    });
    const m = cases.find((x) => x.name === 'multiclass5')!;
    expect(run(m).metrics.roc_auc_ovr_macro.ciMethod).toBe('delong');
  });

  it('is reproducible for a seed and changes with it', () => {
    const c = cases.find((x) => x.name === 'multiclass3')!;
    const input = { labels: c.labels, yTrue: Int32Array.from(c.y_true), yPred: Int32Array.from(c.y_pred) };
    const a = classificationMetrics(input, { ...DEFAULT_INTERVAL_OPTIONS, seed: 7 });
    const b = classificationMetrics(input, { ...DEFAULT_INTERVAL_OPTIONS, seed: 7 });
    const other = classificationMetrics(input, { ...DEFAULT_INTERVAL_OPTIONS, seed: 8 });
    expect(a.metrics.f1_macro.ci).toEqual(b.metrics.f1_macro.ci);
    expect(a.metrics.f1_macro.ci).not.toEqual(other.metrics.f1_macro.ci);
  });

  it('turns intervals off', () => {
    const c = cases.find((x) => x.name === 'binary_ties')!;
    const input = { labels: c.labels, yTrue: Int32Array.from(c.y_true), yPred: Int32Array.from(c.y_pred), score: Float64Array.from(c.score!) };
    const result = classificationMetrics(input, { ...DEFAULT_INTERVAL_OPTIONS, intervals: false });
    for (const metric of Object.values(result.metrics)) {
      expect(metric.ci).toBeNull();
      expect(metric.ciMethod).toBeNull();
    }
    expectClose(result.metrics.roc_auc.value, c.expected.roc_auc, 'roc_auc');
  });

  it('reports what is missing without a score column', () => {
    const c = cases.find((x) => x.name === 'binary_ties')!;
    const result = classificationMetrics({ labels: c.labels, yTrue: Int32Array.from(c.y_true), yPred: Int32Array.from(c.y_pred) }, DEFAULT_INTERVAL_OPTIONS);
    expect(result.metrics.roc_auc).toMatchObject({ value: null, ci: null, note: expect.stringMatching(/score/) });
    expect(result.metrics.accuracy.value).toBe(c.expected.accuracy);
  });

  it('does not take a score outside [0, 1] for a probability', () => {
    const result = classificationMetrics(
      { labels: ['0', '1'], yTrue: Int32Array.from([0, 1, 0, 1]), yPred: Int32Array.from([0, 1, 1, 1]), score: Float64Array.from([-2, 3, 0.5, 1]) },
      DEFAULT_INTERVAL_OPTIONS,
    );
    expect(result.metrics.roc_auc.value).toBe(1); // positives 3 and 1 outrank negatives −2 and 0.5
    expect(result.metrics.log_loss).toMatchObject({ value: null, note: expect.stringMatching(/row 1 .*outside \[0, 1\]/) });
    expect(result.metrics.brier.value).toBeNull();
  });

  it('names the row of a missing label or score', () => {
    expect(() => classificationMetrics({ labels: ['a', 'b'], yTrue: Int32Array.from([0, -1]), yPred: Int32Array.from([0, 1]) }, DEFAULT_INTERVAL_OPTIONS)).toThrow(
      new DataError('y_true has a missing label', { row: 2 }),
    );
    expect(() =>
      classificationMetrics({ labels: ['a', 'b'], yTrue: Int32Array.from([0, 1, 1]), yPred: Int32Array.from([0, 1, 0]), score: Float64Array.from([0.1, NaN, 0.3]) }, DEFAULT_INTERVAL_OPTIONS),
    ).toThrow(/row 2: score is missing/);
  });

  it('accepts a binary task with a single label (every row the positive class)', () => {
    const result = classificationMetrics(
      { labels: ['yes'], task: 'binary', positive: 0, yTrue: new Int32Array(5), yPred: new Int32Array(5), score: Float64Array.from([0.9, 0.8, 0.7, 0.9, 0.6]) },
      DEFAULT_INTERVAL_OPTIONS,
    );
    expect(result.confusionMatrix).toEqual([[5]]);
    expect(result.metrics.accuracy.value).toBe(1);
    expect(result.metrics.roc_auc).toMatchObject({ value: null, note: expect.stringMatching(/no negative rows/) });
    expect(result.metrics.cohen_kappa).toMatchObject({ value: null, note: expect.stringMatching(/undefined/) });
    expect(result.metrics.average_precision.value).toBe(1);
  });

  it('lists every known name once', () => {
    expect(new Set(CLASSIFICATION_METRICS).size).toBe(CLASSIFICATION_METRICS.length);
    expect(CLASSIFICATION_METRICS).toEqual(expect.arrayContaining(['roc_auc', 'roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'brier', 'f1_weighted']));
  });
});
