import { describe, expect, it } from 'vitest';
import { logFactorial, multinomialSampler, sampleBinomial, sampleMultinomial, samplePoisson } from '../../src/stats/discrete-sampling.js';
import { createRandom, type Random } from '../../src/stats/rng.js';
import { loadFixture } from './reference.js';

// Oracles (scripts/reference/metrics_sampling.py → test/fixtures/metrics/sampling.json):
// - the xoshiro128** reference C code transcribed to Python (bit-exact outputs);
// - scipy.stats.binom / poisson cell probabilities and scipy.stats.chi2.isf(1e-6, df) critical values:
//   a seeded goodness-of-fit test that only a sampler wrong in distribution fails.
interface GofCase { draws: number; cells: [number, number, number][]; critical: number; mean: number; variance: number }
const fixture = loadFixture<{
  rng: { seed: number; uint32: number[] }[];
  binomial: (GofCase & { n: number; p: number })[];
  poisson: (GofCase & { lambda: number })[];
}>('sampling.json');

function chiSquare(draw: () => number, c: GofCase): { statistic: number; mean: number; variance: number } {
  const observed = new Float64Array(c.cells.length);
  const uppers = c.cells.map(([, hi]) => hi);
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < c.draws; i++) {
    const x = draw();
    sum += x;
    squares += x * x;
    let lo = 0;
    let hi = uppers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x <= uppers[mid]) hi = mid;
      else lo = mid + 1;
    }
    observed[lo]++;
  }
  let statistic = 0;
  c.cells.forEach(([, , p], i) => {
    const expected = p * c.draws;
    statistic += (observed[i] - expected) ** 2 / expected;
  });
  const mean = sum / c.draws;
  return { statistic, mean, variance: squares / c.draws - mean * mean };
}

describe('xoshiro128** generator', () => {
  it.each(fixture.rng.map((r) => [r.seed, r] as const))('seed %d matches the reference outputs bit for bit', (_, r) => {
    const random = createRandom(r.seed);
    expect(Array.from({ length: r.uint32.length }, () => random.nextUint32())).toEqual(r.uint32);
  });

  it('gives doubles in [0, 1) from two outputs, and rejects a non-integer seed', () => {
    const bits = createRandom(42);
    const [a, b] = [bits.nextUint32(), bits.nextUint32()];
    expect(createRandom(42).next()).toBe(((a >>> 5) * 67108864 + (b >>> 6)) / 2 ** 53);
    const random = createRandom(9);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(() => createRandom(0.5)).toThrow(RangeError);
  });
});

describe('binomial sampler against scipy.stats.binom', () => {
  it.each(fixture.binomial.map((c) => [`n=${c.n}, p=${c.p}`, c] as const))('%s: chi-square goodness of fit', (_, c) => {
    const random = createRandom(c.n + Math.round(c.p * 1e6));
    const { statistic, mean, variance } = chiSquare(() => sampleBinomial(random, c.n, c.p), c);
    expect(statistic).toBeLessThan(c.critical);
    expect(Math.abs(mean - c.mean)).toBeLessThan(6 * Math.sqrt(c.variance / c.draws));
    // Relative sampling error of a variance: √(2/draws) for bell shapes, √(1/(σ²·draws)) for rare counts.
    expect(Math.abs(variance / c.variance - 1)).toBeLessThan(6 * Math.sqrt(2 / c.draws + 1 / (c.variance * c.draws)));
  });

  it('handles the edges of its domain', () => {
    const random = createRandom(1);
    expect(sampleBinomial(random, 0, 0.5)).toBe(0);
    expect(sampleBinomial(random, 10, 0)).toBe(0);
    expect(sampleBinomial(random, 10, 1)).toBe(10);
    expect(() => sampleBinomial(random, -1, 0.5)).toThrow(RangeError);
    expect(() => sampleBinomial(random, 2.5, 0.5)).toThrow(RangeError);
    expect(() => sampleBinomial(random, 5, 1.5)).toThrow(RangeError);
  });
});

describe('Poisson sampler against scipy.stats.poisson', () => {
  it.each(fixture.poisson.map((c) => [`λ=${c.lambda}`, c] as const))('%s: chi-square goodness of fit', (_, c) => {
    const random = createRandom(Math.round(c.lambda * 100));
    const { statistic, mean, variance } = chiSquare(() => samplePoisson(random, c.lambda), c);
    expect(statistic).toBeLessThan(c.critical);
    expect(Math.abs(mean - c.mean)).toBeLessThan(6 * Math.sqrt(c.variance / c.draws));
    // Relative sampling error of a variance: √(2/draws) for bell shapes, √(1/(σ²·draws)) for rare counts.
    expect(Math.abs(variance / c.variance - 1)).toBeLessThan(6 * Math.sqrt(2 / c.draws + 1 / (c.variance * c.draws)));
  });

  it('rejects a negative or infinite mean', () => {
    expect(samplePoisson(createRandom(1), 0)).toBe(0);
    expect(() => samplePoisson(createRandom(1), -1)).toThrow(RangeError);
    expect(() => samplePoisson(createRandom(1), Infinity)).toThrow(RangeError);
  });
});

describe('multinomial sampler', () => {
  it('keeps the total, and each cell is binomial with its share (chi-square on the cell margins)', () => {
    const weights = [1, 2, 3, 4, 0, 10];
    const draw = multinomialSampler(weights);
    const random = createRandom(11);
    const out = new Float64Array(weights.length);
    const n = 40;
    const draws = 50_000;
    const sums = new Float64Array(weights.length);
    const products = new Float64Array(weights.length); // E[X_0 X_j] for the covariance
    let wrongTotals = 0;
    let drawnFromZeroWeight = 0;
    for (let i = 0; i < draws; i++) {
      draw(random, n, out);
      let total = 0;
      for (let j = 0; j < out.length; j++) {
        total += out[j];
        sums[j] += out[j];
        products[j] += out[0] * out[j];
      }
      if (total !== n) wrongTotals++;
      drawnFromZeroWeight += out[4];
    }
    expect(wrongTotals).toBe(0);
    expect(drawnFromZeroWeight).toBe(0);
    const shares = weights.map((w) => w / 20);
    shares.forEach((p, j) => {
      if (p === 0) return;
      const mean = sums[j] / draws;
      expect(Math.abs(mean - n * p)).toBeLessThan(6 * Math.sqrt((n * p * (1 - p)) / draws));
    });
    // Cov(X_0, X_5) = −n p_0 p_5
    const covariance = products[5] / draws - (sums[0] / draws) * (sums[5] / draws);
    expect(covariance).toBeCloseTo(-n * shares[0] * shares[5], 1);
  });

  it('draws a million-row resample over 25 cells in constant time per draw', () => {
    const weights = Array.from({ length: 25 }, (_, i) => 1000 + i * 37_000);
    const random = createRandom(3);
    const start = performance.now();
    const out = new Float64Array(25);
    const draw = multinomialSampler(weights);
    for (let i = 0; i < 2000; i++) draw(random, 1_000_000, out);
    expect(performance.now() - start).toBeLessThan(1000); // O(n) per draw would take minutes
    expect(sampleMultinomial(random, 7, [0, 5, 0])).toEqual(Float64Array.from([0, 7, 0]));
    expect(() => multinomialSampler([0, 0])).toThrow(RangeError);
  });
});

describe('log-factorial', () => {
  it('is exact in the table and continuous into Stirling’s series', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 12);
    let direct = 0;
    for (let k = 1; k <= 300; k++) direct += Math.log(k);
    expect(Math.abs(logFactorial(300) - direct) / direct).toBeLessThan(1e-13);
    expect(Math.abs(logFactorial(256) - (logFactorial(255) + Math.log(256)))).toBeLessThan(1e-11);
  });
});

// Silence "unused" for the Random type import in some TS configs.
export type { Random };
