/**
 * drift-report's computation when the reference, the current side or both are PROFILES instead of
 * rows: `computeDriftFromProfile(reference, current, config)` (each side a Table or a Profile)
 * returns the same DriftOutcome as computeDrift (src/drift/compute-drift.ts), decided by the same
 * central function (decideDrift: one correction, the effect floor, the drifted share), plus, per
 * column, where its numbers came from and their bounds (`profile`, drift/outcome.ts ColumnBounds):
 * - `exact`: the profile holds the column exactly — complete value counts (categorical columns up
 *   to the category cap, numeric columns up to the numeric cap), or a quantile sketch that never
 *   compacted — so the column's values are rebuilt and every drift test runs on them through its
 *   own descriptor: the numbers are computeDrift's, bound 0.
 * - `bounded`: only the quantile sketch: ks, wasserstein, psi, kl_div and tvd are computed with an
 *   interval holding the exact statistic (bounded-tests.ts), the KS p-value with its interval, and
 *   the effect size (normalised Wasserstein) with its own; `auto` picks ks as computeDrift would
 *   (such a column has more distinct values than the cap, ≥ 10).
 * - `coarsened`: a categorical column with more categories than a profile counts exactly, under
 *   `auto`: its test runs on the hash-sampled categories both sides know exactly, the rest pooled
 *   (category-sample.ts) — a coarser test of the same hypothesis, stated in the reason.
 * - `refused`: a test that needs what the profile does not keep (the raw values for rank tests,
 *   every category for a category test named explicitly); the column is then not value-tested
 *   (status as computeDrift gives an untested column) and the reason says why.
 * The missing-value test always runs, from the counts (exact).
 *
 * What a bound means for the decision: the columns are decided at the point estimates (as
 * computeDrift would decide on these numbers), and again at the two ends of every bound — least
 * drift (p-values at their upper ends, distances and effect sizes at their lower ends) and most
 * drift (the other ends). Every decision is monotone in these numbers (the corrections are), so
 * the exact decision lies between the two: a column drifted at one end and not at the other is
 * `undecided`, and the dataset's drifted count, share and verdict get intervals
 * (`datasetBounds`). Gates read them as bounds (drift/gate-catalogue.ts): pass when the bound
 * passes, inconclusive when only the point does (DESIGN.md, "Gate semantics").
 */
import { ConfigurationError } from '../../errors.js';
import { isNumeric, labelCodes, missingColumnError, numericValues, parseStrictNumber, type ColumnType, type Table } from '../../io/table.js';
import { standardDeviation } from '../../stats/summation.js';
import { selectAuto, AUTO_MIN_VALUES, AUTO_MAX_PLAIN_CATEGORIES } from '../../drift/auto-select.js';
import { CategoricalPair, NumericPair, type ColumnKind } from '../../drift/column-pair.js';
import { finiteSorted } from '../../drift/column-extract.js';
import { analysePair, decideDrift, movedCategories, type ColumnAnalysis, type ColumnPlan } from '../../drift/compute-drift.js';
import { resolveDriftConfig, stattestOf, type DriftConfig, type ResolvedDriftConfig } from '../../drift/config.js';
import { effectSizeOf } from '../../drift/effect-size.js';
import { nullFractionTest } from '../../drift/null-fraction.js';
import type { ColumnBounds, DriftOutcome, ProfileSideInfo } from '../../drift/outcome.js';
import { driftTests } from '../../drift/registry.js';
import { createRandom } from '../../stats/rng.js';
import { KllSketch } from '../../sketch/kll.js';
import { standardDeviationOf } from '../../sketch/moments.js';
import { decodeFloat64, decodeHash } from '../encoding.js';
import type { ColumnProfile, Profile } from '../format.js';
import { boundedBinned, boundedKs, boundedWasserstein, BOUNDED_TESTS, type BoundedResult, type NumericSide } from './bounded-tests.js';
import { coarsen, hashOfKey, type HashedCategory, type HashedCounts } from './category-sample.js';
import { unitSample, weightedEcdfDistances, type WeightedSample } from './weighted-sample.js';

/** Columns with more finite values than this are not rebuilt from their counts (memory). */
export const EXPAND_LIMIT = 5_000_000;

export type ProfileColumnMode = ColumnBounds['mode'];
/** Per column: how its numbers were obtained (phase-1 name of drift/outcome.ts ColumnBounds). */
export type ProfileColumnNote = ColumnBounds;

export interface ProfileDriftOutcome extends DriftOutcome {
  profile: Record<string, ColumnBounds>;
  profiles: { reference: ProfileSideInfo | null; current: ProfileSideInfo | null };
  datasetBounds: { drifted: [number, number]; driftedShare: [number, number]; drift: [boolean, boolean] };
}

/** The numbers of a bounded column at the two ends of its bounds. */
interface Ends {
  /** The value test's statistic and p-value at least and most drift. */
  least: { statistic: number; pValue?: number; effect: number | null };
  most: { statistic: number; pValue?: number; effect: number | null };
}

/**
 * Drift of `current` against `reference`, either or both profiles. With two profiles, each side is
 * exact or bounded by itself; the bounds add.
 */
export function computeDriftFromProfile(reference: Table | Profile, current: Table | Profile, config: DriftConfig = {}): ProfileDriftOutcome {
  const resolved = resolveDriftConfig(config);
  const { plans, notes } = planColumns(reference, current, resolved);
  const analyses: ColumnAnalysis[] = [];
  const ends: (Ends | undefined)[] = [];
  const profileNotes: Record<string, ColumnBounds> = {};
  for (const plan of plans) {
    const refSide = sideOf(reference, plan.name, 'reference');
    const curSide = sideOf(current, plan.name, 'current');
    const { analysis, note, bounds } = analyse(refSide, curSide, plan, resolved);
    analyses.push(analysis);
    ends.push(bounds);
    profileNotes[plan.name] = note;
  }
  const rows = { reference: rowsOf(reference), current: rowsOf(current) };
  const outcome = decideDrift(analyses, resolved, rows, notes);
  // The same decision at both ends of every bound (see the header).
  const at = (end: 'least' | 'most') => decideDrift(analyses.map((a, i) => withEnd(a, ends[i], end)), resolved, rows, notes);
  const least = at('least');
  const most = at('most');
  outcome.columns.forEach((column, i) => {
    const note = profileNotes[column.name];
    if (ends[i] === undefined) {
      note.adjustedPValueBounds = column.adjustedPValue === null ? null : [column.adjustedPValue, column.adjustedPValue];
      return;
    }
    const lo = most.columns[i].adjustedPValue;
    const hi = least.columns[i].adjustedPValue;
    note.adjustedPValueBounds = lo === null || hi === null ? null : [lo, hi];
    note.undecided = least.columns[i].drifted !== most.columns[i].drifted;
  });
  return {
    ...outcome,
    profile: profileNotes,
    profiles: { reference: sideInfo(reference), current: sideInfo(current) },
    datasetBounds: {
      drifted: [least.dataset.drifted, most.dataset.drifted],
      driftedShare: [least.dataset.driftedShare, most.dataset.driftedShare],
      drift: [least.dataset.drift, most.dataset.drift],
    },
  };
}

export function isProfile(x: Table | Profile): x is Profile {
  return (x as Profile).profileVersion !== undefined;
}

function rowsOf(x: Table | Profile): number {
  return isProfile(x) ? x.rows : x.rowCount;
}

function sourceOf(x: Table | Profile, role: 'reference' | 'current'): string {
  return isProfile(x) ? (x.sources.map((s) => s.input).join(', ') || `the ${role} profile`) : x.source;
}

function sideInfo(x: Table | Profile): ProfileSideInfo | null {
  if (!isProfile(x)) return null;
  const engines = [...new Set(x.sources.map((s) => s.engine))];
  return { input: sourceOf(x, 'reference'), engine: engines.join(', ') || 'unknown', rows: x.rows };
}

/** The analysis with its value test's numbers (and effect) at one end of the bounds. */
function withEnd(a: ColumnAnalysis, bounds: Ends | undefined, end: 'least' | 'most'): ColumnAnalysis {
  if (bounds === undefined || a.result === null) return a;
  const e = bounds[end];
  return { ...a, result: { ...a.result, statistic: e.statistic, pValue: e.pValue }, effect: a.effect && e.effect !== null ? { ...a.effect, value: e.effect } : a.effect };
}

/** One side of a column pair, from rows or from a profile: what each kind of test can get. */
interface Side {
  readonly role: 'reference' | 'current';
  readonly rows: number;
  readonly type: ColumnType;
  /** Hashed category counts (categorical view), complete or a hash sample, or why there are none. */
  categories(): HashedCounts | string;
  /** The finite values exactly, sorted, and the missing count (NaN, empty, ±Infinity), when available. */
  exactNumbers(): { values: Float64Array; missing: number } | undefined;
  /** A weighted representation with its rank-error bound, or why there is none. */
  numbers(): { side: NumericSide; missing: number } | string;
  /** Population σ of the finite values (the reference's, for the normed Wasserstein). */
  std(): number;
}

function sideOf(x: Table | Profile, name: string, role: 'reference' | 'current'): Side {
  return isProfile(x) ? profileSide(x.columns.find((c) => c.name === name)!, x.rows, role) : tableSide(x, name, role);
}

function tableSide(table: Table, name: string, role: 'reference' | 'current'): Side {
  const column = table.columns.find((c) => c.name === name)!;
  let sorted: { values: Float64Array; missing: number } | undefined;
  const exact = () => (sorted ??= finiteSorted(numericValues(table, name)));
  return {
    role,
    rows: table.rowCount,
    type: column.type,
    categories() {
      const { codes, dictionary } = labelCodes(column);
      const perCode = new Float64Array(dictionary.length);
      let missing = 0;
      for (const code of codes) if (code < 0) missing++; else perCode[code]++;
      const entries = new Map<string, HashedCategory>();
      const extra = new Map<string, number>();
      const numeric = isNumeric(column);
      // The value behind each label, as the profile hashes it: the number itself for numeric columns.
      const valueOf = numeric ? firstValues(column.values, codes, dictionary.length) : undefined;
      dictionary.forEach((label, code) => {
        const count = perCode[code];
        if (count === 0) return;
        const value = valueOf?.[code];
        if (value !== undefined && !Number.isFinite(value)) {
          extra.set(label, (extra.get(label) ?? 0) + count);
          return;
        }
        const seen = entries.get(label);
        if (seen !== undefined) {
          entries.set(label, { ...seen, count: seen.count + count });
          return;
        }
        entries.set(label, { count, ...hashOfKey(value ?? label) });
      });
      return { entries, other: 0, threshold: null, extra, missing, distinct: entries.size + extra.size, keys: numeric ? 'number' : 'text' };
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

/** The first value of each dictionary code (labelCodes gives one code per distinct value). */
function firstValues(values: Float64Array, codes: Int32Array, size: number): Float64Array {
  const out = new Float64Array(size).fill(NaN);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0 && Number.isNaN(out[codes[i]])) out[codes[i]] = values[i];
  return out;
}

function profileSide(column: ColumnProfile, rows: number, role: 'reference' | 'current'): Side {
  const infinities = column.numeric === null ? 0 : column.numeric.negativeInfinity + column.numeric.positiveInfinity;
  return {
    role,
    rows,
    type: column.type,
    categories() {
      const entries = new Map<string, HashedCategory>();
      for (const [key, count] of column.values.entries) {
        const label = typeof key === 'string' ? key : column.type === 'boolean' ? (key === 1 ? 'true' : 'false') : String(key);
        entries.set(label, { count: (entries.get(label)?.count ?? 0) + count, ...hashOfKey(key) });
      }
      const extra = new Map<string, number>();
      if (column.numeric !== null) {
        if (column.numeric.negativeInfinity > 0) extra.set('-Infinity', column.numeric.negativeInfinity);
        if (column.numeric.positiveInfinity > 0) extra.set('Infinity', column.numeric.positiveInfinity);
      }
      const threshold = column.values.threshold === null ? null : (decodeHash(column.values.threshold) ?? null);
      if (column.values.threshold !== null && threshold === null) return `the ${role} profile's value counts have an unreadable threshold`;
      return { entries, other: column.values.other, threshold, extra, missing: column.nulls, distinct: column.distinct.estimate + extra.size, keys: column.type === 'string' ? 'text' : 'number' };
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

/** computeDrift's step 1 (src/drift/compute-drift.ts planColumns), on tables or profiles. */
function planColumns(reference: Table | Profile, current: Table | Profile, config: ResolvedDriftConfig): { plans: ColumnPlan[]; notes: string[] } {
  const namesOf = (x: Table | Profile) => x.columns.map((c) => c.name);
  const referenceNames = namesOf(reference);
  const currentNames = namesOf(current);
  const has = (name: string) => currentNames.includes(name);
  const listed = [...(config.columns ?? []), ...config.numericColumns, ...config.categoricalColumns];
  for (const name of listed) {
    if (!referenceNames.includes(name)) throw missingColumnError(sourceOf(reference, 'reference'), name, referenceNames);
    if (!has(name)) throw missingColumnError(sourceOf(current, 'current'), name, currentNames);
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
  const typeOf = (name: string): ColumnType => (reference.columns as readonly { name: string; type: ColumnType }[]).find((c) => c.name === name)!.type;
  const plans = names.map((name): ColumnPlan => {
    if (config.numericColumns.includes(name)) return { name, kind: 'numeric', typeSource: 'configured' };
    if (config.categoricalColumns.includes(name)) return { name, kind: 'categorical', typeSource: 'configured' };
    const type = typeOf(name);
    if (type === 'datetime') return { name, kind: 'numeric', typeSource: 'inferred', skipReason: 'datetime column: not compared unless listed in numeric-columns (time moves on by itself)' };
    return { name, kind: type === 'string' || type === 'boolean' ? 'categorical' : 'numeric', typeSource: 'inferred' };
  });
  return { plans, notes };
}

interface Analysed {
  analysis: ColumnAnalysis;
  note: ColumnBounds;
  /** Bounded columns: the numbers at both ends of their bounds. */
  bounds?: Ends;
}

function analyse(ref: Side, cur: Side, plan: ColumnPlan, config: ResolvedDriftConfig): Analysed {
  const empty = { reference: 0, current: 0 };
  const base = { plan, test: null, result: null, effect: null, nulls: null, values: empty, histogram: null, categories: null } satisfies Omit<ColumnAnalysis, 'reason'>;
  if (plan.skipReason) return { analysis: { ...base, reason: plan.skipReason }, note: note('exact', 'not compared') };
  const nullsOf = (refMissing: number, curMissing: number) => (config.nullCheck ? nullFractionTest(refMissing, ref.rows, curMissing, cur.rows) : null);
  const refuse = (reason: string, refMissing: number, curMissing: number): Analysed => ({
    analysis: { ...base, reason: `not tested from the profile: ${reason}`, nulls: nullsOf(refMissing, curMissing) },
    note: { ...note('refused', reason) },
  });
  const { choice, source } = stattestOf(config, plan.name, plan.kind);
  if (plan.kind === 'categorical') return analyseCategories(ref, cur, plan, config, nullsOf, refuse, choice);
  const refExact = ref.exactNumbers();
  const curExact = cur.exactNumbers();
  if (refExact !== undefined && curExact !== undefined) {
    const analysis = analysePair(new NumericPair(refExact.values, curExact.values), plan, config, nullsOf(refExact.missing, curExact.missing));
    return { analysis, note: note('exact', 'the values are held exactly (complete counts, or sketches that never compacted)', analysis) };
  }
  const r = ref.numbers();
  const c = cur.numbers();
  if (typeof r === 'string' || typeof c === 'string') return refuse(typeof r === 'string' ? r : (c as string), typeof r === 'string' ? 0 : r.missing, typeof c === 'string' ? 0 : c.missing);
  const sizes = { reference: r.side.sample.n, current: c.side.sample.n };
  const nulls = nullsOf(r.missing, c.missing);
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
    driftTests.get(id, 'numeric', source === 'column' ? `stattest for column "${plan.name}"` : source === 'kind' ? 'numeric-stattest' : 'stattest', plan.name);
    reason = source === 'column' ? `set for this column: ${choice}` : source === 'kind' ? `set for numeric columns: ${choice}` : `set for all columns: ${choice}`;
  }
  if (sizes.reference === 0 || sizes.current === 0) return { analysis: { ...base, reason: `no values in the ${sizes.reference === 0 ? 'reference' : 'current'} sample`, nulls, values: sizes }, note: note('bounded', 'no values') };
  if (!BOUNDED_TESTS.includes(id)) return refuse(`${id} needs the values themselves; from a sketch only ${BOUNDED_TESTS.join(', ')} can be computed with a bound`, r.missing, c.missing);
  const std = ref.std();
  const distances = weightedEcdfDistances(r.side.sample, c.side.sample);
  const bounded: BoundedResult = id === 'ks' ? boundedKs(r.side, c.side, distances) : id === 'wasserstein' ? boundedWasserstein(r.side, c.side, std, distances) : boundedBinned(id as 'psi' | 'kl_div' | 'tvd', r.side, c.side, config.binning);
  const effect = boundedWasserstein(r.side, c.side, std, distances);
  const effectValue = (w: number) => (std === 0 ? (w === 0 ? 0 : Infinity) : w);
  const test = driftTests.get(id);
  const analysis: ColumnAnalysis = {
    plan,
    test,
    reason,
    result: { statistic: bounded.statistic, pValue: bounded.pValue, detail: bounded.detail },
    effect: { name: 'normalized_wasserstein', value: effectValue(effect.statistic) },
    nulls,
    values: sizes,
    histogram: null,
    categories: null,
  };
  const epsilon = r.side.sample.epsilon + c.side.sample.epsilon;
  // Least drift: the p-value at its upper end, the statistic at the end that is further from drift.
  const [slo, shi] = bounded.statisticBounds;
  const [plo, phi] = bounded.pValueBounds ?? [undefined, undefined];
  const towardsDrift = test.comparison === '>' || test.comparison === '>=';
  const [elo, ehi] = effect.statisticBounds;
  const ends: Ends = {
    least: { statistic: towardsDrift ? slo : shi, pValue: phi, effect: effectValue(elo) },
    most: { statistic: towardsDrift ? shi : slo, pValue: plo, effect: effectValue(ehi) },
  };
  return {
    analysis,
    bounds: ends,
    note: {
      mode: 'bounded',
      reason: `quantile sketch${r.side.sample.epsilon > 0 && c.side.sample.epsilon > 0 ? 'es of both sides' : ` of the ${r.side.sample.epsilon > 0 ? 'reference' : 'current'}`}, rank error ±${Number(epsilon.toPrecision(2))}`,
      statisticBounds: bounded.statisticBounds,
      pValueBounds: bounded.pValueBounds ?? null,
      adjustedPValueBounds: null,
      effectBounds: [effectValue(elo), effectValue(ehi)],
      rankError: epsilon,
      undecided: false,
    },
  };
}

function analyseCategories(
  ref: Side,
  cur: Side,
  plan: ColumnPlan,
  config: ResolvedDriftConfig,
  nullsOf: (r: number, c: number) => ColumnAnalysis['nulls'],
  refuse: (reason: string, r: number, c: number) => Analysed,
  choice: string,
): Analysed {
  const r = ref.categories();
  const c = cur.categories();
  if (typeof r === 'string' || typeof c === 'string') {
    const missing = (x: typeof r) => (typeof x === 'string' ? 0 : x.missing);
    return refuse(typeof r === 'string' ? r : (c as string), missing(r), missing(c));
  }
  const nulls = nullsOf(r.missing, c.missing);
  const incomplete = [r, c].find((x) => x.threshold !== null);
  const table = coarsen(r, c);
  if (incomplete === undefined && table !== undefined) {
    const analysis = analysePair(new CategoricalPair({ labels: table.labels, reference: table.reference, current: table.current }), plan, config, nulls);
    return { analysis, note: note('exact', 'complete category counts', analysis) };
  }
  const role = r.threshold !== null ? 'reference' : 'current';
  const capped = `the ${role} profile keeps exact counts of ${incomplete!.entries.size} of the column's ~${Math.round(incomplete!.distinct)} categories`;
  if (choice !== 'auto') return refuse(`${capped}; ${choice} needs every one (with stattest auto, a coarser chi-square on the sampled categories is used)`, r.missing, c.missing);
  if (table === undefined) return refuse(`${capped}, and the two sides hash their values differently (text on one side, numbers on the other)`, r.missing, c.missing);
  const smaller = Math.min(sumOf(table.reference), sumOf(table.current));
  const distinct = Math.max(r.distinct, c.distinct);
  const base = { plan, result: null, effect: null, nulls, values: { reference: sumOf(table.reference), current: sumOf(table.current) }, histogram: null, categories: null };
  // auto's identifier rule (auto-select.ts), on the profile's distinct estimate rather than the sample.
  if (distinct > AUTO_MAX_PLAIN_CATEGORIES && distinct >= smaller / 2) {
    return { analysis: { ...base, test: null, reason: `~${Math.round(distinct)} categories for ${smaller} values: looks like an identifier or free text, not tested` }, note: note('coarsened', 'identifier-like') };
  }
  const pair = new CategoricalPair({ labels: table.labels, reference: table.reference, current: table.current });
  const selection = selectAuto(pair);
  const result = selection.test ? selection.test.compute(pair, { binning: config.binning, random: createRandom(config.seed) }) : null;
  const reason = `~${Math.round(distinct)} categories, more than ${capped.startsWith('the reference') ? 'the reference profile' : 'the current profile'} counts exactly: ${selection.test?.id ?? 'no test'} on the ${table.kept} categories of a hash sample with the other values pooled (a coarser test of the same hypothesis)`;
  const analysis: ColumnAnalysis = { ...base, test: selection.test, reason, result, effect: effectSizeOf(pair), categories: movedCategories(pair) };
  const coarse = analysis.effect!.value;
  return {
    analysis,
    note: { ...note('coarsened', `${capped}: tested on ${table.kept} hash-sampled categories, the rest pooled; the Hellinger distance ${Number(coarse.toPrecision(3))} is a lower bound of the full one`, analysis), effectBounds: [coarse, 1] },
  };
}

function sumOf(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

function note(mode: ColumnBounds['mode'], reason: string, analysis?: ColumnAnalysis): ColumnBounds {
  const s = analysis?.result?.statistic;
  const p = analysis?.result?.pValue;
  const e = analysis?.effect?.value;
  const exact = mode === 'exact';
  return {
    mode,
    reason,
    statisticBounds: s === undefined || !exact ? null : [s, s],
    pValueBounds: p === undefined || !exact ? null : [p, p],
    adjustedPValueBounds: null,
    effectBounds: e === undefined || !exact ? null : [e, e],
    rankError: exact ? 0 : null,
    undecided: false,
  };
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

export type { ColumnKind };
