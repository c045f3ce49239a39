import { describe, expect, it } from 'vitest';
import { precisionAtRecall, precisionAtRecallResampled, recallAtPrecision, recallAtPrecisionResampled } from '../../src/metrics/operating-points.js';
import { precisionAtRecallStep, precisionAtRecallStepResampled, tprAt, tprAtResampled } from '../../src/metrics/curves.js';
import { ksTwoSample } from '../../src/stats/ks-two-sample.js';
import { PairedResample, defaultZones } from '../../src/stats/paired-resample.js';
import { rankedCounts, type RankedCounts } from '../../src/stats/ranked-counts.js';
import { rankScores, type Ranking } from '../../src/stats/ranking.js';
import type { GroupHit } from '../../src/stats/resampled-ranking.js';
import { createRandom } from '../../src/stats/rng.js';
import { RowResampler } from './plain-bootstrap.js';
import { gaussian } from './simulation.js';

// The joint lazy resample of two rankings must (1) be one resample of the rows that both models
// see, (2) give the lazy searches the answers of a scan of the whole resample, (3) have the
// distribution of the plain row bootstrap (test/metrics/plain-bootstrap.ts).
function pair(seed: number, rows: number, levels: number) {
  const random = createRandom(seed);
  const yTrue = new Int32Array(rows);
  const a = new Float64Array(rows);
  const b = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const y = random.next() < 0.4 ? 1 : 0;
    const common = gaussian(random);
    yTrue[r] = y;
    a[r] = Math.round((y + common + 0.7 * gaussian(random)) * levels) / levels;
    b[r] = Math.round((1.4 * y + common + 0.7 * gaussian(random)) * levels) / levels;
  }
  const rankingA = rankScores(a, yTrue, 1);
  const rankingB = rankScores(b, yTrue, 1);
  return { yTrue, a, b, rankingA, rankingB, countsA: rankedCounts(rankingA, a), countsB: rankedCounts(rankingB, b) };
}
const hit = (): GroupHit => ({ boundary: 0, tpBefore: 0, fpBefore: 0, groupPositives: 0, groupNegatives: 0 });

/** Cumulative counts of a ranking under row weights indexed by `weightOf(sorted position)`. */
function weighted(ranking: Ranking, counts: RankedCounts, weightOf: (position: number) => number): RankedCounts {
  const tp = new Float64Array(counts.groups + 1);
  const fp = new Float64Array(counts.groups + 1);
  let end = ranking.rows;
  for (let g = 1; g <= counts.groups; g++) {
    const ascending = counts.groups - g;
    const start = ascending === 0 ? 0 : ranking.groupEnds[ascending - 1];
    tp[g] = tp[g - 1];
    fp[g] = fp[g - 1];
    for (let i = start; i < end; i++) {
      if (ranking.positiveAt[i] === 1) tp[g] += weightOf(i);
      else fp[g] += weightOf(i);
    }
    end = start;
  }
  return { ...counts, tp, fp, positives: tp[counts.groups], negatives: fp[counts.groups] };
}

describe('joint lazy resample of two rankings', () => {
  it.each([
    ['distinct scores, 8 zones', 3000, 1e6, 8],
    ['ties, 64 zones', 2000, 20, 64],
    ['few groups (fewer groups than zones)', 500, 2, 64],
  ] as const)('is one resample of the rows for both models: %s', (_, rows, levels, zones) => {
    const p = pair(7, rows, levels);
    const resample = new PairedResample(p.rankingA, p.rankingB, p.countsA, p.countsB, 5, zones);
    for (let b = 0; b < 5; b++) {
      resample.useReplicate(b);
      const whole = (tree: typeof resample.champion, counts: RankedCounts) => {
        const tp = new Float64Array(counts.groups + 1);
        const fp = new Float64Array(counts.groups + 1);
        tree.materialize(tp, fp); // opens every zone: every row's multiplicity is drawn
        return { tp, fp };
      };
      const a = whole(resample.champion, p.countsA);
      const c = whole(resample.challenger, p.countsB);
      // (a zone of one group is never opened by a walk: its count is the zones' total) — open all
      for (let z = 0; z < resample.champion.zones; z++) resample.openZone(0, z);
      for (let z = 0; z < resample.challenger.zones; z++) resample.openZone(1, z);
      const w = resample.weights;
      expect(w.reduce((s, x) => s + x, 0)).toBe(rows);
      const directA = weighted(p.rankingA, p.countsA, (i) => w[i]);
      const directB = weighted(p.rankingB, p.countsB, (q) => w[resample.throughChampion[q]]);
      expect(a.tp).toEqual(directA.tp);
      expect(a.fp).toEqual(directA.fp);
      expect(c.tp).toEqual(directB.tp);
      expect(c.fp).toEqual(directB.fp);
      expect(resample.champion.positives).toBe(directA.positives);
      expect(resample.challenger.positives).toBe(directA.positives);
    }
  });

  it('gives the lazy searches the answers of a scan of the whole resample (same replicate, any order)', () => {
    const p = pair(8, 1500, 50);
    const resample = new PairedResample(p.rankingA, p.rankingB, p.countsA, p.countsB, 6, 16);
    const h = hit();
    let compared = 0;
    for (let b = 0; b < 20; b++) {
      resample.useReplicate(b);
      // lazily: challenger first, then the champion
      const lazy = [resample.challenger, resample.champion].map((tree) => [
        recallAtPrecisionResampled(tree, 0.7, h),
        precisionAtRecallResampled(tree, 0.5, h),
        tprAtResampled(tree, 0.1, h),
        precisionAtRecallStepResampled(tree, 0.3, h),
      ]);
      // then everything drawn, and the scans
      resample.useReplicate(b);
      const trees = [
        [resample.challenger, p.countsB],
        [resample.champion, p.countsA],
      ] as const;
      trees.forEach(([tree, counts], t) => {
        const tp = new Float64Array(counts.groups + 1);
        const fp = new Float64Array(counts.groups + 1);
        tree.materialize(tp, fp);
        const whole = { ...counts, tp, fp, positives: tree.positives, negatives: tree.negatives };
        const r = recallAtPrecision(whole, 0.7);
        const q = precisionAtRecall(whole, 0.5);
        expect(lazy[t][0]).toEqual({ value: r.value, boundary: r.boundary });
        expect(lazy[t][1]).toEqual({ value: q.value, boundary: q.boundary });
        expect(lazy[t][2]).toBe(tprAt(whole, 0.1));
        expect(lazy[t][3]).toEqual(precisionAtRecallStep(whole, 0.3));
        compared++;
      });
    }
    expect(compared).toBe(40);
  });

  it('has the distribution of the plain row bootstrap for a paired difference (KS, 3000 replicates each)', () => {
    const p = pair(9, 800, 1e6);
    const B = 3000;
    const resample = new PairedResample(p.rankingA, p.rankingB, p.countsA, p.countsB, 1);
    const h = hit();
    const lazy = new Float64Array(B);
    for (let b = 0; b < B; b++) {
      resample.useReplicate(b);
      lazy[b] = recallAtPrecisionResampled(resample.challenger, 0.75, h).value - recallAtPrecisionResampled(resample.champion, 0.75, h).value;
    }
    // plain: row multiplicities by row id, summed along each model's own sort
    const plain = new Float64Array(B);
    const rows = p.yTrue.length;
    const weights = new Uint8Array(rows);
    const resampler = new RowResampler(rows, 2);
    for (let b = 0; b < B; b++) {
      resampler.draw(b, weights);
      const a = weighted(p.rankingA, p.countsA, (i) => weights[p.rankingA.order[i]]);
      const c = weighted(p.rankingB, p.countsB, (i) => weights[p.rankingB.order[i]]);
      plain[b] = recallAtPrecision(c, 0.75).value - recallAtPrecision(a, 0.75).value;
    }
    const test = ksTwoSample(lazy.slice().sort(), plain.slice().sort());
    expect(test.pValue, `KS p (D = ${test.statistic})`).toBeGreaterThan(0.001);
  });

  it('balances cells against zone rows', () => {
    expect([500, 10_000, 1_000_000, 10_000_000, 1e9].map(defaultZones)).toEqual([4, 16, 64, 128, 256]);
  });

  it('refuses rankings of different rows', () => {
    const p = pair(10, 100, 10);
    const q = pair(11, 120, 10);
    expect(() => new PairedResample(p.rankingA, q.rankingB, p.countsA, q.countsB, 1)).toThrow(RangeError);
    expect(() => new PairedResample(p.rankingA, p.rankingB, p.countsA, p.countsB, 1, 48)).toThrow(/power of 2/);
    expect(() => new PairedResample(p.rankingA, p.rankingB, p.countsA, p.countsB, 1).champion.useReplicate()).toThrow(/internal/);
  });
});
