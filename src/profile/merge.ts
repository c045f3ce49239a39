/**
 * merge(a, b): the profile of the two datasets together (their rows concatenated). Commutative bit
 * for bit (operands of every floating-point update are put in a canonical order, sketch coins are
 * seeded by content); associative exactly for counts, nulls, min/max, value counts and distinct
 * registers, to ~1e-13 relative for the moments, and within the stated rank error for the
 * quantile sketch (test/profile/merge.test.ts checks all three properties on random shards).
 *
 * Rules: both profiles must have the same settings and the same columns (a DataError names the
 * first column only one side has). Column order is kept when both sides agree, else it is the
 * names' sorted order (so the rule itself is associative). Types: integer and number merge to
 * number; a column with no values on one side (an empty shard, or a CSV column that is all
 * blank and so inferred as number) takes the other side's type; any other disagreement is a
 * DataError naming the column and both types.
 */
import { DataError } from '../errors.js';
import type { ColumnType } from '../io/table.js';
import { BottomKCounts } from '../sketch/bottom-k-counts.js';
import { HyperLogLog } from '../sketch/hyperloglog.js';
import { KllSketch } from '../sketch/kll.js';
import { mergeMoments } from '../sketch/moments.js';
import { ColumnState } from './column-state.js';
import { PROFILE_VERSION, type ColumnProfile, type Profile, type ProfileSettings, type ProfileSource } from './format.js';

export function mergeProfiles(a: Profile, b: Profile): Profile {
  const settings = sameSettings(a.settings, b.settings);
  const names = (p: Profile) => p.columns.map((c) => c.name);
  const onlyA = names(a).find((n) => !names(b).includes(n));
  const onlyB = names(b).find((n) => !names(a).includes(n));
  if (onlyA !== undefined || onlyB !== undefined) {
    const [name, side] = onlyA !== undefined ? [onlyA, describeSources(a)] : [onlyB!, describeSources(b)];
    throw new DataError(`cannot merge profiles whose columns differ: column "${name}" is only in the profile of ${side}`);
  }
  const sameOrder = names(a).every((n, i) => n === names(b)[i]);
  const order = sameOrder ? names(a) : names(a).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const columns = order.map((name) => mergeColumn(a.columns.find((c) => c.name === name)!, b.columns.find((c) => c.name === name)!, settings, a, b));
  const sources = [...a.sources, ...b.sources].map((s) => ({ engine: s.engine, input: s.input, files: s.files, rows: s.rows }));
  sources.sort((x, y) => compareText(JSON.stringify(x), JSON.stringify(y)));
  return { profileVersion: PROFILE_VERSION, generator: 'mlgate', rows: a.rows + b.rows, settings, sources, columns };
}

/** Every profile merged, in the order given (the result does not depend on it beyond the bounds). */
export function mergeAll(profiles: readonly Profile[]): Profile {
  if (profiles.length === 0) throw new RangeError('mergeAll needs at least one profile');
  return profiles.reduce((acc, p) => mergeProfiles(acc, p));
}

function mergeColumn(x: ColumnProfile, y: ColumnProfile, settings: ProfileSettings, a: Profile, b: Profile): ColumnProfile {
  if (x.count === 0 || y.count === 0) {
    // A side without values carries only its missing count; the other side's type wins.
    const [empty, full] = x.count === 0 && (y.count > 0 || preferType(y.type, x.type)) ? [x, y] : [y, x];
    return { ...full, nulls: full.nulls + empty.nulls };
  }
  const type = mergedType(x, y, a, b);
  const sx = ColumnState.fromJson(x, settings, describeSources(a));
  const sy = ColumnState.fromJson(y, settings, describeSources(b));
  const out = new ColumnState(x.name, type, settings, 0);
  out.count = sx.count + sy.count;
  out.nulls = sx.nulls + sy.nulls;
  if (out.numeric !== null && sx.numeric !== null && sy.numeric !== null) {
    out.numeric.min = Math.min(sx.numeric.min, sy.numeric.min);
    out.numeric.max = Math.max(sx.numeric.max, sy.numeric.max);
    out.numeric.negativeInfinity = sx.numeric.negativeInfinity + sy.numeric.negativeInfinity;
    out.numeric.positiveInfinity = sx.numeric.positiveInfinity + sy.numeric.positiveInfinity;
    out.numeric.moments = mergeMoments(sx.numeric.moments, sy.numeric.moments);
    if (sx.numeric.quantiles !== null && sy.numeric.quantiles !== null) out.numeric.quantiles = KllSketch.merge(sx.numeric.quantiles, sy.numeric.quantiles);
  }
  const values = BottomKCounts.merge(sx.values, sy.values);
  const distinct = HyperLogLog.merge(sx.distinct, sy.distinct);
  replaceSketches(out, values, distinct);
  return out.toJson();
}

function replaceSketches(state: ColumnState, values: BottomKCounts<number | string>, distinct: HyperLogLog): void {
  state.values.entries.clear();
  for (const [key, entry] of values.entries) state.values.entries.set(key, entry);
  state.values.threshold = values.threshold;
  state.distinct.registers.set(distinct.registers);
}

function mergedType(x: ColumnProfile, y: ColumnProfile, a: Profile, b: Profile): ColumnType {
  if (x.type === y.type) return x.type;
  const numbers: ColumnType[] = ['integer', 'number'];
  if (numbers.includes(x.type) && numbers.includes(y.type)) return 'number';
  throw new DataError(
    `cannot merge profiles: column "${x.name}" is ${x.type} in the profile of ${describeSources(a)} but ${y.type} in the profile of ${describeSources(b)}`,
  );
}

/** Which type an all-missing column takes when both sides are empty: not the inferred `number`. */
function preferType(t: ColumnType, other: ColumnType): boolean {
  if (t === other) return true;
  if (t === 'number') return false;
  if (other === 'number') return true;
  return t < other;
}

function sameSettings(a: ProfileSettings, b: ProfileSettings): ProfileSettings {
  for (const key of Object.keys(a) as (keyof ProfileSettings)[]) {
    if (a[key] !== b[key]) throw new DataError(`cannot merge profiles made with different settings: ${key} is ${a[key]} in one and ${b[key]} in the other`);
  }
  return { quantileK: a.quantileK, categoryCap: a.categoryCap, numericCap: a.numericCap, hllPrecision: a.hllPrecision, seed: a.seed };
}

function describeSources(p: Profile): string {
  const inputs = [...new Set(p.sources.map((s) => s.input))];
  if (inputs.length === 0) return 'an unnamed dataset';
  return inputs.length <= 2 ? inputs.map((i) => `"${i}"`).join(' and ') : `"${inputs[0]}" and ${inputs.length - 1} more`;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export type { ProfileSource };
