/**
 * The KLL sketch's stated bound (rank-error-bound.ts) against the truth: the exact empirical CDF
 * of the same values, evaluated at every item of the sketch and just below it (where a step
 * function's supremum distance is attained). Inputs: random, and the orders that hurt sketches
 * (sorted, reversed, heavy ties, two alternating clusters, a zoom-in sequence whose values crowd
 * towards one point). k is kept small (32, 64) so that tens of thousands of values compact many
 * times; one case runs the profile default k = 1024 on 10⁶ values.
 */
import { describe, expect, it } from 'vitest';
import { KllSketch } from '../../src/sketch/kll.js';
import { rankErrorBound } from '../../src/sketch/rank-error-bound.js';
import { countAtOrBelow, countBelow } from '../../src/stats/binning.js';
import { createRandom } from '../../src/stats/rng.js';

/** sup_x |F̂(x) − F(x)| for the sketch of `values`. */
function observedError(sketch: KllSketch, values: Float64Array): number {
  const sorted = values.slice().sort();
  const n = sorted.length;
  const { values: items, cumulative } = sketch.cumulative;
  let worst = 0;
  for (let j = 0; j < items.length; j++) {
    const x = items[j];
    if (j + 1 < items.length && items[j + 1] === x) continue;
    worst = Math.max(worst, Math.abs(cumulative[j] - countAtOrBelow(sorted, x)) / n);
    const below = sketch.rankBelow(x);
    worst = Math.max(worst, Math.abs(below - countBelow(sorted, x)) / n);
  }
  return worst;
}

function sketchOf(values: Float64Array, k: number, chunk: number, seed = 1): KllSketch {
  const sketch = new KllSketch(k, seed);
  for (let i = 0; i < values.length; i += chunk) sketch.add(values.subarray(i, Math.min(values.length, i + chunk)));
  return sketch;
}

const random = createRandom(20240601);
const N = 50_000;
const INPUTS: Record<string, Float64Array> = {
  uniform: Float64Array.from({ length: N }, () => random.next()),
  sorted: Float64Array.from({ length: N }, (_, i) => i),
  reversed: Float64Array.from({ length: N }, (_, i) => N - i),
  'heavy ties': Float64Array.from({ length: N }, () => Math.floor(random.next() * 7)),
  'alternating clusters': Float64Array.from({ length: N }, (_, i) => (i % 2 === 0 ? 1e9 + i : -1e9 - i)),
  'zoom-in': Float64Array.from({ length: N }, (_, i) => (i % 2 === 0 ? 1 : -1) / (i + 1)),
  'one value': new Float64Array(N).fill(3.5),
};

describe('KLL sketch: observed rank error within the stated bound', () => {
  for (const [name, values] of Object.entries(INPUTS)) {
    for (const [k, chunk] of [[32, 1], [32, 1000], [64, 4096]] as const) {
      it(`${name}, k = ${k}, chunks of ${chunk}`, () => {
        const sketch = sketchOf(values, k, chunk);
        expect(sketch.n).toBe(values.length);
        expect(sketch.retained).toBeLessThanOrEqual(3 * k + 8 * sketch.levels.length);
        const bound = sketch.rankError();
        const observed = observedError(sketch, values);
        expect(observed).toBeLessThanOrEqual(bound);
        // The bound is not vacuous: it says something at this size.
        expect(bound).toBeLessThan(0.5);
      });
    }
  }

  it('k = 1024 on 10⁶ uniform values: ε ≈ 0.2%, observed well inside, ≤ 3,100 items', () => {
    const r = createRandom(7);
    const values = Float64Array.from({ length: 1_000_000 }, () => r.next() * 100 - 50);
    const sketch = sketchOf(values, 1024, 65536);
    const bound = sketch.rankError();
    expect(bound).toBeLessThan(0.0035);
    expect(observedError(sketch, values)).toBeLessThanOrEqual(bound);
    expect(sketch.retained).toBeLessThanOrEqual(3100);
  });

  it('is exact (ε = 0) while it has not compacted', () => {
    const values = Float64Array.from({ length: 500 }, () => random.next());
    const sketch = sketchOf(values, 1024, 100);
    expect(sketch.variance).toBe(0);
    expect(sketch.rankError()).toBe(0);
    expect(observedError(sketch, values)).toBe(0);
  });

  it('merged shards stay within the merged bound, and merge(a, b) equals merge(b, a)', () => {
    const values = INPUTS.uniform;
    const shards = [0, 1, 2, 3].map((s) => sketchOf(values.subarray(s * (N / 4), (s + 1) * (N / 4)), 32, 500, 100 + s));
    const ab = KllSketch.merge(shards[0], shards[1]);
    const ba = KllSketch.merge(shards[1], shards[0]);
    expect(ab.levels.map((l) => Array.from(l))).toEqual(ba.levels.map((l) => Array.from(l)));
    expect(ab.variance).toBe(ba.variance);
    const all = KllSketch.merge(KllSketch.merge(ab, shards[2]), shards[3]);
    expect(all.n).toBe(N);
    expect(observedError(all, values)).toBeLessThanOrEqual(all.rankError());
  });

  it('refuses to merge sketches of different k', () => {
    expect(() => KllSketch.merge(new KllSketch(32), new KllSketch(64))).toThrow(/k = 32 and k = 64/);
  });
});

describe('rankErrorBound', () => {
  it('is 0 without compactions, D/n with only deterministic error, and grows with the variance and the confidence', () => {
    expect(rankErrorBound(1000, 0, 0)).toBe(0);
    expect(rankErrorBound(1000, 0, 10)).toBe(0.01);
    const a = rankErrorBound(1e6, 1e6, 0, 1e-6);
    expect(rankErrorBound(1e6, 4e6, 0, 1e-6)).toBeGreaterThan(a);
    expect(rankErrorBound(1e6, 1e6, 0, 1e-9)).toBeGreaterThan(a);
    // √(2V ln(4m/δ)) with the grid's s: between the pure-t term at m = 2 and twice that at m = n.
    expect(a).toBeGreaterThan(Math.sqrt(2e6 * Math.log(8 / 1e-6)) / 1e6);
    expect(a).toBeLessThan((2 * Math.sqrt(2e6 * Math.log(4e6 / 1e-6))) / 1e6);
  });
});
