import { describe, expect, it } from 'vitest';
import { chiSquareSf } from '../../src/stats/chi-square-distribution.js';
import { KeyedRandom } from '../../src/stats/keyed-random.js';
import { logFactorial } from '../../src/stats/discrete-sampling.js';
import { RowResampler } from './plain-bootstrap.js';

// Chi-square tests of uniformity at α = 1e-6 (seeded, so deterministic; a generator that is wrong
// in distribution fails them by a wide margin). Upper tail from src/stats/chi-square-distribution.ts
// (checked against scipy.stats.chi2 in test/stats).
function chiSquareP(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  const statistic = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
  return chiSquareSf(statistic, counts.length - 1);
}

describe('keyed random streams', () => {
  it('restarts a key\'s stream exactly, whatever was drawn before', () => {
    const r = new KeyedRandom(7);
    r.reset(3, 5);
    const first = [r.next(), r.next(), r.nextUint32()];
    r.reset(9, 1);
    r.next();
    r.reset(3, 5);
    expect([r.next(), r.next(), r.nextUint32()]).toEqual(first);
    const other = new KeyedRandom(7);
    other.reset(3, 5);
    expect(other.next()).toBe(first[0]);
  });

  it('gives different streams to different keys and seeds', () => {
    const r = new KeyedRandom(7);
    const firsts = new Set<number>();
    for (let a = 0; a < 30; a++) {
      for (let b = 0; b < 30; b++) {
        r.reset(a, b);
        firsts.add(r.nextUint32());
      }
    }
    expect(firsts.size).toBe(900);
    const s = new KeyedRandom(8);
    s.reset(0, 0);
    r.reset(0, 0);
    expect(s.nextUint32()).not.toBe(r.nextUint32());
    expect(() => new KeyedRandom(0.5)).toThrow(RangeError);
  });

  it('is uniform over neighbouring keys, and neighbours are independent', () => {
    const r = new KeyedRandom(1);
    const bins = 64;
    for (const vary of ['a', 'b'] as const) {
      const single = new Array(bins).fill(0);
      const pairs = new Array(16 * 16).fill(0);
      let previous = -1;
      for (let i = 0; i < 200_000; i++) {
        if (vary === 'a') r.reset(i, 17);
        else r.reset(17, i);
        const u = r.next();
        single[Math.floor(u * bins)]++;
        if (previous >= 0) pairs[Math.floor(previous * 16) * 16 + Math.floor(u * 16)]++;
        previous = u;
      }
      expect(chiSquareP(single), `first draws over consecutive ${vary}`).toBeGreaterThan(1e-6);
      expect(chiSquareP(pairs), `pairs of consecutive ${vary}`).toBeGreaterThan(1e-6);
    }
    // within one stream
    r.reset(5, 5);
    const within = new Array(bins).fill(0);
    for (let i = 0; i < 200_000; i++) within[Math.floor(r.next() * bins)]++;
    expect(chiSquareP(within)).toBeGreaterThan(1e-6);
  });
});

describe('row resample multiplicities', () => {
  it('draws N rows: the counts sum to N, every row is picked uniformly, and a row\'s count is Binomial(N, 1/N)', () => {
    const rows = 3000; // three blocks, the last one short
    const resampler = new RowResampler(rows, 3);
    const out = new Uint8Array(rows);
    const totals = new Array(30).fill(0); // rows pooled in 30 groups of 100
    const multiplicity = new Array(5).fill(0); // 0, 1, 2, 3, ≥ 4
    const B = 2000;
    for (let b = 0; b < B; b++) {
      resampler.draw(b, out);
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        sum += out[i];
        totals[Math.floor(i / 100)] += out[i];
        multiplicity[Math.min(4, out[i])]++;
      }
      expect(sum).toBe(rows);
    }
    expect(chiSquareP(totals), 'uniform over rows').toBeGreaterThan(1e-6);
    // Binomial(N, 1/N) probabilities of 0 … 3 and the rest
    const pmf = [0, 1, 2, 3].map((k) => Math.exp(logFactorial(rows) - logFactorial(k) - logFactorial(rows - k) - k * Math.log(rows) + (rows - k) * Math.log1p(-1 / rows)));
    const probabilities = [...pmf, 1 - pmf.reduce((a, c) => a + c, 0)];
    const expected = probabilities.map((p) => p * rows * B);
    const statistic = multiplicity.reduce((s, c, k) => s + (c - expected[k]) ** 2 / expected[k], 0);
    expect(chiSquareSf(statistic, 4), 'multiplicities').toBeGreaterThan(1e-6);
  });

  it('draws the same resample for a replicate whenever it is asked, and another for the next', () => {
    const resampler = new RowResampler(2500, 9);
    const a = Uint8Array.from(resampler.draw(4, new Uint8Array(2500)));
    resampler.draw(5, new Uint8Array(2500));
    expect(resampler.draw(4, new Uint8Array(2500))).toEqual(a);
    expect(resampler.draw(5, new Uint8Array(2500))).not.toEqual(a);
    expect(() => new RowResampler(0, 1)).toThrow(RangeError);
  });
});
