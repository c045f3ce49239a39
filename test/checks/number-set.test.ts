import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/stats/rng.js';
import { countDistinct, medianOf, selectInPlace } from '../../src/checks/number-set.js';
import { firstOccurrences } from '../../src/checks/row-keys.js';
import type { Column } from '../../src/io/table.js';

// Linear-time algorithms checked against their definitions (a full sort, a Set, a string Map)
// on seeded random data with many ties, signed zeros and infinities.
function sample(seed: number, n: number, distinct: number): Float64Array {
  const random = createRandom(seed);
  const pool = [0, -0, Infinity, -Infinity, 1e-300, -2.5];
  return Float64Array.from({ length: n }, () =>
    random.next() < 0.1 ? pool[Math.floor(random.next() * pool.length)] : Math.floor(random.next() * distinct) / 4 - distinct / 8,
  );
}

describe('linear-time order statistics and distinct counts', () => {
  it.each([1, 2, 3, 10, 101, 1000, 5001])('median and k-th value of %d values match a sort', (n) => {
    for (const seed of [1, 2, 3]) {
      const values = sample(seed * n, n, Math.max(2, n >> 2));
      const sorted = values.slice().sort();
      const expected = n % 2 === 1 ? sorted[n >> 1] : (sorted[(n >> 1) - 1] + sorted[n >> 1]) / 2;
      // === rather than toBe: -0 and 0 are the same value here.
      expect(medianOf(values) === expected, `median ${medianOf(values)} vs ${expected}`).toBe(true);
      const k = (seed * 7919) % n;
      expect(selectInPlace(values.slice(), k) === sorted[k]).toBe(true);
    }
  });

  it('medianOf leaves its input untouched and is NaN when empty', () => {
    const values = Float64Array.from([3, 1, 2]);
    expect(medianOf(values)).toBe(2);
    expect([...values]).toEqual([3, 1, 2]);
    expect(medianOf(new Float64Array(0))).toBeNaN();
  });

  it.each([0, 1, 17, 5000, 200_000])('countDistinct of %d values matches a Set (-0 and 0 one value)', (n) => {
    // 200,000 values of up to 150,000 distinct ones take the sorting path.
    const values = sample(n + 11, n, n > 100_000 ? 150_000 : 300);
    const state = Uint8Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 1 : 0));
    expect(countDistinct(values)).toBe(new Set(values).size);
    expect(countDistinct(values, state, 0)).toBe(new Set(values.filter((_, i) => state[i] === 0)).size);
  });

  it('firstOccurrences matches a map of row keys', () => {
    const n = 3000;
    const random = createRandom(5);
    const a = Float64Array.from({ length: n }, () => (random.next() < 0.05 ? NaN : Math.floor(random.next() * 6)));
    const codes = Int32Array.from({ length: n }, () => Math.floor(random.next() * 5) - 1);
    const columns: Column[] = [
      { name: 'a', type: 'number', values: a, nullCount: 0 },
      { name: 'b', type: 'string', codes, dictionary: ['x', 'y', 'z', 'w'], nullCount: 0 },
    ];
    for (const skipMissing of [false, true]) {
      const seen = new Map<string, number>();
      const expected = Array.from({ length: n }, (_, i) => {
        if (skipMissing && (Number.isNaN(a[i]) || codes[i] < 0)) return -1;
        const key = `${a[i]}|${codes[i]}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, i);
        return first ?? -1;
      });
      expect([...firstOccurrences(columns, n, skipMissing)]).toEqual(expected);
    }
  });
});
