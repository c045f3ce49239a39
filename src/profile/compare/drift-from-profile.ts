/**
 * drift-report's computation with a reference PROFILE instead of the reference rows (and the
 * current side as rows or as a profile too):
 * `computeDriftFromProfile(reference, current, config)` returns the same DriftOutcome as
 * computeDrift(referenceTable, current, config) (src/drift/compute-drift.ts), decided by the same
 * central function (decideDrift: one correction, the effect floor, the drifted share), plus, per
 * column, where its numbers came from and their bounds:
 * - `exact`: the profile holds the reference column exactly — complete value counts (every
 *   categorical column up to the category cap, numeric columns up to the numeric cap), or a
 *   quantile sketch that never compacted — so the column's values are rebuilt and every drift
 *   test runs on them through its own descriptor: the numbers are computeDrift's, bound 0.
 * - `bounded`: only the quantile sketch: ks, wasserstein, psi, kl_div and tvd are computed with an
 *   interval holding the exact statistic (bounded-tests.ts); `auto` picks ks as computeDrift would
 *   (such a column has more distinct values than the cap, ≥ 10).
 * - `refused`: a test that needs what the profile does not keep (every category of a text column
 *   beyond the cap, or the raw values for rank tests); the column is then not value-tested
 *   (status as computeDrift gives an untested column) and the reason says why.
 * The missing-value test always runs, from the counts (exact).
 * `undecided` marks a column whose interval straddles its threshold: the profile cannot tell.
 */
import { ConfigurationError } from '../../errors.js';
import { labelCodes, missingColumnError, numericValues, parseStrictNumber, type Table } from '../../io/table.js';
import { standardDeviation } from '../../stats/summation.js';
import { selectAuto, AUTO_MIN_VALUES, type Selection } from '../../drift/auto-select.js';
import { CategoricalPair, NumericPair, sampleSizes, type ColumnKind, type ColumnPair } from '../../drift/column-pair.js';
import { finiteSorted } from '../../drift/column-extract.js';
import { decideDrift, type ColumnAnalysis, type ColumnPlan } from '../../drift/compute-drift.js';
import { resolveDriftConfig, type DriftConfig, type ResolvedDriftConfig } from '../../drift/config.js';
import { effectSizeOf } from '../../drift/effect-size.js';
import { selectEvidently } from '../../drift/evidently-select.js';
import { nullFractionTest } from '../../drift/null-fraction.js';
import type { ColumnDrift, DriftOutcome } from '../../drift/outcome.js';
import { driftTests } from '../../drift/registry.js';
import { binNumeric } from '../../stats/binning.js';
import { createRandom } from '../../stats/rng.js';
import { KllSketch } from '../../sketch/kll.js';
import { standardDeviationOf } from '../../sketch/moments.js';
import { decodeFloat64 } from '../encoding.js';
import type { ColumnProfile, Profile } from '../format.js';
import { boundedBinned, boundedKs, boundedWasserstein, BOUNDED_TESTS, type BoundedResult, type NumericSide } from './bounded-tests.js';
import { unitSample, type WeightedSample } from './weighted-sample.js';

/** Columns with more finite values than this are not rebuilt from their counts (memory). */
export const EXPAND_LIMIT = 5_000_000;

export type ProfileColumnMode = 'exact' | 'bounded' | 'refused';

export interface ProfileColumnNote {
  mode: ProfileColumnMode;
  /** Why this mode (refusals name what the test would need). */
  reason: string;
  /** The exact statistic lies here (bounded: with probability ≥ 1 − 10⁻⁶); [s, s] when exact. */
  statisticBounds: [number, number] | null;
  pValueBounds: [number, number] | null;
  /** The interval straddles the threshold: from the profile, the test cannot decide. */
  undecided: boolean;
}

export interface ProfileDriftOutcome extends DriftOutcome {
  /** Per compared column: how its numbers were obtained from the reference profile. */
  profile: Record<string, ProfileColumnNote>;
}

/**
 * Drift of `current` (rows, or another profile) against the reference profile. With a current
 * profile, each side is exact or bounded by itself; the bounds add.
 */
export function computeDriftFromProfile(reference: Profile, current: Table | Profile, config: DriftConfig = {}): ProfileDriftOutcome {
  const resolved = resolveDriftConfig(config);
  const currentNames = isProfile(current) ? current.columns.map((c) => c.name) : current.columns.map((c) => c.name);
  const currentSource = isProfile(current) ? (current.sources[0]?.input ?? 'the current profile') : current.source;
  const currentRows = isProfile(current) ? current.rows : current.rowCount;
  const { plans, notes } = planColumns(reference, currentNames, currentSource, resolved);
  const analyses: ColumnAnalysis[] = [];
  const profileNotes: Record<string, ProfileColumnNote> = {};
  for (const plan of plans) {
    const refSide = profileSide(reference.columns.find((c) => c.name === plan.name)!, reference.rows, 'reference');
    const curSide = isProfile(current) ? profileSide(current.columns.find((c) => c.name === plan.name)!, current.rows, 'current') : tableSide(current, plan.name);
    const { analysis, note } = analyse(refSide, curSide, plan, resolved);
    analyses.push(analysis);
    profileNotes[plan.name] = note;
  }
  const outcome = decideDrift(analyses, resolved, { reference: reference.rows, current: currentRows }, notes);
  for (const column of outcome.columns) {
    const note = profileNotes[column.name];
    if (note?.statisticBounds != null && column.threshold !== null && column.scoreKind !== null) {
      const [lo, hi] = column.scoreKind === 'p-value' ? (note.pValueBounds ?? [NaN, NaN]) : note.statisticBounds;
      note.undecided = lo < column.threshold && column.threshold < hi;
    }
  }
  return { ...outcome, profile: profileNotes };
}

function isProfile(x: Table | Profile): x is Profile {
  return (x as Profile).profileVersion !== undefined;
}

/** One side of a column pair, from rows or from a profile: what each kind of test can get. */
interface Side {
  readonly rows: number;
  /** Label → count and the missing count (categorical view), or why the side cannot give them. */
  categories(): { counts: Map<string, number>; missing: number } | string;
  /** The finite values exactly, sorted, and the missing count (NaN, empty, ±Infinity), when available. */
  exactNumbers(): { values: Float64Array; missing: number } | undefined;
  /** A weighted representation with its rank-error bound, or why there is none. */
  numbers(): { side: NumericSide; missing: number } | string;
  /** Population σ of the finite values (the reference's, for the normed Wasserstein). */
  std(): number;
}

function tableSide(table: Table, name: string): Side {
  const column = table.columns.find((c) => c.name === name)!;
  let sorted: { values: Float64Array; missing: number } | undefined;
  const exact = () => (sorted ??= finiteSorted(numericValues(table, name)));
  return {
    rows: table.rowCount,
    categories() {
      const { codes, dictionary } = labelCodes(column);
      const perCode = new Float64Array(dictionary.length);
      let missing = 0;
      for (const code of codes) if (code < 0) missing++; else perCode[code]++;
      const counts = new Map<string, number>();
      dictionary.forEach((label, code) => {
        if (perCode[code] > 0) counts.set(label, (counts.get(label) ?? 0) + perCode[code]);
      });
      return { counts, missing };
    },
    exactNumbers: exact,
    numbers() {
      const { values, missing } = exact();
      return { side: { sample: unitSample(values), min: values[0] ?? 0, max: values[values.length - 1] ?? 0 }, missing };
    },
    std() {
      return standardDeviation(exact().values, 0);
    },
  };
}

function profileSide(column: ColumnProfile, rows: number, role: 'reference' | 'current'): Side {
  const infinities = column.numeric === null ? 0 : column.numeric.negativeInfinity + column.numeric.positiveInfinity;
  return {
    rows,
    categories() {
      const counts = categoryCounts(column);
      if (counts === undefined) return `the ${role} profile keeps exact counts of ${column.values.cap} of the column's ~${Math.round(column.distinct.estimate)} categories; category tests need every one`;
      return { counts, missing: column.nulls };
    },
    exactNumbers() {
      const values = exactValues(column);
      return values === undefined ? undefined : { values, missing: column.nulls + infinities };
    },
    numbers() {
      const sketch = sketchOf(column);
      if (sketch === undefined || column.numeric === null || column.numeric.min === null || column.numeric.max === null) {
        return column.numeric !== null && column.numeric.moments.n === 0 ? 'no finite values' : `the ${role} profile has no quantile sketch of this column (it is not numeric there)`;
      }
      return { side: { sample: sketch, min: column.numeric.min, max: column.numeric.max }, missing: column.nulls + infinities };
    },
    std() {
      const m = column.numeric?.moments;
      return m === undefined ? NaN : standardDeviationOf({ n: m.n, mean: m.mean ?? 0, m2: m.m2 ?? 0, m3: 0, m4: 0 });
    },
  };
}

/** computeDrift's step 1, with the reference's columns taken from the profile. */
function planColumns(reference: Profile, currentNames: readonly string[], currentSource: string, config: ResolvedDriftConfig): { plans: ColumnPlan[]; notes: string[] } {
  const referenceNames = reference.columns.map((c) => c.name);
  const has = (name: string) => currentNames.includes(name);
  const listed = [...(config.columns ?? []), ...config.numericColumns, ...config.categoricalColumns];
  const source = reference.sources[0]?.input ?? 'the reference profile';
  for (const name of listed) {
    if (!referenceNames.includes(name)) throw missingColumnError(source, name, referenceNames);
    if (!has(name)) throw missingColumnError(currentSource, name, currentNames);
  }
  const notes: string[] = [];
  let names: string[];
  if (config.columns !== undefined) {
    names = [...new Set(listed)];
  } else {
    names = referenceNames.filter(has);
    for (const name of listed) if (!names.includes(name)) names.push(name);
    const onlyReference = referenceNames.filter((n) => !has(n));
    const onlyCurrent = currentNames.filter((n) => !referenceNames.includes(n));
    if (onlyReference.length > 0) notes.push(`not compared, missing from the current data: ${onlyReference.join(', ')}`);
    if (onlyCurrent.length > 0) notes.push(`not compared, missing from the reference data: ${onlyCurrent.join(', ')}`);
  }
  for (const name of Object.keys(config.columnStattests)) {
    if (!names.includes(name)) throw new ConfigurationError(`stattest is set for column "${name}", which is not compared; compared columns are ${names.join(', ')}`);
  }
  const plans = names.map((name): ColumnPlan => {
    if (config.numericColumns.includes(name)) return { name, kind: 'numeric', typeSource: 'configured' };
    if (config.categoricalColumns.includes(name)) return { name, kind: 'categorical', typeSource: 'configured' };
    const type = reference.columns.find((c) => c.name === name)!.type;
    if (type === 'datetime') return { name, kind: 'numeric', typeSource: 'inferred', skipReason: 'datetime column: not compared unless listed in numeric-columns (time moves on by itself)' };
    return { name, kind: type === 'string' || type === 'boolean' ? 'categorical' : 'numeric', typeSource: 'inferred' };
  });
  return { plans, notes };
}

function analyse(ref: Side, cur: Side, plan: ColumnPlan, config: ResolvedDriftConfig): { analysis: ColumnAnalysis; note: ProfileColumnNote } {
  const empty = { reference: 0, current: 0 };
  const base = { plan, test: null, result: null, effect: null, nulls: null, values: empty, histogram: null, categories: null } satisfies Omit<ColumnAnalysis, 'reason'>;
  if (plan.skipReason) return { analysis: { ...base, reason: plan.skipReason }, note: note('exact', 'not compared') };
  const nullsOf = (refMissing: number, curMissing: number) => (config.nullCheck ? nullFractionTest(refMissing, ref.rows, curMissing, cur.rows) : null);
  const refuse = (reason: string, refMissing: number, curMissing: number) => ({
    analysis: { ...base, reason: `not tested from the profile: ${reason}`, nulls: nullsOf(refMissing, curMissing) },
    note: { mode: 'refused' as const, reason, statisticBounds: null, pValueBounds: null, undecided: false },
  });
  if (plan.kind === 'categorical') {
    const r = ref.categories();
    const c = cur.categories();
    if (typeof r === 'string' || typeof c === 'string') {
      const missing = (x: typeof r) => (typeof x === 'string' ? 0 : x.missing);
      return refuse(typeof r === 'string' ? r : (c as string), missing(r), missing(c));
    }
    const labels = [...r.counts.keys()];
    for (const label of c.counts.keys()) if (!r.counts.has(label)) labels.push(label);
    const pair = new CategoricalPair({
      labels,
      reference: Float64Array.from(labels, (l) => r.counts.get(l) ?? 0),
      current: Float64Array.from(labels, (l) => c.counts.get(l) ?? 0),
    });
    const analysis = exactAnalysis(pair, plan, config, nullsOf(r.missing, c.missing));
    return { analysis, note: note('exact', 'complete category counts', analysis) };
  }
  const refExact = ref.exactNumbers();
  const curExact = cur.exactNumbers();
  if (refExact !== undefined && curExact !== undefined) {
    const analysis = exactAnalysis(new NumericPair(refExact.values, curExact.values), plan, config, nullsOf(refExact.missing, curExact.missing));
    return { analysis, note: note('exact', 'the values are held exactly (complete counts, or sketches that never compacted)', analysis) };
  }
  const r = ref.numbers();
  const c = cur.numbers();
  if (typeof r === 'string' || typeof c === 'string') return refuse(typeof r === 'string' ? r : (c as string), typeof r === 'string' ? 0 : r.missing, typeof c === 'string' ? 0 : c.missing);
  const sizes = { reference: r.side.sample.n, current: c.side.sample.n };
  const nulls = nullsOf(r.missing, c.missing);
  const configured = config.columnStattests[plan.name];
  const choice = configured ?? config.stattest;
  if (choice === 'evidently') return refuse("evidently mode reproduces Evidently's choices on the raw values; with a sketch only ks, wasserstein, psi, kl_div and tvd can be computed", r.missing, c.missing);
  let id: string;
  let reason: string;
  if (choice === 'auto') {
    if (Math.min(sizes.reference, sizes.current) < AUTO_MIN_VALUES) {
      return { analysis: { ...base, reason: `too few values to test (${sizes.reference} reference, ${sizes.current} current; at least ${AUTO_MIN_VALUES} each needed)`, nulls, values: sizes }, note: note('bounded', 'too few values') };
    }
    id = 'ks';
    reason = 'numeric with more distinct values than the profile counts exactly: Kolmogorov–Smirnov from the quantile sketch';
  } else {
    id = choice;
    driftTests.get(id, 'numeric', configured !== undefined ? `stattest for column "${plan.name}"` : 'stattest');
    reason = configured !== undefined ? `set for this column: ${choice}` : `set for all columns: ${choice}`;
  }
  if (sizes.reference === 0 || sizes.current === 0) return { analysis: { ...base, reason: `no values in the ${sizes.reference === 0 ? 'reference' : 'current'} sample`, nulls, values: sizes }, note: note('bounded', 'no values') };
  if (!BOUNDED_TESTS.includes(id)) return refuse(`${id} needs the values themselves; from a sketch only ${BOUNDED_TESTS.join(', ')} can be computed with a bound`, r.missing, c.missing);
  const std = ref.std();
  const bounded: BoundedResult = id === 'ks' ? boundedKs(r.side, c.side) : id === 'wasserstein' ? boundedWasserstein(r.side, c.side, std) : boundedBinned(id as 'psi' | 'kl_div' | 'tvd', r.side, c.side, config.binning);
  const effect = boundedWasserstein(r.side, c.side, std);
  const analysis: ColumnAnalysis = {
    plan,
    test: driftTests.get(id),
    reason,
    result: { statistic: bounded.statistic, pValue: bounded.pValue, detail: bounded.detail },
    effect: { name: 'normalized_wasserstein', value: std === 0 ? (effect.statistic === 0 ? 0 : Infinity) : effect.statistic },
    nulls,
    values: sizes,
    histogram: null,
    categories: null,
  };
  const epsilon = r.side.sample.epsilon + c.side.sample.epsilon;
  return { analysis, note: { mode: 'bounded', reason: `quantile sketch, rank error ±${Number(epsilon.toPrecision(2))}`, statisticBounds: bounded.statisticBounds, pValueBounds: bounded.pValueBounds ?? null, undecided: false } };
}

/** The analysis computeDrift would make of this pair (selection, test, effect, missing values, report data). */
function exactAnalysis(pair: ColumnPair, plan: ColumnPlan, config: ResolvedDriftConfig, nulls: ColumnAnalysis['nulls']): ColumnAnalysis {
  const values = sampleSizes(pair);
  const selection = selectTest(pair, plan, config);
  const context = { binning: config.binning, random: createRandom(config.seed) };
  const result = selection.test ? selection.test.compute(pair, context) : null;
  const bothSides = values.reference > 0 && values.current > 0;
  return {
    plan,
    test: selection.test,
    reason: selection.reason,
    result,
    effect: bothSides ? effectSizeOf(pair) : null,
    nulls,
    values,
    histogram: bothSides && pair.kind === 'numeric' ? histogramOf(pair, config) : null,
    categories: bothSides && pair.kind === 'categorical' ? movedCategories(pair) : null,
  };
}

function selectTest(pair: ColumnPair, plan: ColumnPlan, config: ResolvedDriftConfig): Selection {
  const configured = config.columnStattests[plan.name];
  const choice = configured ?? config.stattest;
  if (choice === 'auto') return selectAuto(pair);
  if (choice === 'evidently') return selectEvidently(pair);
  const test = driftTests.get(choice, plan.kind, configured !== undefined ? `stattest for column "${plan.name}"` : 'stattest');
  const sizes = sampleSizes(pair);
  if (sizes.reference === 0 || sizes.current === 0) return { test: null, reason: `no values in the ${sizes.reference === 0 ? 'reference' : 'current'} sample` };
  return { test, reason: configured !== undefined ? `set for this column: ${choice}` : `set for all columns: ${choice}` };
}

function note(mode: ProfileColumnMode, reason: string, analysis?: ColumnAnalysis): ProfileColumnNote {
  const s = analysis?.result?.statistic;
  const p = analysis?.result?.pValue;
  return { mode, reason, statisticBounds: s === undefined ? null : [s, s], pValueBounds: p === undefined ? null : [p, p], undecided: false };
}

/** Label → count of a column whose value counts are complete (labels as drift labels them: labelCodes). */
function categoryCounts(ref: ColumnProfile): Map<string, number> | undefined {
  if (ref.values.threshold !== null) return undefined;
  const out = new Map<string, number>();
  for (const [key, count] of ref.values.entries) {
    const label = typeof key === 'string' ? key : ref.type === 'boolean' ? (key === 1 ? 'true' : 'false') : String(key);
    out.set(label, (out.get(label) ?? 0) + count);
  }
  if (ref.numeric !== null) {
    if (ref.numeric.negativeInfinity > 0) out.set('-Infinity', ref.numeric.negativeInfinity);
    if (ref.numeric.positiveInfinity > 0) out.set('Infinity', ref.numeric.positiveInfinity);
  }
  return out;
}

/** The reference's finite values, sorted, when the profile holds them exactly (and not too many). */
function exactValues(ref: ColumnProfile): Float64Array | undefined {
  const finite = ref.numeric === null ? ref.count : ref.count - ref.numeric.negativeInfinity - ref.numeric.positiveInfinity;
  if (finite > EXPAND_LIMIT) return undefined;
  if (ref.values.threshold === null) {
    const out = new Float64Array(finite);
    let at = 0;
    const entries = ref.type === 'string'
      ? ref.values.entries.map(([k, c]) => [parseStrictNumber(String(k)), c] as const).sort((a, b) => a[0] - b[0])
      : ref.values.entries.map(([k, c]) => [k as number, c] as const);
    for (const [value, count] of entries) {
      if (Number.isNaN(value)) return undefined;
      out.fill(value, at, at + count);
      at += count;
    }
    return at === finite ? out : undefined;
  }
  const q = ref.numeric?.quantiles;
  if (q == null || q.variance !== 0 || q.deterministicError !== 0 || q.levels.length !== 1) return undefined;
  const items = decodeFloat64(q.levels[0]);
  return items !== undefined && items.length === finite ? items : undefined;
}

function sketchOf(ref: ColumnProfile): WeightedSample | undefined {
  const q = ref.numeric?.quantiles;
  if (q == null) return undefined;
  const levels = q.levels.map((l) => decodeFloat64(l));
  if (levels.some((l) => l === undefined)) return undefined;
  const sketch = KllSketch.fromState({ k: q.k, n: q.n, levels: levels as Float64Array[], variance: q.variance, deterministicError: q.deterministicError });
  const { values, cumulative } = sketch.cumulative;
  return { values, cumulative, n: sketch.n, epsilon: sketch.rankError() };
}

function histogramOf(pair: NumericPair, config: ResolvedDriftConfig): ColumnDrift['histogram'] {
  const binned = binNumeric(pair.reference, pair.current, config.binning);
  return {
    edges: Array.from(binned.edges),
    reference: Array.from(binned.referenceCounts, (c) => c / pair.reference.length),
    current: Array.from(binned.currentCounts, (c) => c / pair.current.length),
  };
}

function movedCategories(pair: CategoricalPair): ColumnAnalysis['categories'] {
  const { labels, reference, current } = pair.categories;
  const refTotal = pair.referenceTotal;
  const curTotal = pair.currentTotal;
  return labels
    .map((label, k) => ({ label, reference: reference[k] / refTotal, current: current[k] / curTotal }))
    .sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference))
    .slice(0, 10);
}

export type { ColumnKind };
