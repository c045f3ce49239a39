/**
 * A mergeable quantile sketch: KLL (Karnin, Lang & Liberty, FOCS 2016) with capacities decaying
 * by c = 2/3 below the top level, as Apache DataSketches' KllDoublesSketch, and one change that
 * makes its error bound exact rather than empirical: the sketch counts what its compactions cost.
 *
 * Structure: levels h = 0 … H − 1, each a sorted array of items of weight 2^h. Level h may hold
 * max(8, round(k · (2/3)^(H−1−h))) items; when the sketch holds more than the sum of these, the
 * lowest level at or over its capacity is compacted: if it holds an odd number of items its
 * smallest stays, the rest are paired in order and one item of each pair — the first or the second
 * of every pair, by one fair coin — moves up a level (weight doubled). Each compaction adds w² to
 * `variance`, the V of rank-error-bound.ts, which turns it into ε: sup |F̂ − F| ≤ ε with
 * probability ≥ 1 − 10⁻⁶. A sketch that never compacted is the exact sample (ε = 0).
 *
 * Values come in chunks: a chunk is sorted once and merged into level 0, then compacted as far as
 * needed — a compaction of a long sorted run costs one pass and adds only w², so big chunks are
 * both faster and more accurate than item-by-item insertion.
 * Merging two sketches merges their levels (weights must agree level by level, which they do: a
 * level's weight is 2^h everywhere) and compacts; V and the deterministic error add. The coins of
 * a merge are drawn from a generator seeded by a hash of the merged levels, so merge(a, b) and
 * merge(b, a) are the same bits. Merging is associative in distribution and within the bound, not
 * bit for bit (no bounded-size quantile sketch is).
 *
 * Size: at most about 3k items. With k = 1024 (the profile default) a sketch is ≤ 3,100 items
 * (≈ 33 KB as base64 doubles); the observed sup error on 10⁶ values is ≈ 0.1% (test/sketch).
 * Domain: finite doubles (callers drop NaN and ±Infinity).
 */
import { countAtOrBelow, countBelow } from '../stats/binning.js';
import { createRandom, type Random } from '../stats/rng.js';
import { fmix32 } from '../stats/fmix32.js';
import { rankErrorBound, DEFAULT_BOUND_FAILURE } from './rank-error-bound.js';

export const DEFAULT_KLL_K = 1024;
/** No level is smaller than this (DataSketches' minimum width). */
const MIN_LEVEL_CAPACITY = 8;
const DECAY = 2 / 3;

export interface KllState {
  readonly k: number;
  /** Total weight: the number of values summarised. */
  readonly n: number;
  /** levels[h]: sorted items of weight 2^h. */
  readonly levels: readonly Float64Array[];
  /** Σ w² over every compaction (the martingale's variance proxy). */
  readonly variance: number;
  /** A bound on the rank error of summaries made exactly (SQL engines), in ranks; adds under merge. */
  readonly deterministicError: number;
}

export class KllSketch {
  readonly k: number;
  n = 0;
  levels: Float64Array[] = [new Float64Array(0)];
  variance = 0;
  deterministicError = 0;
  private size = 0;
  private readonly random: Random;
  private weighted: { values: Float64Array; cumulative: Float64Array } | undefined;

  constructor(k = DEFAULT_KLL_K, seed = 0) {
    if (!Number.isInteger(k) || k < MIN_LEVEL_CAPACITY || k > 1 << 20) throw new RangeError(`KLL k must be an integer from ${MIN_LEVEL_CAPACITY} to 2^20, got ${k}`);
    this.k = k;
    this.random = createRandom(seed);
  }

  static fromState(state: KllState, seed?: number): KllSketch {
    const sketch = new KllSketch(state.k, seed ?? levelsSeed(state.levels));
    sketch.levels = state.levels.length > 0 ? state.levels.map((l) => l.slice()) : [new Float64Array(0)];
    sketch.n = state.n;
    sketch.variance = state.variance;
    sketch.deterministicError = state.deterministicError;
    sketch.size = sketch.levels.reduce((s, l) => s + l.length, 0);
    return sketch;
  }

  get state(): KllState {
    return { k: this.k, n: this.n, levels: this.levels, variance: this.variance, deterministicError: this.deterministicError };
  }

  /** Items held (the sketch's size). */
  get retained(): number {
    return this.size;
  }

  /** Adds finite values (any order). `values` is not changed. */
  add(values: ArrayLike<number>): void {
    if (values.length === 0) return;
    const sorted = Float64Array.from(values).sort();
    this.addSorted(sorted);
  }

  /** Adds finite values already sorted ascending; the sketch keeps (and may reorder) nothing of `sorted` but copies. */
  addSorted(sorted: Float64Array): void {
    if (sorted.length === 0) return;
    this.levels[0] = mergeSorted(this.levels[0], sorted);
    this.n += sorted.length;
    this.size += sorted.length;
    this.compress();
  }

  /**
   * Adds a summary made exactly elsewhere: `sorted` items of weight 2^level standing for
   * `weight` values, whose rank error at any point is at most `rankError` (ranks).
   */
  addLevel(level: number, sorted: Float64Array, weight: number, rankError: number): void {
    while (this.levels.length <= level) this.levels.push(new Float64Array(0));
    this.levels[level] = mergeSorted(this.levels[level], sorted);
    this.n += weight;
    this.size += sorted.length;
    this.deterministicError += rankError;
    this.compress();
  }

  /** A new sketch of both samples; neither operand changes. */
  static merge(a: KllSketch, b: KllSketch): KllSketch {
    if (a.k !== b.k) throw new RangeError(`cannot merge KLL sketches of k = ${a.k} and k = ${b.k}`);
    const height = Math.max(a.levels.length, b.levels.length);
    const levels: Float64Array[] = [];
    for (let h = 0; h < height; h++) levels.push(mergeSorted(a.levels[h] ?? EMPTY, b.levels[h] ?? EMPTY));
    const merged = KllSketch.fromState({ k: a.k, n: a.n + b.n, levels, variance: a.variance + b.variance, deterministicError: a.deterministicError + b.deterministicError });
    merged.compress();
    return merged;
  }

  /** sup_x |F̂(x) − F(x)| ≤ this, with probability ≥ 1 − δ (rank-error-bound.ts). */
  rankError(delta = DEFAULT_BOUND_FAILURE): number {
    return rankErrorBound(this.n, this.variance, this.deterministicError, delta);
  }

  /** Every item in ascending order with the cumulative weight up to and including it. */
  get cumulative(): { values: Float64Array; cumulative: Float64Array } {
    if (this.weighted !== undefined) return this.weighted;
    const values = new Float64Array(this.size);
    const weights = new Float64Array(this.size);
    let at = 0;
    this.levels.forEach((level, h) => {
      values.set(level, at);
      weights.fill(2 ** h, at, at + level.length);
      at += level.length;
    });
    const order = Array.from({ length: this.size }, (_, i) => i).sort((i, j) => values[i] - values[j] || i - j);
    const sortedValues = new Float64Array(this.size);
    const cumulative = new Float64Array(this.size);
    let total = 0;
    order.forEach((i, r) => {
      sortedValues[r] = values[i];
      total += weights[i];
      cumulative[r] = total;
    });
    this.weighted = { values: sortedValues, cumulative };
    return this.weighted;
  }

  /** Estimated number of values ≤ x. */
  rank(x: number): number {
    const { values, cumulative } = this.cumulative;
    const i = countAtOrBelow(values, x);
    return i === 0 ? 0 : cumulative[i - 1];
  }

  /** Estimated number of values < x. */
  rankBelow(x: number): number {
    const { values, cumulative } = this.cumulative;
    const i = countBelow(values, x);
    return i === 0 ? 0 : cumulative[i - 1];
  }

  /** The estimated order statistic of 1-based rank r (1 ≤ r ≤ n): the first item whose cumulative weight reaches r. */
  orderStatistic(r: number): number {
    const { values, cumulative } = this.cumulative;
    if (values.length === 0) return NaN;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] >= r) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  }

  private capacity(h: number): number {
    const height = this.levels.length;
    return Math.max(MIN_LEVEL_CAPACITY, Math.round(this.k * DECAY ** (height - 1 - h)));
  }

  private totalCapacity(): number {
    let total = 0;
    for (let h = 0; h < this.levels.length; h++) total += this.capacity(h);
    return total;
  }

  private compress(): void {
    this.weighted = undefined;
    while (this.size > this.totalCapacity()) {
      let h = 0;
      while (h < this.levels.length && this.levels[h].length < this.capacity(h)) h++;
      if (h === this.levels.length) h = this.levels.findIndex((l) => l.length >= 2);
      this.compact(h);
    }
  }

  private compact(h: number): void {
    const items = this.levels[h];
    const odd = items.length & 1;
    const pairs = (items.length - odd) >>> 1;
    if (pairs === 0) return;
    const keep = odd === 1 ? items.subarray(0, 1).slice() : EMPTY;
    const offset = odd + (this.random.nextUint32() & 1);
    const promoted = new Float64Array(pairs);
    for (let i = 0; i < pairs; i++) promoted[i] = items[offset + 2 * i];
    if (h + 1 === this.levels.length) this.levels.push(EMPTY);
    this.levels[h] = keep;
    this.levels[h + 1] = mergeSorted(this.levels[h + 1], promoted);
    this.size -= pairs;
    this.variance += 4 ** h;
  }
}

const EMPTY = new Float64Array(0);

/** A new sorted array holding both sorted arrays. */
export function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** A 32-bit seed from the levels' contents: the same levels give the same coins. */
function levelsSeed(levels: readonly Float64Array[]): number {
  let h = 0x2545f491;
  levels.forEach((level, index) => {
    h = fmix32((h ^ index ^ level.length) >>> 0);
    const words = new Uint32Array(level.buffer, level.byteOffset, level.length * 2);
    for (let i = 0; i < words.length; i++) h = fmix32((h ^ words[i]) + 0x9e3779b9);
  });
  return h;
}
