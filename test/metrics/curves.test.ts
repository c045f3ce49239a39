import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FPR_GRID,
  DEFAULT_RECALL_GRID,
  precisionAtRecallStep,
  precisionAtRecallStepResampled,
  precisionRecallCurve,
  rocCurve,
  tprAt,
  tprAtResampled,
} from '../../src/metrics/curves.js';
import { DEFAULT_INTERVAL_OPTIONS } from '../../src/metrics/types.js';
import { normalQuantile, normalSf } from '../../src/stats/normal.js';
import { rankedCounts, type RankedCounts } from '../../src/stats/ranked-counts.js';
import { rankScores } from '../../src/stats/ranking.js';
import { ResampledRanking, type GroupHit } from '../../src/stats/resampled-ranking.js';
import { createRandom } from '../../src/stats/rng.js';
import { expectClose, loadFixture } from './reference.js';
import { binormal, expectNominal } from './simulation.js';

// Oracle: numpy.interp on scikit-learn 1.2.1 roc_curve(drop_intermediate=False), and the step
// precision-recall curve read off precision_recall_curve (scripts/reference/operating_points.py →
// test/fixtures/metrics/operating-points.json). 1e-12 relative; thresholds exactly.
interface Case { name: string; y_true: number[]; score: number[]; curves?: { roc: number[]; pr: number[]; pr_thresholds: number[] } }
const fixture = loadFixture<{ fpr_grid: number[]; recall_grid: number[]; cases: Case[] }>('operating-points.json');
const withCurves = fixture.cases.filter((c) => c.curves !== undefined);
const hit = (): GroupHit => ({ boundary: 0, tpBefore: 0, fpBefore: 0, groupPositives: 0, groupNegatives: 0 });

function countsOf(score: Float64Array, truth: Int32Array): RankedCounts {
  return rankedCounts(rankScores(score, truth, 1), score);
}

describe('sampled curves against scikit-learn', () => {
  it('samples the grids the reference used', () => {
    expect([...DEFAULT_FPR_GRID]).toEqual(fixture.fpr_grid);
    expect([...DEFAULT_RECALL_GRID]).toEqual(fixture.recall_grid);
  });

  it.each(withCurves.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const counts = countsOf(Float64Array.from(c.score), Int32Array.from(c.y_true));
    const roc = rocCurve(counts, DEFAULT_INTERVAL_OPTIONS);
    const pr = precisionRecallCurve(counts, DEFAULT_INTERVAL_OPTIONS);
    roc.y.forEach((y, i) => expectClose(y, c.curves!.roc[i], `${c.name} TPR at FPR ${roc.x[i]}`));
    pr.y.forEach((y, i) => expectClose(y, c.curves!.pr[i], `${c.name} precision at recall ${pr.x[i]}`));
    expect(pr.thresholds).toEqual(c.curves!.pr_thresholds);
    for (const curve of [roc, pr]) {
      expect(curve.ciMethod).toBe('bootstrap');
      curve.lower!.forEach((lo, i) => expect(lo!, `${c.name} band at ${curve.x[i]}`).toBeLessThanOrEqual(curve.upper![i]!));
    }
    expect(roc.y[roc.y.length - 1]).toBe(1);
    expect(roc.lower![roc.y.length - 1]).toBe(1);
  });

  it('says why a curve is undefined', () => {
    const counts = countsOf(Float64Array.of(0.1, 0.7), Int32Array.of(1, 1));
    expect(rocCurve(counts, DEFAULT_INTERVAL_OPTIONS).note).toMatch(/no negative rows/);
    expect(rocCurve(counts, DEFAULT_INTERVAL_OPTIONS).y.every((y) => y === null)).toBe(true);
    expect(precisionRecallCurve(counts, DEFAULT_INTERVAL_OPTIONS).y).toEqual(DEFAULT_RECALL_GRID.map(() => 1));
    expect(() => rocCurve(counts, DEFAULT_INTERVAL_OPTIONS, [0.5, 1.2])).toThrow(RangeError);
  });

  it('reads the observed curve the same way on the tree and on the resampled tree as on its whole resample', () => {
    const random = createRandom(13);
    const grid = [0, 0.01, 0.05, 0.1, 0.2, 1 / 3, 0.5, 0.57, 0.8, 0.99, 1];
    let compared = 0;
    for (let trial = 0; trial < 40; trial++) {
      const rows = 2 + Math.floor(random.next() * 120);
      const levels = [2, 5, 1000][trial % 3];
      const score = new Float64Array(rows);
      const truth = new Int32Array(rows);
      for (let r = 0; r < rows; r++) {
        truth[r] = r < 1 ? 1 : r < 2 ? 0 : random.next() < 0.5 ? 1 : 0;
        score[r] = Math.floor((0.6 * truth[r] + random.next()) * levels) / levels;
      }
      const counts = countsOf(score, truth);
      const tree = new ResampledRanking(counts, 3);
      tree.useObserved();
      const h = hit();
      for (const x of grid) {
        expect(tprAtResampled(tree, x, h)).toBe(tprAt(counts, x));
        expect(precisionAtRecallStepResampled(tree, x, h)).toEqual(precisionAtRecallStep(counts, x));
      }
      const tp = new Float64Array(counts.groups + 1);
      const fp = new Float64Array(counts.groups + 1);
      for (let b = 0; b < 3; b++) {
        tree.useReplicate(b);
        tree.materialize(tp, fp);
        if (tree.positives === 0 || tree.negatives === 0) continue;
        const whole = { ...counts, tp, fp, positives: tree.positives, negatives: tree.negatives };
        tree.useReplicate(b + 50);
        tree.useReplicate(b);
        for (const x of grid) {
          expect(tprAtResampled(tree, x, h)).toBe(tprAt(whole, x));
          expect(precisionAtRecallStepResampled(tree, x, h)).toEqual(precisionAtRecallStep(whole, x));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('covers the binormal curve pointwise at the nominal rate', () => {
    // score ~ N(1.2·y, 1), prevalence 0.4: TPR at FPR x is Φ̄(Φ̄⁻¹(x) − μ); precision rises with the
    // threshold, so the step curve at recall r is precision(μ + Φ̄⁻¹(r)).
    const shift = 1.2;
    const prevalence = 0.4;
    const x = 0.1;
    const r = 0.6;
    const truthTpr = normalSf(normalQuantile(1 - x) - shift);
    const t = shift + normalQuantile(1 - r);
    const truthPrecision = (prevalence * normalSf(t - shift)) / (prevalence * normalSf(t - shift) + (1 - prevalence) * normalSf(t));
    const random = createRandom(31);
    const repetitions = 1000;
    let coveredTpr = 0;
    let coveredPrecision = 0;
    for (let i = 0; i < repetitions; i++) {
      const { yTrue, score } = binormal(random, 800, prevalence, shift);
      const counts = countsOf(score, yTrue);
      const options = { ...DEFAULT_INTERVAL_OPTIONS, bootstrapSamples: 400, seed: i };
      const roc = rocCurve(counts, options, [x]);
      const pr = precisionRecallCurve(counts, options, [r]);
      if (roc.lower![0]! <= truthTpr && truthTpr <= roc.upper![0]!) coveredTpr++;
      if (pr.lower![0]! <= truthPrecision && truthPrecision <= pr.upper![0]!) coveredPrecision++;
    }
    expectNominal(coveredTpr / repetitions, `TPR at FPR ${x}`);
    expectNominal(coveredPrecision / repetitions, `precision at recall ${r}`);
  }, 120_000);
});
