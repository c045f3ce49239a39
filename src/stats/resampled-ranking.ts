/**
 * The bootstrap of a ranking without re-sorting, drawn lazily: what a statistic of the resampled
 * rows needs is the resampled cumulative counts tp*[g], fp*[g] at a few boundaries of the shared
 * sort (src/stats/ranked-counts.ts), and those can be drawn exactly without visiting every row.
 *
 * Resampling N rows with replacement gives each of the 2G cells (positives, negatives of each
 * distinct score) a count distributed as Multinomial(N, observed counts / N). A multinomial can
 * be drawn top-down over a binary tree of the G groups: the root splits N into m* positives ~
 * Binomial(N, m/N) and n* = N − m* negatives; a node holding p positives and q negatives over the
 * groups [lo, hi) gives its left half [lo, mid) Binomial(p, m_left/m_node) of the positives and
 * Binomial(q, n_left/n_node) of the negatives (the observed counts of the halves as weights), the
 * rest to the right half. Conditional binomials compose to the multinomial exactly (the same
 * argument as src/stats/discrete-sampling.ts), so every count the tree reveals has exactly the
 * distribution row resampling gives it, jointly with the others.
 *
 * Only the nodes a search walks are drawn: the counts at one boundary cost one root-to-leaf path,
 * 2·log₂G binomial draws, whatever N is; a curve sampled at a few dozen points or an operating
 * point found by branch and bound costs a few hundred. Each drawn split is kept for the rest of
 * the replicate (an internal node is known by its mid index: with bisection every split position
 * 1 … G − 1 belongs to exactly one node) and drawn from its own keyed stream (replicate, mid) of
 * src/stats/keyed-random.ts, so a replicate is the same resample whatever is asked of it.
 *
 * `useObserved()` switches to the observed counts (no randomness), so the same search code gives
 * the point estimate — the tests check each search that way against a plain scan.
 *
 * Domain: a ranking of at least one row. Memory: 12 bytes per distinct score (plus the counts').
 */
import { sampleBinomial } from './discrete-sampling.js';
import { KeyedRandom } from './keyed-random.js';
import type { RankedCounts } from './ranked-counts.js';

/** What a first-reach search counts: positives, negatives or all rows. */
export const POSITIVES = 0;
export const NEGATIVES = 1;
export const ROWS = 2;
export type CountKind = typeof POSITIVES | typeof NEGATIVES | typeof ROWS;

/** The group where a cumulative count first reaches a target, and the counts just above it. */
export interface GroupHit {
  /** Boundary g (1 … G) that includes the group: the group is the g-th distinct score from the top. */
  boundary: number;
  /** tp*, fp* at boundary g − 1. */
  tpBefore: number;
  fpBefore: number;
  /** The group's own resampled positives and negatives. */
  groupPositives: number;
  groupNegatives: number;
}

export class ResampledRanking {
  readonly counts: RankedCounts;
  /** m*, n* of the current resample (the observed m, n in observed mode). */
  positives: number;
  negatives: number;
  /** Output of {@link split}: the left half's positives and negatives. */
  leftPositives = 0;
  leftNegatives = 0;
  private readonly random: KeyedRandom;
  // The drawn splits, by mid index; allocated on the first replicate (observed mode needs none).
  private memoPositives = new Uint32Array(0);
  private memoNegatives = new Uint32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private replicate = -1;

  constructor(counts: RankedCounts, seed: number) {
    if (counts.groups === 0) throw new RangeError('a resampled ranking needs at least one row');
    this.counts = counts;
    this.random = new KeyedRandom(seed);
    this.positives = counts.positives;
    this.negatives = counts.negatives;
  }

  /** The observed data: every split is the observed one. */
  useObserved(): void {
    this.replicate = -1;
    this.positives = this.counts.positives;
    this.negatives = this.counts.negatives;
  }

  /** Bootstrap replicate `b` (0 ≤ b < 2^32 − 1): draws its root split. */
  useReplicate(b: number): void {
    if (!(Number.isInteger(b) && b >= 0 && b < 0xffffffff)) throw new RangeError(`replicate must be an integer in [0, 2^32 − 1), got ${b}`);
    if (this.stamps.length === 0) {
      this.memoPositives = new Uint32Array(this.counts.groups);
      this.memoNegatives = new Uint32Array(this.counts.groups);
      this.stamps = new Uint32Array(this.counts.groups);
    }
    this.replicate = b;
    this.stamp = b + 1;
    const { rows, positives } = this.counts;
    this.random.reset(b, 0); // node key 0 is the root's: split positions start at 1
    this.positives = sampleBinomial(this.random, rows, positives / rows);
    this.negatives = rows - this.positives;
  }

  /**
   * The split of node [lo, hi) (hi − lo ≥ 2) holding `nodePositives` and `nodeNegatives`, at
   * mid = ⌊(lo + hi)/2⌋: sets {@link leftPositives} and {@link leftNegatives} for [lo, mid).
   */
  split(lo: number, hi: number, nodePositives: number, nodeNegatives: number): void {
    const mid = (lo + hi) >>> 1;
    const { tp, fp } = this.counts;
    if (this.replicate < 0) {
      this.leftPositives = tp[mid] - tp[lo];
      this.leftNegatives = fp[mid] - fp[lo];
      return;
    }
    if (this.stamps[mid] === this.stamp) {
      this.leftPositives = this.memoPositives[mid];
      this.leftNegatives = this.memoNegatives[mid];
      return;
    }
    this.random.reset(this.replicate, mid);
    const weightPositives = tp[hi] - tp[lo];
    const weightNegatives = fp[hi] - fp[lo];
    const left = nodePositives === 0 || weightPositives === 0 ? 0 : sampleBinomial(this.random, nodePositives, (tp[mid] - tp[lo]) / weightPositives);
    const leftNegatives = nodeNegatives === 0 || weightNegatives === 0 ? 0 : sampleBinomial(this.random, nodeNegatives, (fp[mid] - fp[lo]) / weightNegatives);
    this.memoPositives[mid] = left;
    this.memoNegatives[mid] = leftNegatives;
    this.stamps[mid] = this.stamp;
    this.leftPositives = left;
    this.leftNegatives = leftNegatives;
  }

  /**
   * The first boundary g whose cumulative count of `kind` reaches `target` (1 ≤ target ≤ the
   * resample's total of that kind), written into `hit`.
   * @returns false when the target exceeds the total (no such boundary).
   */
  findFirst(kind: CountKind, target: number, hit: GroupHit): boolean {
    const total = kind === POSITIVES ? this.positives : kind === NEGATIVES ? this.negatives : this.positives + this.negatives;
    if (!(target >= 1 && target <= total)) return false;
    let lo = 0;
    let hi = this.counts.groups;
    let nodePositives = this.positives;
    let nodeNegatives = this.negatives;
    let tpBefore = 0;
    let fpBefore = 0;
    while (hi - lo > 1) {
      this.split(lo, hi, nodePositives, nodeNegatives);
      const lp = this.leftPositives;
      const ln = this.leftNegatives;
      const reached = kind === POSITIVES ? tpBefore + lp : kind === NEGATIVES ? fpBefore + ln : tpBefore + fpBefore + lp + ln;
      const mid = (lo + hi) >>> 1;
      if (reached >= target) {
        hi = mid;
        nodePositives = lp;
        nodeNegatives = ln;
      } else {
        tpBefore += lp;
        fpBefore += ln;
        nodePositives -= lp;
        nodeNegatives -= ln;
        lo = mid;
      }
    }
    hit.boundary = lo + 1;
    hit.tpBefore = tpBefore;
    hit.fpBefore = fpBefore;
    hit.groupPositives = nodePositives;
    hit.groupNegatives = nodeNegatives;
    return true;
  }

  /** tp*, fp* at boundary g (0 … G), by one root-to-leaf walk. */
  countsAt(boundary: number): [number, number] {
    const groups = this.counts.groups;
    if (!(Number.isInteger(boundary) && boundary >= 0 && boundary <= groups)) throw new RangeError(`boundary must be in [0, ${groups}], got ${boundary}`);
    let lo = 0;
    let hi = groups;
    let nodePositives = this.positives;
    let nodeNegatives = this.negatives;
    let tpBefore = 0;
    let fpBefore = 0;
    while (boundary > lo && boundary < hi) {
      this.split(lo, hi, nodePositives, nodeNegatives);
      const mid = (lo + hi) >>> 1;
      if (boundary <= mid) {
        hi = mid;
        nodePositives = this.leftPositives;
        nodeNegatives = this.leftNegatives;
      } else {
        tpBefore += this.leftPositives;
        fpBefore += this.leftNegatives;
        nodePositives -= this.leftPositives;
        nodeNegatives -= this.leftNegatives;
        lo = mid;
      }
    }
    return boundary === lo ? [tpBefore, fpBefore] : [tpBefore + nodePositives, fpBefore + nodeNegatives];
  }

  /**
   * Every boundary's tp*, fp* of the current resample (draws the whole tree: O(G)). For tests and
   * for callers that need the whole resampled curve.
   */
  materialize(tp: Float64Array, fp: Float64Array): void {
    const groups = this.counts.groups;
    if (tp.length !== groups + 1 || fp.length !== groups + 1) throw new RangeError(`materialize needs arrays of ${groups + 1}`);
    tp[0] = 0;
    fp[0] = 0;
    // Depth-first, left to right, so the leaves arrive in order and the counts accumulate.
    const stack: number[] = [0, groups, this.positives, this.negatives];
    let g = 0;
    while (stack.length > 0) {
      const nodeNegatives = stack.pop()!;
      const nodePositives = stack.pop()!;
      const hi = stack.pop()!;
      const lo = stack.pop()!;
      if (hi - lo === 1) {
        g++;
        tp[g] = tp[g - 1] + nodePositives;
        fp[g] = fp[g - 1] + nodeNegatives;
        continue;
      }
      this.split(lo, hi, nodePositives, nodeNegatives);
      const mid = (lo + hi) >>> 1;
      const lp = this.leftPositives;
      const ln = this.leftNegatives;
      stack.push(mid, hi, nodePositives - lp, nodeNegatives - ln, lo, mid, lp, ln);
    }
  }
}
