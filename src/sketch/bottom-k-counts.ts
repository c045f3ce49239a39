/**
 * Exact counts of a column's values, capped: while a column has at most `cap` distinct values,
 * every value and its count; beyond, the `cap` values with the smallest hashes (value-hash.ts), each
 * still with its EXACT count — a bottom-k sample of the distinct values (Cohen & Kaplan, "Summarizing
 * data using bottom-k sketches", PODC 2007), with the rest counted as "other" by the caller.
 *
 * Why a hash sample rather than the most frequent values: it merges exactly. A value in the bottom
 * k of the union is in the bottom k of every part that holds it (a part has fewer values with
 * smaller hashes), so it was never dropped anywhere and its summed count is exact; merge is
 * associative and commutative bit for bit. A "top k" kept per part is not (a value rare in each
 * part but frequent overall is lost).
 * `threshold` is the largest hash a value may have to be kept: none while the counts are
 * complete; once set, a value with a larger hash is known NOT to be sampled, and one with a smaller
 * or equal hash that is not in the sample is known not to occur at all (what validate-data's
 * new-category check can use). Equal 64-bit hashes of different values (≈ n²/2^65) are kept
 * together; that is the only inexactness.
 */
import { compareHashes } from './value-hash.js';

export type CountKey = number | string;

interface Entry {
  h1: number;
  h2: number;
  count: number;
}

export class BottomKCounts<K extends CountKey> {
  readonly entries = new Map<K, Entry>();
  /** The largest hash kept, once values have been dropped; undefined while complete. */
  threshold: { h1: number; h2: number } | undefined;

  constructor(readonly cap: number) {
    if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`the category cap must be a positive integer, got ${cap}`);
  }

  get complete(): boolean {
    return this.threshold === undefined && this.entries.size <= this.cap;
  }

  /** Counts `count` occurrences of `key`, whose hash is (h1, h2). */
  add(key: K, h1: number, h2: number, count: number): void {
    const t = this.threshold;
    if (t !== undefined && compareHashes(h1, h2, t.h1, t.h2) > 0) return;
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.count += count;
      return;
    }
    this.entries.set(key, { h1, h2, count });
    // Prune only at twice the cap, so a stream of new values costs one sort per `cap` values.
    if (this.entries.size > 2 * this.cap) this.prune();
  }

  /** Drops all but the `cap` smallest hashes; afterwards the counts are final (call before reading). */
  prune(): void {
    if (this.entries.size <= this.cap) return;
    const sorted = [...this.entries.entries()].sort((a, b) => compareHashes(a[1].h1, a[1].h2, b[1].h1, b[1].h2) || compareKeys(a[0], b[0]));
    for (let i = this.cap; i < sorted.length; i++) this.entries.delete(sorted[i][0]);
    const last = sorted[this.cap - 1][1];
    this.threshold = { h1: last.h1, h2: last.h2 };
  }

  /** The counts of both (same cap); neither operand changes. */
  static merge<K extends CountKey>(a: BottomKCounts<K>, b: BottomKCounts<K>): BottomKCounts<K> {
    if (a.cap !== b.cap) throw new RangeError(`cannot merge category counts capped at ${a.cap} and ${b.cap}`);
    const out = new BottomKCounts<K>(a.cap);
    const thresholds = [a.threshold, b.threshold].filter((t) => t !== undefined);
    out.threshold = thresholds.length === 0 ? undefined : thresholds.reduce((x, y) => (compareHashes(x.h1, x.h2, y.h1, y.h2) <= 0 ? x : y));
    for (const side of [a, b]) {
      for (const [key, entry] of side.entries) {
        if (out.threshold !== undefined && compareHashes(entry.h1, entry.h2, out.threshold.h1, out.threshold.h2) > 0) continue;
        const existing = out.entries.get(key);
        if (existing !== undefined) existing.count += entry.count;
        else out.entries.set(key, { ...entry });
      }
    }
    out.prune();
    return out;
  }

  /** [key, count] in key order (numbers ascending, text in code-unit order). */
  sortedEntries(): [K, number][] {
    this.prune();
    return [...this.entries.entries()].map(([key, e]): [K, number] => [key, e.count]).sort((a, b) => compareKeys(a[0], b[0]));
  }

  /** Σ of the kept counts. */
  keptTotal(): number {
    let total = 0;
    for (const e of this.entries.values()) total += e.count;
    return total;
  }
}

export function compareKeys(a: CountKey, b: CountKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
