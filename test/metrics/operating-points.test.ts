import { describe, expect, it } from 'vitest';
import {
  bootstrapOperatingPoints,
  operatingPointName,
  operatingPoints,
  positivesForRecall,
  precisionAtRecall,
  precisionAtRecallResampled,
  recallAtPrecision,
  recallAtPrecisionResampled,
  type OperatingPointSpec,
} from '../../src/metrics/operating-points.js';
import { defaultSweepThresholds, thresholdSweep } from '../../src/metrics/threshold-sweep.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { ksTwoSample } from '../../src/stats/ks-two-sample.js';
import { normalQuantile, normalSf } from '../../src/stats/normal.js';
import { rankedCounts, type RankedCounts } from '../../src/stats/ranked-counts.js';
import { rankScores } from '../../src/stats/ranking.js';
import { ResampledRanking } from '../../src/stats/resampled-ranking.js';
import { createRandom } from '../../src/stats/rng.js';
import { RowResampler } from './plain-bootstrap.js';
import { expectClose, loadFixture } from './reference.js';
import { binormal, expectNominal } from './simulation.js';

// Oracle: scikit-learn 1.2.1 precision_recall_curve / confusion_matrix / precision_score … and
// statsmodels Wilson (scripts/reference/operating_points.py → test/fixtures/metrics/operating-points.json).
// Point values to 1e-12 relative; thresholds exactly (they are scores).
interface Point { value: number; threshold: number | null; precision: number | null; recall: number | null }
interface Case {
  name: string; y_true: number[]; score: number[];
  operating_points: Record<string, Point>;
  sweep_thresholds?: number[]; sweep?: Record<string, number | null | [number, number]>[];
}
const fixture = loadFixture<{ precisions: number[]; recalls: number[]; cases: Case[] }>('operating-points.json');
const specs: OperatingPointSpec[] = [
  ...fixture.precisions.map((level) => ({ kind: 'recall_at_precision' as const, level })),
  ...fixture.recalls.map((level) => ({ kind: 'precision_at_recall' as const, level })),
];

function countsOf(score: Float64Array, truth: Int32Array): RankedCounts {
  return rankedCounts(rankScores(score, truth, 1), score);
}
function countsOfCase(c: Case) {
  return countsOf(Float64Array.from(c.score), Int32Array.from(c.y_true));
}

describe('operating points against scikit-learn precision_recall_curve', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const counts = countsOfCase(c);
    const expected = Object.values(c.operating_points);
    const result = operatingPoints(counts, specs, DEFAULT_INTERVAL_OPTIONS);
    specs.forEach((spec, i) => {
      const e = expected[i];
      const got = result[operatingPointName(spec)];
      const label = `${c.name} ${operatingPointName(spec)}`;
      expectClose(got.value, e.value, label);
      expect(got.threshold, `${label} threshold`).toBe(e.threshold);
      expectClose(got.precision, e.precision, `${label} precision`);
      expectClose(got.recall, e.recall, `${label} recall`);
      expect(got.ciMethod).toBe('bootstrap');
      expect(got.ci![0]).toBeLessThanOrEqual(got.ci![1]);
      if (e.threshold === null) expect(got.note).toMatch(/no threshold reaches precision/);
    });
  });

  it('names the metric as gates write it', () => {
    expect(operatingPointName({ kind: 'recall_at_precision', level: 0.9 })).toBe('recall_at_precision[0.9]');
    expect(operatingPointName({ kind: 'precision_at_recall', level: 0.8 })).toBe('precision_at_recall[0.8]');
  });

  it('is undefined without positive rows, and refuses levels outside (0, 1]', () => {
    const counts = countsOf(Float64Array.of(0.2, 0.4), Int32Array.of(0, 0));
    const result = operatingPoints(counts, [{ kind: 'recall_at_precision', level: 0.9 }], DEFAULT_INTERVAL_OPTIONS);
    expect(result['recall_at_precision[0.9]'].value).toBeNull();
    expect(result['recall_at_precision[0.9]'].note).toMatch(/no positive rows/);
    expect(() => operatingPoints(counts, [{ kind: 'precision_at_recall', level: 0 }], DEFAULT_INTERVAL_OPTIONS)).toThrow(RangeError);
    expect(() => operatingPoints(counts, [{ kind: 'precision_at_recall', level: 1.5 }], DEFAULT_INTERVAL_OPTIONS)).toThrow(RangeError);
  });

  it('finds the smallest positive count reaching a recall in floating point', () => {
    for (const m of [1, 3, 7, 10, 100, 1234]) {
      for (const r of [0.01, 0.1, 0.3, 0.57, 0.8, 0.9, 1]) {
        const k = positivesForRecall(m, r);
        expect(k / m >= r, `${k}/${m} ≥ ${r}`).toBe(true);
        if (k > 1) expect((k - 1) / m >= r, `${k - 1}/${m} < ${r}`).toBe(false);
      }
    }
  });
});

describe('threshold sweep against scikit-learn', () => {
  it.each(fixture.cases.filter((c) => c.sweep).map((c) => [c.name, c] as const))('%s', (_, c) => {
    const counts = countsOfCase(c);
    const sweep = thresholdSweep(counts, c.sweep_thresholds!);
    c.sweep!.forEach((e, i) => {
      for (const [key, value] of Object.entries(e)) {
        const got = sweep[i][key as keyof (typeof sweep)[number]];
        if (Array.isArray(value)) {
          expectClose((got as [number, number])[0], value[0], `${c.name} ${key} lower at ${e.threshold}`);
          expectClose((got as [number, number])[1], value[1], `${c.name} ${key} upper at ${e.threshold}`);
        } else expectClose(got as number | null, value as number | null, `${c.name} ${key} at ${e.threshold}`);
      }
    });
  });

  it('defaults to 0, 0.025, …, 1 for probabilities and to score quantiles otherwise', () => {
    const probabilities = fixture.cases.find((c) => c.name === 'continuous')!;
    expect(defaultSweepThresholds(countsOfCase(probabilities))).toEqual(Array.from({ length: 41 }, (_, k) => k / 40));
    const margins = fixture.cases.find((c) => c.name === 'margins')!;
    expect(defaultSweepThresholds(countsOfCase(margins))).toEqual(margins.sweep_thresholds);
  });
});

describe('operating points on the lazily resampled tree', () => {
  const random = createRandom(11);
  const datasets = Array.from({ length: 60 }, (_, trial) => {
    const rows = 1 + Math.floor(random.next() * 150);
    const levels = [1, 3, 10, 1000][trial % 4]; // from all-tied to all-distinct scores
    const score = new Float64Array(rows);
    const truth = new Int32Array(rows);
    for (let r = 0; r < rows; r++) {
      truth[r] = random.next() < 0.4 ? 1 : 0;
      score[r] = Math.floor((0.7 * truth[r] + random.next()) * levels) / levels;
    }
    return countsOf(score, truth);
  }).filter((c) => c.positives > 0);
  const levels = [0.3, 0.5, 2 / 3, 0.9, 1];

  it('gives the scan\'s answer on the observed counts (branch and bound prunes nothing it needs)', () => {
    for (const counts of datasets) {
      const tree = new ResampledRanking(counts, 1);
      tree.useObserved();
      for (const level of levels) {
        expect(recallAtPrecisionResampled(tree, level)).toEqual({ value: recallAtPrecision(counts, level).value, boundary: recallAtPrecision(counts, level).boundary });
        expect(precisionAtRecallResampled(tree, level)).toEqual({ value: precisionAtRecall(counts, level).value, boundary: precisionAtRecall(counts, level).boundary });
      }
    }
  });

  it('gives the scan\'s answer on every resample (the lazy walk sees the same resample as the whole tree)', () => {
    let compared = 0;
    for (const counts of datasets) {
      const tree = new ResampledRanking(counts, 2);
      const tp = new Float64Array(counts.groups + 1);
      const fp = new Float64Array(counts.groups + 1);
      for (let b = 0; b < 4; b++) {
        tree.useReplicate(b);
        tree.materialize(tp, fp);
        if (tree.positives === 0) continue;
        const whole = { ...counts, tp, fp, positives: tree.positives, negatives: tree.negatives };
        for (const level of levels) {
          tree.useReplicate(b + 100); // evict the memo: the walk must redraw the same splits
          tree.useReplicate(b);
          const a = recallAtPrecision(whole, level);
          expect(recallAtPrecisionResampled(tree, level)).toEqual({ value: a.value, boundary: a.boundary });
          const p = precisionAtRecall(whole, level);
          expect(precisionAtRecallResampled(tree, level)).toEqual({ value: p.value, boundary: p.boundary });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(800);
  });

  it('has the distribution of the plain row bootstrap (KS test, 3000 replicates each)', () => {
    const { yTrue, score } = binormal(createRandom(5), 400, 0.3, 1.4);
    const ranking = rankScores(score, yTrue, 1);
    const counts = rankedCounts(ranking, score);
    const B = 3000;
    const spec: OperatingPointSpec[] = [{ kind: 'recall_at_precision', level: 0.7 }, { kind: 'precision_at_recall', level: 0.5 }];
    const lazy = bootstrapOperatingPoints(counts, spec, { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: B, seed: 1 });
    // the plain bootstrap: row multiplicities, summed along the sort, then the scans
    const weights = new Uint8Array(score.length);
    const rowResampler = new RowResampler(score.length, 2);
    const plain = spec.map(() => new Float64Array(B));
    for (let b = 0; b < B; b++) {
      rowResampler.draw(b, weights);
      const resampled = weightedCounts(ranking, counts, weights);
      plain[0][b] = recallAtPrecision(resampled, 0.7).value;
      plain[1][b] = precisionAtRecall(resampled, 0.5).value;
    }
    for (let i = 0; i < spec.length; i++) {
      const test = ksTwoSample(lazy[i].values.slice().sort(), plain[i].slice().sort());
      expect(test.pValue, `${operatingPointName(spec[i])}: KS p`).toBeGreaterThan(0.001);
    }
  });

  it('draws the same replicate whatever else is asked (keyed streams)', () => {
    const { yTrue, score } = binormal(createRandom(6), 300, 0.4, 1);
    const counts = countsOf(score, yTrue);
    const alone = operatingPoints(counts, [{ kind: 'recall_at_precision', level: 0.8 }], DEFAULT_INTERVAL_OPTIONS);
    const withOthers = operatingPoints(counts, [{ kind: 'precision_at_recall', level: 0.3 }, { kind: 'recall_at_precision', level: 0.8 }], DEFAULT_INTERVAL_OPTIONS);
    expect(withOthers['recall_at_precision[0.8]']).toEqual(alone['recall_at_precision[0.8]']);
    const otherSeed = operatingPoints(counts, [{ kind: 'recall_at_precision', level: 0.8 }], { ...DEFAULT_INTERVAL_OPTIONS, seed: 9 });
    expect(otherSeed['recall_at_precision[0.8]'].ci).not.toEqual(alone['recall_at_precision[0.8]'].ci);
  });

  it('covers the binormal population value at the nominal rate', () => {
    // y ~ Bernoulli(0.3), score ~ N(1.5·y, 1): precision(t) = π·Φ̄(t − μ) / (π·Φ̄(t − μ) + (1 − π)·Φ̄(t)) rises
    // with t, so recall at precision p is Φ̄(t_p − μ) at the t_p where precision(t_p) = p, and
    // precision at recall r is precision(μ + Φ̄⁻¹(r)).
    const prevalence = 0.3;
    const shift = 1.5;
    const precisionAt = (t: number) => (prevalence * normalSf(t - shift)) / (prevalence * normalSf(t - shift) + (1 - prevalence) * normalSf(t));
    let lo = -10;
    let hi = 10;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (precisionAt(mid) < 0.8) lo = mid;
      else hi = mid;
    }
    const truthRecall = normalSf(lo - shift);
    const truthPrecision = precisionAt(shift + normalQuantile(1 - 0.6));
    const random = createRandom(21);
    const repetitions = 1000;
    let coveredRecall = 0;
    let coveredPrecision = 0;
    for (let i = 0; i < repetitions; i++) {
      const { yTrue, score } = binormal(random, 1000, prevalence, shift);
      const result = operatingPoints(countsOf(score, yTrue), [{ kind: 'recall_at_precision', level: 0.8 }, { kind: 'precision_at_recall', level: 0.6 }], { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 400, seed: i });
      const r = result['recall_at_precision[0.8]'].ci!;
      const p = result['precision_at_recall[0.6]'].ci!;
      if (r[0] <= truthRecall && truthRecall <= r[1]) coveredRecall++;
      if (p[0] <= truthPrecision && truthPrecision <= p[1]) coveredPrecision++;
    }
    expectNominal(coveredRecall / repetitions, 'recall_at_precision[0.8]');
    expectNominal(coveredPrecision / repetitions, 'precision_at_recall[0.6]');
  }, 120_000);
});

/** The counts of a resample given row multiplicities (the plain bootstrap, for comparison). */
function weightedCounts(ranking: ReturnType<typeof rankScores>, counts: RankedCounts, weights: Uint8Array): RankedCounts {
  const tp = new Float64Array(counts.groups + 1);
  const fp = new Float64Array(counts.groups + 1);
  let end = ranking.rows;
  for (let g = 1; g <= counts.groups; g++) {
    const ascending = counts.groups - g;
    const start = ascending === 0 ? 0 : ranking.groupEnds[ascending - 1];
    tp[g] = tp[g - 1];
    fp[g] = fp[g - 1];
    for (let i = start; i < end; i++) {
      if (ranking.positiveAt[i] === 1) tp[g] += weights[ranking.order[i]];
      else fp[g] += weights[ranking.order[i]];
    }
    end = start;
  }
  return { ...counts, tp, fp, positives: tp[counts.groups], negatives: fp[counts.groups] };
}
