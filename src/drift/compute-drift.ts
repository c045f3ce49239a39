/**
 * computeDrift(reference, current, config) → DriftOutcome: the whole drift computation as one pure
 * function (no I/O, no GitHub), in four steps:
 * 1. plan: which columns, of which kind (from the file's column types unless numeric-columns /
 *    categorical-columns say otherwise; datetime columns are left out unless listed as numeric);
 * 2. per column: prepare the pair once (sort / count), pick the test (auto, evidently, or the
 *    configured id) and run it, the effect size, and the missing-fraction test;
 * 3. correct all p-values of the run together (value and missing-value tests: one family);
 * 4. decide each column centrally and the dataset by the drifted share.
 *
 * Decision of a column: a p-value test drifts when its corrected p-value passes the threshold
 * with the test's comparison AND its effect size reaches the floor for its kind; a distance test
 * drifts when its distance passes its threshold; the missing-value test drifts when its corrected
 * p-value is ≤ α and the missing fraction moved by at least its floor. A column drifts if its
 * values or its missing fraction drift. The dataset drifts when drifted / tested ≥ drift-share.
 */
import { getColumn, hasColumn, type Table } from '../io/table.js';
import { ConfigurationError, DataError } from '../errors.js';
import { binNumeric } from '../stats/binning.js';
import { multipleTests } from '../stats/multiple-testing.js';
import { createRandom } from '../stats/rng.js';
import { selectAuto, type Selection } from './auto-select.js';
import { sampleSizes, type ColumnKind, type ColumnPair } from './column-pair.js';
import { extractColumn } from './column-extract.js';
import { DEFAULT_ALPHA, DEFAULT_MIN_EFFECT, resolveDriftConfig, stattestOf, type DriftConfig, type ResolvedDriftConfig } from './config.js';
import { exceedsThreshold } from './decision.js';
import { scoreOf, type DriftTest, type TestResult } from './drift-test.js';
import { columnDistribution } from './distribution.js';
import { effectSizeOf, type EffectSize } from './effect-size.js';
import { selectEvidently } from './evidently-select.js';
import { nullFractionTest, type NullFractionResult } from './null-fraction.js';
import type { CategoryShares, ColumnDrift, DriftOutcome } from './outcome.js';
import { driftTests } from './registry.js';

export interface ColumnPlan {
  name: string;
  kind: ColumnKind;
  typeSource: 'inferred' | 'configured';
  /** Set when the column is listed but not compared (e.g. a datetime column). */
  skipReason?: string;
}

/** One column after its tests ran, before the correction and the decision. */
export interface ColumnAnalysis {
  plan: ColumnPlan;
  test: DriftTest | null;
  reason: string;
  result: TestResult | null;
  effect: EffectSize | null;
  nulls: NullFractionResult | null;
  values: { reference: number; current: number };
  histogram: ColumnDrift['histogram'];
  /** The report's pictures of a numeric pair (absent when the analysis came from a profile). */
  distribution?: ColumnDrift['distribution'];
  categories: CategoryShares[] | null;
}

export function computeDrift(reference: Table, current: Table, config: DriftConfig = {}): DriftOutcome {
  const resolved = resolveDriftConfig(config);
  const { columns, notes } = planColumns(reference, current, resolved);
  const analyses = columns.map((plan) => analyseColumn(reference, current, plan, resolved));
  return decideDrift(analyses, resolved, { reference: reference.rowCount, current: current.rowCount }, notes);
}

/** Step 1: the columns to compare and their kinds. */
export function planColumns(reference: Table, current: Table, config: ResolvedDriftConfig): { columns: ColumnPlan[]; notes: string[] } {
  const notes: string[] = [];
  const listed = [...(config.columns ?? []), ...config.numericColumns, ...config.categoricalColumns];
  for (const name of listed) {
    getColumn(reference, name);
    getColumn(current, name);
  }
  let names: string[];
  if (config.columns !== undefined) {
    names = [...new Set(listed)];
  } else {
    names = reference.columns.map((c) => c.name).filter((name) => hasColumn(current, name));
    for (const name of listed) if (!names.includes(name)) names.push(name);
    const onlyReference = reference.columns.filter((c) => !hasColumn(current, c.name)).map((c) => c.name);
    const onlyCurrent = current.columns.filter((c) => !hasColumn(reference, c.name)).map((c) => c.name);
    if (onlyReference.length > 0) notes.push(`not compared, missing from the current data: ${onlyReference.join(', ')}`);
    if (onlyCurrent.length > 0) notes.push(`not compared, missing from the reference data: ${onlyCurrent.join(', ')}`);
  }
  for (const name of Object.keys(config.columnStattests)) {
    if (!names.includes(name)) {
      throw new ConfigurationError(`stattest is set for column "${name}", which is not compared; compared columns are ${names.join(', ')}`);
    }
  }
  const columns = names.map((name): ColumnPlan => {
    if (config.numericColumns.includes(name)) return { name, kind: 'numeric', typeSource: 'configured' };
    if (config.categoricalColumns.includes(name)) return { name, kind: 'categorical', typeSource: 'configured' };
    const type = getColumn(reference, name).type;
    if (type === 'datetime') {
      return { name, kind: 'numeric', typeSource: 'inferred', skipReason: 'datetime column: not compared unless listed in numeric-columns (time moves on by itself)' };
    }
    return { name, kind: type === 'string' || type === 'boolean' ? 'categorical' : 'numeric', typeSource: 'inferred' };
  });
  return { columns, notes };
}

/** Step 2: prepare, select, test, measure — everything that needs the column's data. */
export function analyseColumn(reference: Table, current: Table, plan: ColumnPlan, config: ResolvedDriftConfig): ColumnAnalysis {
  const empty = { reference: 0, current: 0 };
  if (plan.skipReason) return { plan, test: null, reason: plan.skipReason, result: null, effect: null, nulls: null, values: empty, histogram: null, distribution: null, categories: null };
  const { pair, missing, rows } = extractColumn(reference, current, plan.name, plan.kind);
  const nulls = config.nullCheck ? nullFractionTest(missing.reference, rows.reference, missing.current, rows.current) : null;
  return analysePair(pair, plan, config, nulls);
}

/**
 * Step 2 on a prepared pair (its values, from rows or rebuilt from a profile's exact counts:
 * src/profile/compare/drift-from-profile.ts): the test selected and run, the effect size and the
 * report's data; `nulls` is the missing-value test, made from the counts by the caller.
 */
export function analysePair(pair: ColumnPair, plan: ColumnPlan, config: ResolvedDriftConfig, nulls: ColumnAnalysis['nulls']): ColumnAnalysis {
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
    distribution: bothSides && pair.kind === 'numeric' ? columnDistribution(pair.reference, pair.current) : null,
    categories: bothSides && pair.kind === 'categorical' ? movedCategories(pair) : null,
  };
}

function selectTest(pair: ColumnPair, plan: ColumnPlan, config: ResolvedDriftConfig): Selection {
  const { choice, source } = stattestOf(config, plan.name, plan.kind);
  if (choice === 'auto') return selectAuto(pair);
  if (choice === 'evidently') return selectEvidently(pair);
  const where = source === 'column' ? `stattest for column "${plan.name}"` : source === 'kind' ? `${plan.kind}-stattest` : 'stattest';
  const test = driftTests.get(choice, plan.kind, where, plan.name);
  const sizes = sampleSizes(pair);
  if (sizes.reference === 0 || sizes.current === 0) {
    return { test: null, reason: `no values in the ${sizes.reference === 0 ? 'reference' : 'current'} sample` };
  }
  return { test, reason: source === 'column' ? `set for this column: ${choice}` : source === 'kind' ? `set for ${plan.kind} columns: ${choice}` : `set for all columns: ${choice}` };
}

function histogramOf(pair: ColumnPair & { kind: 'numeric' }, config: ResolvedDriftConfig): ColumnDrift['histogram'] {
  const binned = binNumeric(pair.reference, pair.current, config.binning);
  const n = { reference: pair.reference.length, current: pair.current.length };
  return {
    edges: Array.from(binned.edges),
    reference: Array.from(binned.referenceCounts, (c) => c / n.reference),
    current: Array.from(binned.currentCounts, (c) => c / n.current),
  };
}

/** The ten categories whose share moved most (the report's table). */
export function movedCategories(pair: ColumnPair & { kind: 'categorical' }): CategoryShares[] {
  const { labels, reference, current } = pair.categories;
  const refTotal = pair.referenceTotal;
  const curTotal = pair.currentTotal;
  return labels
    .map((label, k) => ({ label, reference: reference[k] / refTotal, current: current[k] / curTotal }))
    .sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference))
    .slice(0, 10);
}

/** Steps 3 and 4: one correction over every p-value of the run, then the central decisions. */
export function decideDrift(analyses: readonly ColumnAnalysis[], config: ResolvedDriftConfig, rows: { reference: number; current: number }, notes: string[] = []): DriftOutcome {
  const alpha = config.thresholds.pValue ?? DEFAULT_ALPHA;
  // the family: value p-values of p-value tests and missing-value p-values
  const family: number[] = [];
  const valueSlot = analyses.map((a) => (a.test?.scoreKind === 'p-value' && a.result ? family.push(a.result.pValue ?? NaN) - 1 : -1));
  const nullSlot = analyses.map((a) => (a.nulls?.pValue != null ? family.push(a.nulls.pValue) - 1 : -1));
  const adjusted = multipleTests(family, config.correction, alpha).adjusted;

  const columns = analyses.map((a, i): ColumnDrift => {
    const kind = a.plan.kind;
    const minEffect = kind === 'numeric' ? config.minEffect.numeric : config.minEffect.categorical;
    const test = a.test;
    const result = a.result;
    let threshold: number | null = null;
    let adjustedPValue: number | null = null;
    let significant: boolean | null = null;
    let valueDrifted = false;
    if (test && result) {
      threshold = thresholdFor(test, a.plan.name, config);
      if (test.scoreKind === 'p-value') {
        adjustedPValue = nullable(adjusted[valueSlot[i]]);
        significant = exceedsThreshold(adjustedPValue ?? NaN, test.comparison, threshold);
        valueDrifted = significant && (minEffect === 0 || (a.effect !== null && a.effect.value >= minEffect));
      } else {
        valueDrifted = exceedsThreshold(scoreOf(test, result), test.comparison, threshold);
      }
    }
    let nulls: ColumnDrift['nulls'] = null;
    if (a.nulls) {
      const adjustedNull = nullSlot[i] >= 0 ? nullable(adjusted[nullSlot[i]]) : null;
      const drifted = adjustedNull !== null && adjustedNull <= alpha && Math.abs(a.nulls.change) >= config.minEffect.nullFraction;
      nulls = { ...a.nulls, adjustedPValue: adjustedNull, threshold: alpha, minEffect: config.minEffect.nullFraction, drifted };
    }
    const valueStrength = a.effect ? a.effect.value / (kind === 'numeric' ? DEFAULT_MIN_EFFECT.numeric : DEFAULT_MIN_EFFECT.categorical) : 0;
    const nullStrength = a.nulls ? Math.abs(a.nulls.change) / DEFAULT_MIN_EFFECT.nullFraction : 0;
    const tested = (test !== null && result !== null) || nulls?.pValue != null;
    const drifted = valueDrifted || (nulls?.drifted ?? false);
    const nullsSignificant = nulls !== null && nulls.adjustedPValue !== null && nulls.adjustedPValue <= alpha;
    const state = !tested ? 'skipped' : drifted ? 'drifted' : significant === true || nullsSignificant ? 'small-shift' : 'stable';
    return {
      name: a.plan.name,
      type: kind,
      typeSource: a.plan.typeSource,
      status: tested ? 'tested' : 'skipped',
      test: test?.id ?? null,
      testName: test?.name ?? null,
      reason: a.reason,
      detail: result?.detail ?? null,
      statistic: result ? nullable(result.statistic) : null,
      pValue: result && test?.scoreKind === 'p-value' ? nullable(result.pValue ?? NaN) : null,
      adjustedPValue,
      scoreKind: test?.scoreKind ?? null,
      threshold,
      comparison: test?.comparison ?? null,
      effectSize: a.effect ? { name: a.effect.name, value: a.effect.value } : null,
      minEffect: test?.scoreKind === 'p-value' ? minEffect : 0,
      strength: Number.isFinite(Math.max(valueStrength, nullStrength)) ? Math.max(valueStrength, nullStrength) : Number.MAX_VALUE,
      significant,
      valueDrifted,
      nulls,
      drifted,
      state,
      values: a.values,
      histogram: a.histogram,
      distribution: a.distribution ?? null,
      categories: a.categories?.map((k) => ({ ...k, change: k.current - k.reference })) ?? null,
    };
  });
  const tested = columns.filter((c) => c.status === 'tested');
  const drifted = tested.filter((c) => c.drifted).length;
  const driftedShare = tested.length > 0 ? drifted / tested.length : 0;
  if (tested.length === 0) throw nothingCompared(columns, notes);
  return {
    stattest: config.stattest,
    correction: config.correction,
    driftShare: config.driftShare,
    rows,
    columns,
    dataset: { columns: tested.length, drifted, driftedShare, drift: driftedShare >= config.driftShare, smallShifts: tested.filter((c) => c.state === 'small-shift').length },
    notes,
  };
}

/**
 * A run that compared nothing cannot pass: an input error naming what was left out and why
 * (columns in only one file, columns skipped with their reasons).
 */
function nothingCompared(columns: readonly ColumnDrift[], notes: readonly string[]): DataError {
  const skipped = columns.map((c) => `${c.name} (${c.reason})`);
  const why = [...notes, ...(skipped.length > 0 ? [`skipped: ${skipped.join('; ')}`] : [])];
  return new DataError(`no column could be compared${why.length > 0 ? `: ${why.join('; ')}` : ': the files share no column'}`);
}

/** Column setting, then the test's own setting, then the setting for its score kind, then the test's default. */
export function thresholdFor(test: DriftTest, column: string, config: ResolvedDriftConfig): number {
  const { byColumn, byTest, pValue, distance } = config.thresholds;
  return byColumn[column] ?? byTest[test.id] ?? (test.scoreKind === 'p-value' ? pValue : distance) ?? test.defaultThreshold;
}

/** Columns in report order: drifted first, then by strength. */
export function sortByDriftStrength(columns: readonly ColumnDrift[]): ColumnDrift[] {
  return [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.strength - a.strength || a.name.localeCompare(b.name));
}

/** JSON has no NaN or Infinity: they become null. */
function nullable(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
