import { describe, expect, it } from 'vitest';
import { precisionRecallCurve, rocCurve } from '../../src/metrics/curves.js';
import { operatingPoints } from '../../src/metrics/operating-points.js';
import { pairedRankingComparison } from '../../src/metrics/paired-ranking-bootstrap.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { normalSf } from '../../src/stats/normal.js';
import { rankedCounts } from '../../src/stats/ranked-counts.js';
import { rankScores } from '../../src/stats/ranking.js';
import { createRandom, type Random } from '../../src/stats/rng.js';
import { expectNominal, gaussian } from './simulation.js';

/** Two correlated binormal models on the same rows: score = shift·y + shared noise + own noise. */
function twoModels(random: Random, rows: number, prevalence: number, shiftA: number, shiftB: number, shared = 0.8, own = 0.6) {
  const yTrue = new Int32Array(rows);
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const y = random.next() < prevalence ? 1 : 0;
    const common = shared * gaussian(random);
    yTrue[r] = y;
    a[r] = shiftA * y + common + own * gaussian(random);
    b[r] = shiftB * y + common + own * gaussian(random);
  }
  return { yTrue, a, b };
}

describe('paired operating points and curves', () => {
  const { yTrue, a, b } = twoModels(createRandom(1), 600, 0.35, 1.0, 1.5);
  const counts = (s: Float64Array) => rankedCounts(rankScores(s, yTrue, 1), s);
  const specs = [{ kind: 'recall_at_precision' as const, level: 0.8 }, { kind: 'precision_at_recall' as const, level: 0.5 }];

  it('gives each model the values and thresholds of the one-model functions', () => {
    const result = pairedRankingComparison({ yTrue, positive: 1, champion: a, challenger: b }, { operatingPoints: specs }, DEFAULT_INTERVAL_OPTIONS);
    const pointOnly = { ...DEFAULT_INTERVAL_OPTIONS, intervals: false };
    for (const [name, model, side] of [['champion', a, 'champion'], ['challenger', b, 'challenger']] as const) {
      const single = operatingPoints(counts(model), specs, pointOnly);
      for (const key of Object.keys(single)) {
        expect(result.operatingPoints[key][side], `${name} ${key}`).toBe(single[key].value);
        expect(result.operatingPoints[key][`${side}Threshold`], `${name} ${key} threshold`).toBe(single[key].threshold);
      }
      expect(result.roc![side].y).toEqual(rocCurve(counts(model), pointOnly).y);
      expect(result.precisionRecall![side].y).toEqual(precisionRecallCurve(counts(model), pointOnly).y);
    }
    const point = result.operatingPoints['recall_at_precision[0.8]'];
    expect(point.delta).toBe(point.challenger! - point.champion!);
    expect(point.test).toBe('bootstrap');
    expect(point.ci![0]).toBeLessThanOrEqual(point.ci![1]);
    expect(result.roc!.delta.y[10]).toBe(result.roc!.challenger.y[10]! - result.roc!.champion.y[10]!);
  });

  it('gives each model about the band of the one-model tree bootstrap (same distribution, other draws)', () => {
    const options = { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 2000 };
    const paired = pairedRankingComparison({ yTrue, positive: 1, champion: a, challenger: b }, {}, options);
    const single = rocCurve(counts(a), options);
    for (let i = 1; i < single.x.length - 1; i++) {
      // the Monte Carlo error of a 2.5% quantile of 2000 replicates is well under 0.02 here
      expect(Math.abs(paired.roc!.champion.lower![i]! - single.lower![i]!), `lower at FPR ${single.x[i]}`).toBeLessThan(0.02);
      expect(Math.abs(paired.roc!.champion.upper![i]! - single.upper![i]!), `upper at FPR ${single.x[i]}`).toBeLessThan(0.02);
    }
  });

  it('gives identical models a zero delta, a [0, 0] interval and p = 1', () => {
    const result = pairedRankingComparison({ yTrue, positive: 1, champion: a, challenger: a }, { operatingPoints: specs }, { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 200 });
    for (const point of Object.values(result.operatingPoints)) {
      expect(point.delta).toBe(0);
      expect(point.ci).toEqual([0, 0]);
      expect(point.pValue).toBe(1);
    }
    expect(result.roc!.delta.lower!.every((v) => v === 0)).toBe(true);
  });

  it('is undefined without positive rows and leaves out curves asked as null', () => {
    const none = new Int32Array(yTrue.length);
    const result = pairedRankingComparison({ yTrue: none, positive: 1, champion: a, challenger: b }, { operatingPoints: specs, precisionRecallGrid: null }, DEFAULT_INTERVAL_OPTIONS);
    expect(result.operatingPoints['recall_at_precision[0.8]'].delta).toBeNull();
    expect(result.roc!.note).toMatch(/no positive rows/);
    expect(result.precisionRecall).toBeNull();
    expect(() => pairedRankingComparison({ yTrue, positive: 1, champion: a, challenger: b.subarray(1) }, {}, DEFAULT_INTERVAL_OPTIONS)).toThrow(RangeError);
  });

  it('covers the population difference of recall at precision 0.8 at the nominal rate', () => {
    // Each model's score given y is N(shift·y, shared² + own²): recall at precision p is Φ̄((t_p − shift)/σ)
    // at the t_p where π·Φ̄((t − shift)/σ) / (π·Φ̄((t − shift)/σ) + (1 − π)·Φ̄(t/σ)) = p.
    const prevalence = 0.35;
    const sigma = Math.hypot(0.8, 0.6);
    const recallAt = (shift: number, p: number) => {
      const precision = (t: number) => (prevalence * normalSf((t - shift) / sigma)) / (prevalence * normalSf((t - shift) / sigma) + (1 - prevalence) * normalSf(t / sigma));
      let lo = -20;
      let hi = 20;
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (precision(mid) < p) lo = mid;
        else hi = mid;
      }
      return normalSf((lo - shift) / sigma);
    };
    const truth = recallAt(1.5, 0.8) - recallAt(1.0, 0.8);
    const random = createRandom(41);
    const repetitions = 1000;
    let covered = 0;
    for (let i = 0; i < repetitions; i++) {
      const data = twoModels(random, 500, prevalence, 1.0, 1.5);
      const result = pairedRankingComparison(
        { yTrue: data.yTrue, positive: 1, champion: data.a, challenger: data.b },
        { operatingPoints: [{ kind: 'recall_at_precision', level: 0.8 }], rocGrid: null, precisionRecallGrid: null },
        { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 300, seed: i },
      );
      const ci = result.operatingPoints['recall_at_precision[0.8]'].ci!;
      if (ci[0] <= truth && truth <= ci[1]) covered++;
    }
    expectNominal(covered / repetitions, 'paired recall_at_precision[0.8] delta');
  }, 180_000);
});
