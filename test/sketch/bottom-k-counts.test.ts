/**
 * Bottom-k value counts: complete and exact up to the cap; beyond it, exactly the `cap` values of
 * smallest hash, each with its exact count, however the values are split into shards and in
 * whatever order the shards are merged (checked against a brute-force count of the whole).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BottomKCounts } from '../../src/sketch/bottom-k-counts.js';
import { compareHashes, hashText, hashOut } from '../../src/sketch/value-hash.js';

function countsOf(values: readonly string[], cap: number): BottomKCounts<string> {
  const counts = new BottomKCounts<string>(cap);
  for (const v of values) {
    hashText(v);
    counts.add(v, hashOut.h1, hashOut.h2, 1);
  }
  counts.prune();
  return counts;
}

/** The truth: every value's count, and the `cap` values with the smallest hashes. */
function expected(values: readonly string[], cap: number): [string, number][] {
  const all = new Map<string, number>();
  for (const v of values) all.set(v, (all.get(v) ?? 0) + 1);
  const hashed = [...all.keys()].map((v) => {
    hashText(v);
    return { v, h1: hashOut.h1, h2: hashOut.h2 };
  });
  hashed.sort((a, b) => compareHashes(a.h1, a.h2, b.h1, b.h2));
  return hashed.slice(0, cap).map(({ v }) => [v, all.get(v)!] as [string, number]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('BottomKCounts', () => {
  it('is complete while there are at most `cap` distinct values', () => {
    const counts = countsOf(['a', 'b', 'a', 'c'], 3);
    expect(counts.complete).toBe(true);
    expect(counts.sortedEntries()).toEqual([['a', 2], ['b', 1], ['c', 1]]);
    const over = countsOf(['a', 'b', 'a', 'c', 'd'], 3);
    expect(over.complete).toBe(false);
    expect(over.sortedEntries()).toEqual(expected(['a', 'b', 'a', 'c', 'd'], 3));
  });

  it('shards merged in any grouping give the exact bottom-k counts of the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 20 }), (shards, cap) => {
        const texts = shards.map((s) => s.map((v) => `v${v}`));
        const parts = texts.map((t) => countsOf(t, cap));
        const leftToRight = parts.reduce((a, b) => BottomKCounts.merge(a, b));
        const rightToLeft = parts.reduceRight((a, b) => BottomKCounts.merge(b, a));
        const truth = expected(texts.flat(), cap);
        expect(leftToRight.sortedEntries()).toEqual(truth);
        expect(rightToLeft.sortedEntries()).toEqual(truth);
        expect(leftToRight.threshold).toEqual(rightToLeft.threshold);
      }),
      { numRuns: 200, seed: 17 },
    );
  });
});
