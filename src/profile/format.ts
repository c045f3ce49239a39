/**
 * The profile document (DESIGN.md "Profiles", contract): a versioned JSON summary of a dataset
 * that stands in for it wherever a reference is read. docs/profile.md describes every field and
 * bound; schemas/profile.schema.json is its published JSON Schema (a test validates every profile
 * the code produces against it). These types ARE the format: serialise.ts writes exactly them.
 *
 * Per column: type, count (non-missing), nulls; numeric columns (integer, number, datetime,
 * boolean) add min/max of the finite values, ±Infinity counts, mergeable moments and a KLL
 * quantile sketch (not for booleans); every column has capped exact value counts (bottom-k by
 * hash beyond the cap, with the remainder as `other`) and a distinct count (exact while the value
 * counts are complete, else HyperLogLog, whose registers are then stored).
 */
import type { ColumnType } from '../io/table.js';

/** Bumped on any change a reader of the previous version would misread. */
export const PROFILE_VERSION = 1;

export interface ProfileSettings {
  /** KLL top-level capacity (kll.ts). */
  readonly quantileK: number;
  /** Value counts kept exactly per text or boolean column. */
  readonly categoryCap: number;
  /** Value counts kept exactly per numeric or datetime column. */
  readonly numericCap: number;
  /** HyperLogLog precision p (2^p registers). */
  readonly hllPrecision: number;
  /** Seed of the quantile sketches' coins (each shard mixes in its own name). */
  readonly seed: number;
}

export const DEFAULT_PROFILE_SETTINGS: ProfileSettings = {
  quantileK: 1024,
  categoryCap: 1000,
  numericCap: 256,
  hllPrecision: 12,
  seed: 0,
};

/** Where a profile's rows came from; merging concatenates these (sorted). */
export interface ProfileSource {
  /** `streaming`, `duckdb`, `clickhouse`, or `table` (profiled from a loaded table). */
  readonly engine: string;
  /** The input as the user named it (a path, glob, directory or table). */
  readonly input: string;
  readonly files: number;
  readonly rows: number;
}

export interface MomentsJson {
  readonly n: number;
  readonly mean: number | null;
  readonly m2: number | null;
  readonly m3: number | null;
  readonly m4: number | null;
}

export interface QuantileSketchJson {
  readonly sketch: 'kll';
  readonly k: number;
  /** Values summarised (= the column's finite values). */
  readonly n: number;
  /** Σ w² over the sketch's compactions (rank-error-bound.ts). */
  readonly variance: number;
  /** Rank error of exactly computed summaries, in ranks (SQL engines; 0 for streaming). */
  readonly deterministicError: number;
  /** sup |F̂ − F| bound at δ = 10⁻⁶, for readers; recomputed from the above on read. */
  readonly rankError: number;
  /** Level h: base64 of little-endian float64 items of weight 2^h, ascending. */
  readonly levels: readonly string[];
}

export interface NumericJson {
  /** Smallest and largest finite value (null when there is none). */
  readonly min: number | null;
  readonly max: number | null;
  readonly negativeInfinity: number;
  readonly positiveInfinity: number;
  /** Moments of the finite values (moments.ts). */
  readonly moments: MomentsJson;
  /** Quantile sketch of the finite values; null for booleans. */
  readonly quantiles: QuantileSketchJson | null;
}

export interface ValueCountsJson {
  readonly cap: number;
  /** [value, count], in value order: numbers ascending (datetimes as ms, booleans 0/1), text by code unit. */
  readonly entries: readonly (readonly [number | string, number])[];
  /** Values (finite ones for numeric columns) not among `entries`. */
  readonly other: number;
  /** null while `entries` holds every value; else the largest kept hash, 16 hex digits (h1 then h2). */
  readonly threshold: string | null;
}

export interface DistinctJson {
  readonly sketch: 'hll';
  readonly precision: number;
  /** Distinct non-missing values (finite ones, for numeric columns). */
  readonly estimate: number;
  /** The estimate is an exact count (the value counts are complete). */
  readonly exact: boolean;
  /** Relative standard error of the estimate (0 when exact). */
  readonly relativeStandardError: number;
  /** base64 of the 2^p registers; null when exact (then they follow from `values`). */
  readonly registers: string | null;
}

export interface ColumnProfile {
  readonly name: string;
  readonly type: ColumnType;
  /** Non-missing values (±Infinity included). */
  readonly count: number;
  readonly nulls: number;
  readonly numeric: NumericJson | null;
  readonly values: ValueCountsJson;
  readonly distinct: DistinctJson;
}

export interface Profile {
  readonly profileVersion: typeof PROFILE_VERSION;
  readonly generator: 'mlgate';
  readonly rows: number;
  readonly settings: ProfileSettings;
  readonly sources: readonly ProfileSource[];
  readonly columns: readonly ColumnProfile[];
}
