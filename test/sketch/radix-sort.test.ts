/** radixSortFloat64 gives exactly Float64Array.prototype.sort's order (−0 before +0 included). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { radixSortFloat64 } from '../../src/sketch/radix-sort.js';

function same(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

describe('radixSortFloat64', () => {
  it('sorts like the native sort: random doubles of every magnitude, ties, ±0, ±Infinity', () => {
    const double = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -5, max: 5 }).map((x) => x * 1.0), fc.constantFrom(-0, 0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MAX_VALUE));
    fc.assert(
      fc.property(fc.array(double, { minLength: 0, maxLength: 3000 }), (values) => {
        const input = Float64Array.from(values);
        expect(same(radixSortFloat64(input.slice()), input.slice().sort())).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it('sorts long runs (buffers reused between calls of different sizes)', () => {
    for (const n of [100_000, 700, 50_000]) {
      const input = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1000);
      expect(same(radixSortFloat64(input.slice()), input.slice().sort())).toBe(true);
    }
  });
});
