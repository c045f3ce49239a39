/**
 * What the profile action reports about a profile it wrote: per column the kind, counts, missing
 * values, distinct values, range, mean and spread, the median and 5%/95% quantiles with the rank
 * error that bounds them, and the most frequent values — all read from the profile itself, so the
 * report says exactly what a later drift-report or validate-data will see. Pure: the profile and
 * where it was written in, the summary out (the result object of `mlgate profile`).
 */
import type { ColumnType } from '../io/table.js';
import { KllSketch } from '../sketch/kll.js';
import { standardDeviationOf } from '../sketch/moments.js';
import { decodeFloat64 } from './encoding.js';
import { PROFILE_VERSION, type ColumnProfile, type Profile, type ProfileSettings, type ProfileSource } from './format.js';

/** How many of the most frequent values the summary lists per column. */
export const TOP_VALUES = 5;

export interface QuantileSummary {
  /** The estimated 5%, 50% and 95% quantiles (the sketch's order statistics). */
  readonly p05: number;
  readonly median: number;
  readonly p95: number;
  /** sup |F̂ − F| ≤ this (a rank error, as a share of the values); 0 when exact. */
  readonly rankError: number;
}

export interface ColumnSummary {
  readonly name: string;
  readonly type: ColumnType;
  /** Non-missing values. */
  readonly count: number;
  readonly nulls: number;
  /** nulls / rows; null when there are no rows. */
  readonly nullFraction: number | null;
  /** Distinct non-missing values: exact, or a HyperLogLog estimate ± its relative standard error. */
  readonly distinct: number;
  readonly distinctExact: boolean;
  readonly distinctRelativeError: number;
  /** Finite values' range, mean and population standard deviation (numeric columns; null otherwise or when none). */
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  readonly std: number | null;
  readonly quantiles: QuantileSummary | null;
  /** The profile holds every value's count (categories up to the cap). */
  readonly valuesComplete: boolean;
  /** The most frequent values (exact counts), most frequent first; empty when the profile does not count every value. */
  readonly top: readonly { readonly value: string | number; readonly count: number }[];
}

export interface ProfileOutcome {
  readonly rows: number;
  /** The file written, its size and format version. */
  readonly output: { readonly path: string; readonly bytes: number; readonly profileVersion: typeof PROFILE_VERSION };
  /** Where the rows came from (engine, input, files, rows), one entry per profile merged (the profile's `sources`). */
  readonly datasets: readonly ProfileSource[];
  /** Profiles combined into this one: 1 when the data was only profiled. */
  readonly merged: number;
  readonly columns: readonly ColumnSummary[];
  readonly settings: ProfileSettings & { readonly engine: string | null };
}

export function summariseProfile(profile: Profile, output: { path: string; bytes: number }, info: { merged: number; engine: string | null }): ProfileOutcome {
  return {
    rows: profile.rows,
    output: { path: output.path, bytes: output.bytes, profileVersion: PROFILE_VERSION },
    datasets: profile.sources,
    merged: info.merged,
    columns: profile.columns.map((c) => summariseColumn(c, profile.rows)),
    settings: { ...profile.settings, engine: info.engine },
  };
}

function summariseColumn(column: ColumnProfile, rows: number): ColumnSummary {
  const numeric = column.numeric;
  const moments = numeric?.moments;
  const hasValues = moments !== undefined && moments.n > 0;
  const std = hasValues ? standardDeviationOf({ n: moments.n, mean: moments.mean ?? NaN, m2: moments.m2 ?? NaN, m3: 0, m4: 0 }) : NaN;
  const top = column.values.threshold !== null ? [] : [...column.values.entries]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP_VALUES)
    .map(([value, count]) => ({ value: column.type === 'boolean' ? (value === 1 ? 'true' : 'false') : value, count }));
  const held = column.distinct.exact ? undefined : distinctHeld(column);
  return {
    name: column.name,
    type: column.type,
    count: column.count,
    nulls: column.nulls,
    nullFraction: rows > 0 ? column.nulls / rows : null,
    distinct: held ?? column.distinct.estimate,
    distinctExact: column.distinct.exact || held !== undefined,
    distinctRelativeError: held !== undefined ? 0 : column.distinct.relativeStandardError,
    min: numeric?.min ?? null,
    max: numeric?.max ?? null,
    mean: hasValues && Number.isFinite(moments.mean) ? moments.mean : null,
    std: Number.isFinite(std) ? std : null,
    quantiles: quantilesOf(column),
    valuesComplete: column.values.threshold === null,
    top,
  };
}

/**
 * Distinct values counted from a quantile sketch that never compacted (it holds every finite
 * value): exact where the value counts stopped at their cap. Infinities count as one value each.
 */
export function distinctHeld(column: ColumnProfile): number | undefined {
  const q = column.numeric?.quantiles;
  if (q == null || q.variance !== 0 || q.deterministicError !== 0 || q.levels.length !== 1) return undefined;
  const items = decodeFloat64(q.levels[0]);
  if (items === undefined || items.length !== q.n) return undefined;
  let distinct = 0;
  for (let i = 0; i < items.length; i++) if (i === 0 || items[i] !== items[i - 1]) distinct++;
  const numeric = column.numeric!;
  return distinct + (numeric.negativeInfinity > 0 ? 1 : 0) + (numeric.positiveInfinity > 0 ? 1 : 0);
}

function quantilesOf(column: ColumnProfile): QuantileSummary | null {
  const q = column.numeric?.quantiles;
  if (q == null || q.n === 0) return null;
  const levels = q.levels.map(decodeFloat64);
  if (levels.some((l) => l === undefined)) return null;
  const sketch = KllSketch.fromState({ k: q.k, n: q.n, levels: levels as Float64Array[], variance: q.variance, deterministicError: q.deterministicError });
  const at = (p: number) => sketch.orderStatistic(Math.max(1, Math.ceil(p * q.n)));
  return { p05: at(0.05), median: at(0.5), p95: at(0.95), rankError: sketch.rankError() };
}
