import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/stats/rng.js';
import { radixSort, sortFinite } from '../../src/stats/sort-finite.js';

// Oracle: Float64Array.prototype.sort on the finite values (same order, −0 before +0).
function expected(values: Float64Array): Float64Array {
  return values.filter((v) => Number.isFinite(v)).sort();
}

function same(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

const random = createRandom(99);
const generators: [string, (i: number) => number][] = [
  ['continuous with negatives', () => (random.next() - 0.4) * 1e3],
  ['rounded to 4 decimals', () => Math.round((random.next() - 0.3) * 1e4 * 1e4) / 1e4],
  ['small integers', () => Math.floor(random.next() * 10)],
  ['two decimals', () => Math.round((random.next() - 0.5) * 1e6) / 100],
  ['four decimals, wide', () => Math.round((random.next() - 0.3) * 1e3 * 1e4) / 1e4],
  ['six decimals, one value with seven', (i) => (i === 4000 ? 0.1234567 : Math.round(random.next() * 1e6) / 1e6)],
  ['decimals beyond 32 bits', () => Math.round((random.next() - 0.5) * 1e12) / 1e3],
  ['integers over a wide range', () => Math.floor((random.next() - 0.5) * 1e12)],
  ['tiny and huge magnitudes', () => (random.next() - 0.5) * 10 ** Math.floor(random.next() * 600 - 300)],
  ['signed zeros and subnormals', (i) => [0, -0, 5e-324, -5e-324, 1e-310][i % 5]],
  ['with NaN and infinities', (i) => (i % 7 === 0 ? NaN : i % 11 === 0 ? Infinity : i % 13 === 0 ? -Infinity : random.next() - 0.5)],
  ['all equal', () => 3.25],
];

describe('sortFinite gives exactly the built-in sort order of the finite values', () => {
  it.each(generators)('%s', (_name, make) => {
    for (const n of [0, 1, 7, 4095, 4096, 50_000]) {
      const values = Float64Array.from({ length: n }, (_, i) => make(i));
      const result = sortFinite(values);
      expect(same(result.values, expected(values))).toBe(true);
      expect(result.dropped).toBe(values.filter((v) => !Number.isFinite(v)).length);
    }
  });

  it('radix-sorts a large continuous array like the built-in sort', () => {
    const values = Float64Array.from({ length: 200_000 }, () => (random.next() - 0.5) * 2 ** 40);
    expect(same(radixSort(values.slice()), values.slice().sort())).toBe(true);
  });
});
