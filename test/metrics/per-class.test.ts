import { describe, expect, it } from 'vitest';
import { classificationMetrics } from '../../src/metrics/classification.js';
import { pairedClassificationComparison } from '../../src/metrics/paired-comparison.js';
import { pairedPerClassMetrics } from '../../src/metrics/paired-per-class.js';
import { perClassMetrics } from '../../src/metrics/per-class.js';
import { DEFAULT_INTERVAL_OPTIONS, type MetricValue } from '../../src/metrics/types.js';
import { DataError } from '../../src/errors.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: scikit-learn 1.2.1 precision_recall_fscore_support(average=None, labels=range(K)) with
// zero_division "warn" (0/0 → 0), roc_auc_score(y_true == k, proba[:, k]); statsmodels Wilson;
// a direct O(m·n) DeLong (scripts/reference/per_class.py → test/fixtures/metrics/per-class.json).
// Tolerance 1e-12 relative.
interface Expected {
  label: string; support: number; predicted: number;
  precision: number; precision_ci: [number, number] | null; recall: number; recall_ci: [number, number] | null;
  f1: number; roc_auc: number | null; roc_auc_ci: [number, number] | null;
}
interface PairedExpected {
  label: string; support: number;
  precision_delta: number; recall_delta: number; f1_delta: number;
  precision_champion: number; recall_champion: number; f1_champion: number;
  roc_auc: { champion: number; challenger: number; delta: number; ci: [number, number]; p_value: number } | null;
}
interface Model { y_pred: number[]; score?: number[]; probabilities?: number[][] }
interface Case {
  name: string; task: 'binary' | 'multiclass'; labels: string[]; positive?: number; y_true: number[];
  y_pred?: number[]; score?: number[]; probabilities?: number[][];
  champion?: Model; challenger?: Model;
  expected: (Expected | PairedExpected)[];
}
const { cases } = loadFixture<{ cases: Case[] }>('per-class.json');
const single = cases.filter((c) => c.champion === undefined);
const paired = cases.filter((c) => c.champion !== undefined);

const columns = (values: number[][] | undefined) => values?.map((column) => Float64Array.from(column));
function inputOf(c: Case) {
  return { labels: c.labels, task: c.task, positive: c.positive, yTrue: Int32Array.from(c.y_true), yPred: Int32Array.from(c.y_pred!), score: c.score ? Float64Array.from(c.score) : undefined, probabilities: columns(c.probabilities) };
}
function modelOf(m: Model) {
  return { yPred: Int32Array.from(m.y_pred), score: m.score ? Float64Array.from(m.score) : undefined, probabilities: columns(m.probabilities) };
}
function expectInterval(metric: MetricValue, expected: [number, number] | null, label: string) {
  if (expected === null) {
    expect(metric.ci, label).toBeNull();
    return;
  }
  expect(metric.ci, label).not.toBeNull();
  expectClose(metric.ci![0], expected[0], `${label} lower`);
  expectClose(metric.ci![1], expected[1], `${label} upper`);
}

describe('per-class metrics against scikit-learn', () => {
  it.each(single.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const table = perClassMetrics(inputOf(c), DEFAULT_INTERVAL_OPTIONS);
    expect(table.map((row) => row.label)).toEqual(c.labels);
    (c.expected as Expected[]).forEach((e, k) => {
      const row = table[k];
      const where = `${c.name} ${e.label}`;
      expect(row.support, `${where} support`).toBe(e.support);
      expect(row.predicted, `${where} predicted`).toBe(e.predicted);
      expectClose(row.precision.value, e.precision, `${where} precision`);
      expectClose(row.recall.value, e.recall, `${where} recall`);
      expectClose(row.f1.value, e.f1, `${where} f1`);
      expectClose(row.roc_auc.value, e.roc_auc, `${where} roc_auc`);
      expectInterval(row.precision, e.precision_ci, `${where} precision`);
      expectInterval(row.recall, e.recall_ci, `${where} recall`);
      expectInterval(row.roc_auc, e.roc_auc_ci, `${where} roc_auc`);
      if (row.precision.ci) expect(row.precision.ciMethod).toBe('wilson');
      if (row.roc_auc.ci) expect(row.roc_auc.ciMethod).toBe('delong');
      expect(row.f1.ciMethod).toBe('bootstrap-multinomial');
      expect(row.f1.ci![0]).toBeLessThanOrEqual(row.f1.value!);
      expect(row.f1.ci![1]).toBeGreaterThanOrEqual(row.f1.value!);
    });
  });

  it('says why a class is all zeros: never predicted, absent, no AUC', () => {
    const c = single.find((x) => x.name === 'multiclass_unpredicted_and_absent')!;
    const table = perClassMetrics(inputOf(c), DEFAULT_INTERVAL_OPTIONS);
    const absent = table[4];
    expect(absent.support).toBe(0);
    expect(absent.precision.note).toMatch(/never predicted.*zero_division/);
    expect(absent.recall.note).toMatch(/absent from y_true.*zero_division/);
    expect(absent.recall.ci).toBeNull();
    expect(absent.roc_auc.value).toBeNull();
    expect(absent.roc_auc.note).toMatch(/one class present|no positive/);
    const labelsOnly = perClassMetrics(inputOf(single.find((x) => x.name === 'multiclass_labels_only')!), DEFAULT_INTERVAL_OPTIONS);
    expect(labelsOnly[0].roc_auc.note).toBe('needs per-class probabilities');
  });

  it('gives the positive class of a binary task exactly the aggregate precision, recall, f1 and their intervals', () => {
    const c = single.find((x) => x.name === 'binary_score')!;
    const input = inputOf(c);
    const aggregate = classificationMetrics(input, DEFAULT_INTERVAL_OPTIONS).metrics;
    const positive = perClassMetrics(input, DEFAULT_INTERVAL_OPTIONS)[1];
    expect(positive.precision).toEqual(aggregate.precision);
    expect(positive.recall).toEqual(aggregate.recall);
    // same counts, same seed: the same multinomial resamples as the aggregate f1
    expect(positive.f1.ci).toEqual(aggregate.f1.ci);
    expect(positive.roc_auc).toEqual(aggregate.roc_auc);
  });

  it('follows the seed and honours intervals: false and bootstrap-samples 0', () => {
    const c = single.find((x) => x.name === 'multiclass_labels_only')!;
    const a = perClassMetrics(inputOf(c), { ...DEFAULT_INTERVAL_OPTIONS, seed: 3 });
    const b = perClassMetrics(inputOf(c), { ...DEFAULT_INTERVAL_OPTIONS, seed: 4 });
    expect(a[0].f1.ci).not.toEqual(b[0].f1.ci);
    const off = perClassMetrics(inputOf(c), { ...DEFAULT_INTERVAL_OPTIONS, intervals: false });
    expect(off.every((row) => row.precision.ci === null && row.f1.ci === null)).toBe(true);
    const noBootstrap = perClassMetrics(inputOf(c), { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 0 });
    expect(noBootstrap[0].f1.ci).toBeNull();
    expect(noBootstrap[0].f1.note).toMatch(/bootstrap-samples is 0/);
    expect(noBootstrap[0].precision.ci).not.toBeNull();
  });

  it('names the row of a bad code', () => {
    expect(() => perClassMetrics({ labels: ['a', 'b'], yTrue: Int32Array.of(0, 1, 5), yPred: Int32Array.of(0, 1, 1) }, DEFAULT_INTERVAL_OPTIONS)).toThrow(DataError);
    expect(() => perClassMetrics({ labels: ['a', 'b'], yTrue: Int32Array.of(0, 1, 5), yPred: Int32Array.of(0, 1, 1) }, DEFAULT_INTERVAL_OPTIONS)).toThrow(/row 3/);
  });
});

describe('paired per-class metrics', () => {
  it.each(paired.map((c) => [c.name, c] as const))('%s against scikit-learn and the direct paired DeLong', (_, c) => {
    const input = { labels: c.labels, task: c.task, positive: c.positive, yTrue: Int32Array.from(c.y_true), champion: modelOf(c.champion!), challenger: modelOf(c.challenger!) };
    const table = pairedPerClassMetrics(input, DEFAULT_INTERVAL_OPTIONS);
    (c.expected as PairedExpected[]).forEach((e, k) => {
      const row = table[k];
      const where = `${c.name} ${e.label}`;
      expect(row.support).toBe(e.support);
      for (const m of ['precision', 'recall', 'f1'] as const) {
        expectClose(row[m].champion, e[`${m}_champion`], `${where} ${m} champion`);
        expectClose(row[m].delta, e[`${m}_delta`], `${where} ${m} delta`);
        expect(row[m].test).toBe('bootstrap-multinomial');
        expect(row[m].ci![0]).toBeLessThanOrEqual(row[m].delta!);
        expect(row[m].ci![1]).toBeGreaterThanOrEqual(row[m].delta!);
        expect(row[m].pValue!).toBeGreaterThan(0);
      }
      const auc = e.roc_auc!;
      expectClose(row.roc_auc.champion, auc.champion, `${where} auc champion`);
      expectClose(row.roc_auc.challenger, auc.challenger, `${where} auc challenger`);
      expectClose(row.roc_auc.delta, auc.delta, `${where} auc delta`);
      expectClose(row.roc_auc.ci![0], auc.ci[0], `${where} auc ci lower`);
      expectClose(row.roc_auc.ci![1], auc.ci[1], `${where} auc ci upper`);
      expectClose(row.roc_auc.pValue, auc.p_value, `${where} auc p`);
      expect(row.roc_auc.test).toBe('delong');
    });
  });

  it('draws the resamples of the aggregate paired bootstrap: binary positive-class deltas agree exactly', () => {
    const c = paired.find((x) => x.name === 'paired_binary_scores')!;
    const input = { labels: c.labels, task: c.task, positive: 1, yTrue: Int32Array.from(c.y_true), champion: modelOf(c.champion!), challenger: modelOf(c.challenger!) };
    const aggregate = pairedClassificationComparison(input, DEFAULT_INTERVAL_OPTIONS).metrics;
    const positive = pairedPerClassMetrics(input, DEFAULT_INTERVAL_OPTIONS)[1];
    for (const m of ['precision', 'recall', 'f1'] as const) {
      expect(positive[m].ci).toEqual(aggregate[m].ci);
      expect(positive[m].pValue).toEqual(aggregate[m].pValue);
    }
    expect(positive.roc_auc.ci).toEqual(aggregate.roc_auc.ci);
  });

  it('gives a zero delta, p = 1 and a [0, 0] interval for identical models', () => {
    const c = paired.find((x) => x.name === 'paired_three_classes')!;
    const model = modelOf(c.champion!);
    const table = pairedPerClassMetrics({ labels: c.labels, yTrue: Int32Array.from(c.y_true), champion: model, challenger: model }, DEFAULT_INTERVAL_OPTIONS);
    for (const row of table) {
      expect(row.f1.delta).toBe(0);
      expect(row.f1.ci).toEqual([0, 0]);
      expect(row.f1.pValue).toBe(1);
      expect(row.roc_auc.pValue).toBe(1);
    }
  });
});
