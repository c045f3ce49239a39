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
import { fmix32, hashNumber, hashOut, hashText } from '../sketch/value-hash.js';
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
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) nulls++;
      else if (v === Infinity) numeric.positiveInfinity++;
      else if (v === -Infinity) numeric.negativeInfinity++;
      else finite[f++] = v;
    }
    this.nulls += nulls;
    this.count += values.length - nulls;
    if (f === 0) return;
    const sorted = radixSortFloat64(finite.subarray(0, f));
    if (sorted[0] < numeric.min) numeric.min = sorted[0];
    if (sorted[f - 1] > numeric.max) numeric.max = sorted[f - 1];
    numeric.moments = mergeMoments(numeric.moments, momentsOf(sorted));
    numeric.quantiles?.addSorted(sorted);
    const counts = this.values;
    const hll = this.distinct;
    for (let i = 0; i < f; ) {
      const v = sorted[i];
      let j = i + 1;
      while (j < f && sorted[j] === v) j++;
      hashNumber(v);
      hll.add(hashOut.h1, hashOut.h2);
      counts.add(v === 0 ? 0 : v, hashOut.h1, hashOut.h2, j - i);
      i = j;
    }
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
