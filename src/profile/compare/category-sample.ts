/**
 * Category counts of one side of a drift comparison, with the hash of each value, so that a side
 * whose profile keeps only a hash sample of its categories (bottom-k beyond the cap:
 * src/sketch/bottom-k-counts.ts) can still be compared — on a coarser partition that both sides
 * know exactly:
 *
 *   every value whose hash is ≤ t is its own category, all others are pooled into one,
 *
 * with t the smaller of the two sides' thresholds. The partition is fixed by the hash function
 * alone, not by the data, so under "no drift" both sides' coarsened distributions are equal and a
 * test of homogeneity on them is valid; a profile holds the exact count of every value with hash
 * ≤ its own threshold (that is the bottom-k property), and a table holds every count, so the
 * coarsened table is exact. It is a different, coarser test than the one on every category — the
 * report says so — and its Hellinger distance is a lower bound of the full one (merging categories
 * never increases it).
 */
import { compareHashes, hashNumber, hashOut, hashText } from '../../sketch/value-hash.js';

export interface HashedCategory {
  readonly count: number;
  readonly h1: number;
  readonly h2: number;
}

export interface HashedCounts {
  /** Label (as drift labels values) → exact count and hash, for every value with hash ≤ threshold (every value when the threshold is null). */
  readonly entries: ReadonlyMap<string, HashedCategory>;
  /** Values not in `entries` (their hash is above the threshold). */
  readonly other: number;
  /** The largest hash kept; null when `entries` holds every value. */
  readonly threshold: { readonly h1: number; readonly h2: number } | null;
  /** Exact counts outside the hash order (±Infinity of numeric columns). */
  readonly extra: ReadonlyMap<string, number>;
  readonly missing: number;
  /** Distinct values (exact, or the profile's HyperLogLog estimate). */
  readonly distinct: number;
  /** How the values were hashed: text (string columns) or numbers. */
  readonly keys: 'text' | 'number';
}

/** The label of the pooled category. */
export const POOLED_LABEL = '(other values, pooled)';

/** The hash of a value as the profile's value counts hash it. */
export function hashOfKey(key: number | string): { h1: number; h2: number } {
  if (typeof key === 'number') hashNumber(key);
  else hashText(key);
  return { h1: hashOut.h1, h2: hashOut.h2 };
}

export interface CoarsenedCounts {
  readonly labels: string[];
  readonly reference: Float64Array;
  readonly current: Float64Array;
  /** Categories kept as themselves (the pooled one aside). */
  readonly kept: number;
  /** Both sides were complete: no pooling. */
  readonly complete: boolean;
}

/**
 * The two sides on a common partition (see the header); undefined when it cannot be made (the
 * sides hash their values differently — a text column on one side, numbers on the other — and a
 * threshold is involved).
 */
export function coarsen(reference: HashedCounts, current: HashedCounts): CoarsenedCounts | undefined {
  const thresholds = [reference.threshold, current.threshold].filter((t): t is { h1: number; h2: number } => t !== null);
  if (thresholds.length > 0 && reference.keys !== current.keys) return undefined;
  const t = thresholds.length === 0 ? null : thresholds.reduce((a, b) => (compareHashes(a.h1, a.h2, b.h1, b.h2) <= 0 ? a : b));
  const kept = (e: HashedCategory) => t === null || compareHashes(e.h1, e.h2, t.h1, t.h2) <= 0;
  const labels: string[] = [];
  const index = new Map<string, number>();
  const slot = (label: string) => {
    let i = index.get(label);
    if (i === undefined) {
      i = labels.length;
      index.set(label, i);
      labels.push(label);
    }
    return i;
  };
  const sides = [reference, current].map((side) => {
    const counts = new Map<number, number>();
    let pooled = side.other;
    for (const [label, e] of side.entries) {
      if (kept(e)) counts.set(slot(label), (counts.get(slot(label)) ?? 0) + e.count);
      else pooled += e.count;
    }
    for (const [label, count] of side.extra) counts.set(slot(label), (counts.get(slot(label)) ?? 0) + count);
    return { counts, pooled };
  });
  const pooledAny = sides.some((s) => s.pooled > 0);
  const keptCount = labels.length;
  if (pooledAny) slot(POOLED_LABEL);
  const fill = (side: (typeof sides)[number]) => {
    const out = new Float64Array(labels.length);
    for (const [i, c] of side.counts) out[i] = c;
    if (pooledAny) out[labels.length - 1] += side.pooled;
    return out;
  };
  return { labels, reference: fill(sides[0]), current: fill(sides[1]), kept: keptCount, complete: t === null };
}
