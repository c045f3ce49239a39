import { describe, expect, it } from 'vitest';
import { aucFromRanking, aucPlacements, delongCovariance, delongInterval, delongVariance, pairedDelong } from '../../src/stats/delong.js';
import { rankScores } from '../../src/stats/ranking.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: a direct O(m·n) implementation of DeLong, DeLong & Clarke-Pearson (1988) structural
// components in scripts/reference/metrics.py (→ test/fixtures/metrics/delong.json), scipy.stats.norm
// for z and p; scikit-learn roc_auc_score for the AUC. Tolerance 1e-12 relative.
interface Case {
  name: string; confidence: number; is_positive: number[]; score_a: number[]; score_b: number[];
  auc_a: number; auc_b: number; sklearn_auc_a: number; variance_a: number; variance_b: number; covariance: number;
  ci_a: [number, number]; difference: number; variance_difference: number; z: number; p_value: number; ci_difference: [number, number];
}
const { cases } = loadFixture<{ cases: Case[] }>('delong.json');

describe('fast DeLong against the direct O(m·n) definition', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const truth = Int32Array.from(c.is_positive);
    const a = Float64Array.from(c.score_a);
    const b = Float64Array.from(c.score_b);
    const pa = aucPlacements(a, truth, 1);
    const pb = aucPlacements(b, truth, 1);
    expectClose(pa.auc, c.auc_a, 'auc A');
    expectClose(pa.auc, c.sklearn_auc_a, 'auc A vs scikit-learn');
    expectClose(pb.auc, c.auc_b, 'auc B');
    expectClose(delongVariance(pa, truth, 1), c.variance_a, 'variance A');
    expectClose(delongVariance(pb, truth, 1), c.variance_b, 'variance B');
    expectClose(delongCovariance(pa, pb, truth, 1), c.covariance, 'covariance');
    const grouped = aucFromRanking(rankScores(a, truth, 1)); // the one-model path: sums over tie groups
    expectClose(grouped.auc, c.auc_a, 'auc A from tie groups');
    expectClose(grouped.variance, c.variance_a, 'variance A from tie groups');
    const ci = delongInterval(pa.auc, delongVariance(pa, truth, 1)!, c.confidence);
    expectClose(ci[0], c.ci_a[0], 'ci lower');
    expectClose(ci[1], c.ci_a[1], 'ci upper');
    const paired = pairedDelong(a, b, truth, 1, c.confidence)!;
    expectClose(paired.difference, c.difference, 'difference');
    expectClose(paired.variance, c.variance_difference, 'variance of the difference');
    expectClose(paired.z, c.z, 'z');
    expectClose(paired.pValue, c.p_value, 'p-value');
    expectClose(paired.ci[0], c.ci_difference[0], 'difference ci lower');
    expectClose(paired.ci[1], c.ci_difference[1], 'difference ci upper');
  });

  it('treats any code other than the positive one as negative', () => {
    const truth = Int32Array.from([2, 0, 2, 1, 0]);
    const scores = Float64Array.from([0.9, 0.1, 0.4, 0.5, 0.4]);
    // positives (code 2): 0.9, 0.4; negatives: 0.1, 0.5, 0.4 → pairs won: 3 + (1 + 0.5) = 4.5 of 6
    expect(aucPlacements(scores, truth, 2).auc).toBe(0.75);
  });

  it('gives no variance below 2 rows of a class, and p = 1 for identical scores', () => {
    const truth = Int32Array.from([1, 0, 0, 0]);
    const scores = Float64Array.from([0.9, 0.1, 0.4, 0.5]);
    expect(delongVariance(aucPlacements(scores, truth, 1), truth, 1)).toBeNull();
    const t = Int32Array.from([1, 1, 0, 0, 1, 0]);
    const s = Float64Array.from([0.9, 0.3, 0.4, 0.1, 0.6, 0.7]);
    const same = pairedDelong(s, s, t, 1, 0.95)!;
    expect(same.difference).toBe(0);
    expect(same.pValue).toBe(1);
    expect(same.ci).toEqual([0, 0]);
  });
});
