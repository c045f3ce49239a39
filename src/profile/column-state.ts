/**
 * One column's profile while it is being built or merged: live sketches (KLL, HyperLogLog,
 * bottom-k counts) and exact aggregates, fed chunk by chunk, merged with another state, and turned
 * into its JSON form (format.ts) and back. Everything a chunk adds is derived from one sort of its
 * finite values (numbers) or one count per dictionary code (text), so each value costs a few
 * operations and each distinct value of a chunk one hash.
 */
import type { ColumnType } from '../io/table.js';
import { DataError } from '../errors.js';
import { BottomKCounts, type CountKey } from '../sketch/bottom-k-counts.js';
import { HyperLogLog } from '../sketch/hyperloglog.js';
import { KllSketch } from '../sketch/kll.js';
import { EMPTY_MOMENTS, mergeMoments, momentsOf, type Moments } from '../sketch/moments.js';
import { DEFAULT_BOUND_FAILURE } from '../sketch/rank-error-bound.js';
import { radixSortFloat64 } from '../sketch/radix-sort.js';
import { HASH_C1, HASH_C2, HASH_C3, hashNumber, hashOut, hashText } from '../sketch/value-hash.js';
import { fmix32 } from '../stats/fmix32.js';
import { decodeBytes, decodeFloat64, decodeHash, encodeBytes, encodeFloat64, encodeHash } from './encoding.js';
import type { ColumnProfile, MomentsJson, ProfileSettings, QuantileSketchJson } from './format.js';

export interface NumericState {
  min: number;
  max: number;
  negativeInfinity: number;
  positiveInfinity: number;
  moments: Moments;
  /** null for booleans. */
  quantiles: KllSketch | null;
}

export class ColumnState {
  count = 0;
  nulls = 0;
  readonly numeric: NumericState | null;
  readonly values: BottomKCounts<CountKey>;
  readonly distinct: HyperLogLog;
  /** Hashes of text values already seen (bounded), so a label is hashed once, not once per chunk. */
  private textHashes: Map<string, number> | undefined;
  private scratch = new Float64Array(0);

  constructor(
    readonly name: string,
    public type: ColumnType,
    readonly settings: ProfileSettings,
    /** Seed of this column's quantile-sketch coins. */
    seed: number,
  ) {
    this.numeric = type === 'string' ? null : {
      min: Infinity,
      max: -Infinity,
      negativeInfinity: 0,
      positiveInfinity: 0,
      moments: EMPTY_MOMENTS,
      quantiles: type === 'boolean' ? null : new KllSketch(settings.quantileK, seed),
    };
    this.values = new BottomKCounts<CountKey>(type === 'string' || type === 'boolean' ? settings.categoryCap : settings.numericCap);
    this.distinct = new HyperLogLog(settings.hllPrecision);
  }

  /** Adds `count` missing values. */
  addMissing(count: number): void {
    this.nulls += count;
  }

  /** Adds numbers (NaN = missing), for every type but string. */
  addNumbers(values: Float64Array): void {
    const numeric = this.numeric;
    if (numeric === null) throw new Error(`column "${this.name}" is text; numbers cannot be added`);
    if (this.scratch.length < values.length) this.scratch = new Float64Array(values.length);
    const finite = this.scratch;
    let f = 0;
    let nulls = 0;
    let lo = Infinity;
    let hi = -Infinity;
    let integers = true;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) nulls++;
      else if (v === Infinity) numeric.positiveInfinity++;
      else if (v === -Infinity) numeric.negativeInfinity++;
      else {
        finite[f++] = v;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        if (integers && v !== Math.trunc(v)) integers = false;
      }
    }
    this.nulls += nulls;
    this.count += values.length - nulls;
    if (f === 0) return;
    // Integers of a small range (counts, codes, ratings): a counting sort, one pass and a fill.
    const sorted = integers && hi - lo < COUNTING_RANGE && hi - lo < 4 * f ? this.countingSort(finite.subarray(0, f), lo, hi) : radixSortFloat64(finite.subarray(0, f));
    if (sorted[0] < numeric.min) numeric.min = sorted[0];
    if (sorted[f - 1] > numeric.max) numeric.max = sorted[f - 1];
    numeric.moments = mergeMoments(numeric.moments, momentsOf(sorted));
    numeric.quantiles?.addSorted(sorted);
    this.countDistinct(sorted, f);
  }

  /**
   * Every distinct value of a sorted chunk into the HyperLogLog registers and the capped counts:
   * value-hash.ts's number hash and hyperloglog.ts's update written out here (one call per value
   * costs more than the arithmetic), and the counts touched only for a hash at or below their
   * threshold (the others are known not to be kept). Tested equal to the plain calls.
   */
  private countDistinct(sorted: Float64Array, f: number): void {
    const counts = this.values;
    const registers = this.distinct.registers;
    const p = this.distinct.precision;
    const bits = HASH_BITS;
    const words = HASH_WORDS;
    let t = counts.threshold;
    let t1 = t === undefined ? 0xffffffff : t.h1;
    let t2 = t === undefined ? 0xffffffff : t.h2;
    for (let i = 0; i < f; ) {
      const v = sorted[i];
      let j = i + 1;
      while (j < f && sorted[j] === v) j++;
      bits[0] = v === 0 ? 0 : v;
      const a = words[0];
      const x = fmix32((a + HASH_C1) | 0);
      const h1 = fmix32(((words[1] ^ x) + HASH_C2) | 0);
      const h2 = fmix32(((a ^ h1) + HASH_C3) | 0);
      const index = h1 >>> (32 - p);
      const rest = (h1 << p) >>> 0;
      const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - p + (h2 !== 0 ? Math.clz32(h2) + 1 : 33);
      if (rank > registers[index]) registers[index] = rank;
      if (h1 < t1 || (h1 === t1 && h2 <= t2)) {
        counts.add(v === 0 ? 0 : v, h1, h2, j - i);
        t = counts.threshold;
        if (t !== undefined) {
          t1 = t.h1;
          t2 = t.h2;
        }
      }
      i = j;
    }
  }

  private counts = new Uint32Array(0);

  /** Sorts integers in [lo, hi] (hi − lo < COUNTING_RANGE) in place by counting them; −0 is counted as 0 (the value counts do the same). */
  private countingSort(values: Float64Array, lo: number, hi: number): Float64Array {
    const range = hi - lo + 1;
    if (this.counts.length < range) this.counts = new Uint32Array(Math.max(range, 1024));
    const counts = this.counts;
    for (let i = 0; i < values.length; i++) counts[values[i] - lo]++;
    let at = 0;
    for (let k = 0; k < range; k++) {
      const c = counts[k];
      if (c === 0) continue;
      values.fill(lo + k === 0 ? 0 : lo + k, at, at + c);
      at += c;
      counts[k] = 0;
    }
    return values;
  }

  /** Adds text as dictionary codes (-1 = missing), for string columns. */
  addText(codes: Int32Array, dictionary: readonly string[]): void {
    if (this.numeric !== null) throw new Error(`column "${this.name}" is numeric; text cannot be added`);
    const perCode = new Float64Array(dictionary.length);
    let nulls = 0;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i];
      if (code < 0) nulls++;
      else perCode[code]++;
    }
    this.nulls += nulls;
    this.count += codes.length - nulls;
    const cache = (this.textHashes ??= new Map());
    for (let code = 0; code < dictionary.length; code++) {
      if (perCode[code] === 0) continue;
      const label = dictionary[code];
      let h1: number;
      let h2: number;
      const cached = cache.get(label);
      if (cached !== undefined) {
        h1 = Math.floor(cached / 4294967296);
        h2 = cached % 4294967296;
      } else {
        hashText(label);
        h1 = hashOut.h1;
        h2 = hashOut.h2;
        if (cache.size < TEXT_HASH_CACHE) cache.set(label, h1 * 4294967296 + h2);
      }
      this.distinct.add(h1, h2);
      this.values.add(label, h1, h2, perCode[code]);
    }
  }

  /** The JSON form (format.ts). */
  toJson(): ColumnProfile {
    const entries = this.values.sortedEntries();
    const kept = entries.reduce((s, [, c]) => s + c, 0);
    const numeric = this.numeric;
    const total = numeric === null ? this.count : this.count - numeric.negativeInfinity - numeric.positiveInfinity;
    const complete = this.values.complete;
    const threshold = this.values.threshold;
    return {
      name: this.name,
      type: this.type,
      count: this.count,
      nulls: this.nulls,
      numeric: numeric === null ? null : {
        min: Number.isFinite(numeric.min) ? numeric.min : null,
        max: Number.isFinite(numeric.max) ? numeric.max : null,
        negativeInfinity: numeric.negativeInfinity,
        positiveInfinity: numeric.positiveInfinity,
        moments: momentsJson(numeric.moments),
        quantiles: numeric.quantiles === null ? null : quantilesJson(numeric.quantiles),
      },
      values: {
        cap: this.values.cap,
        entries,
        other: total - kept,
        threshold: threshold === undefined ? null : encodeHash(threshold.h1, threshold.h2),
      },
      distinct: {
        sketch: 'hll',
        precision: this.distinct.precision,
        estimate: complete ? entries.length : Math.round(this.distinct.estimate()),
        exact: complete,
        relativeStandardError: complete ? 0 : this.distinct.relativeStandardError,
        registers: complete ? null : encodeBytes(this.distinct.registers),
      },
    };
  }

  /** A state from the JSON form (for merging); `source` names the profile in messages. */
  static fromJson(json: ColumnProfile, settings: ProfileSettings, source: string): ColumnState {
    const state = new ColumnState(json.name, json.type, settings, 0);
    state.count = json.count;
    state.nulls = json.nulls;
    const bad = (what: string) => new DataError(`is not a valid profile: ${what}`, { file: source, column: json.name });
    if (state.numeric !== null) {
      const n = json.numeric;
      if (n === null) throw bad('a numeric column has no "numeric" summary');
      state.numeric.min = n.min ?? Infinity;
      state.numeric.max = n.max ?? -Infinity;
      state.numeric.negativeInfinity = n.negativeInfinity;
      state.numeric.positiveInfinity = n.positiveInfinity;
      state.numeric.moments = { n: n.moments.n, mean: n.moments.mean ?? NaN, m2: n.moments.m2 ?? NaN, m3: n.moments.m3 ?? NaN, m4: n.moments.m4 ?? NaN };
      if (state.numeric.quantiles !== null) {
        const q = n.quantiles;
        if (q === null) throw bad('a numeric column has no quantile sketch');
        const levels = q.levels.map((text) => decodeFloat64(text));
        if (levels.some((l) => l === undefined)) throw bad('a quantile-sketch level is not base64 of doubles');
        state.numeric.quantiles = KllSketch.fromState({ k: q.k, n: q.n, levels: levels as Float64Array[], variance: q.variance, deterministicError: q.deterministicError });
      }
    }
    for (const [key, count] of json.values.entries) {
      if (typeof key === 'number') hashNumber(key);
      else hashText(key);
      state.values.entries.set(key, { h1: hashOut.h1, h2: hashOut.h2, count });
      if (json.distinct.registers === null) state.distinct.add(hashOut.h1, hashOut.h2);
    }
    if (json.values.threshold !== null) {
      const threshold = decodeHash(json.values.threshold);
      if (threshold === undefined) throw bad('values.threshold is not 16 hex digits');
      state.values.threshold = threshold;
    }
    if (json.distinct.registers !== null) {
      const registers = decodeBytes(json.distinct.registers);
      if (registers === undefined || registers.length !== 1 << settings.hllPrecision) throw bad('distinct.registers do not match the precision');
      state.distinct.registers.set(registers);
    }
    return state;
  }
}

const HASH_BITS = new Float64Array(1);
const HASH_WORDS = new Uint32Array(HASH_BITS.buffer);

/** Integer chunks spanning fewer values than this are sorted by counting. */
const COUNTING_RANGE = 1 << 16;

/** Text labels whose hashes are remembered per column (beyond this they are hashed per chunk). */
const TEXT_HASH_CACHE = 1 << 17;

function momentsJson(m: Moments): MomentsJson {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return { n: m.n, mean: m.n > 0 ? finite(m.mean) : null, m2: m.n > 0 ? finite(m.m2) : null, m3: m.n > 0 ? finite(m.m3) : null, m4: m.n > 0 ? finite(m.m4) : null };
}

function quantilesJson(sketch: KllSketch): QuantileSketchJson {
  const levels = sketch.levels.slice();
  while (levels.length > 1 && levels[levels.length - 1].length === 0) levels.pop();
  return {
    sketch: 'kll',
    k: sketch.k,
    n: sketch.n,
    variance: sketch.variance,
    deterministicError: sketch.deterministicError,
    rankError: sketch.rankError(DEFAULT_BOUND_FAILURE),
    levels: levels.map(encodeFloat64),
  };
}

/** The seed of a column's sketch coins: the profile's seed, the shard's name and the column's position. */
export function columnSeed(seed: number, shard: string, column: number): number {
  hashText(shard);
  const high = Math.floor(seed / 4294967296) >>> 0;
  return fmix32((hashOut.h1 ^ fmix32((column + 1) ^ (seed >>> 0)) ^ fmix32(high + 0x68e31da4)) >>> 0);
}
