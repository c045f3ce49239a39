/**
 * The drift computation's settings, validated once into a resolved form. Every field maps to a
 * drift-report input of the same meaning (stattest, threshold, correction, drift-share, …); the
 * inputs layer turns strings into this object.
 *
 * Defaults, and why:
 * - `stattest: 'auto'` (src/drift/auto-select.ts): p-value tests for every column, so one
 *   correction controls them all.
 * - `correction: 'bh'` (Benjamini–Hochberg). With no drift at all every rejection is a false
 *   alarm, and BH then bounds the chance of any alarm by α (5%) for independent or positively
 *   dependent tests — the dependence correlated features show; measured on random no-drift splits
 *   it brings raw per-column testing's 21–57% down to 1.5–7%. When several columns drift it keeps
 *   much more power than Holm, which matters because the dataset verdict counts drifted columns.
 *   The residual excess over 5% seen on many correlated features is removed by the effect-size
 *   floor below, which also never costs power at moderate sizes (a shift that is significant
 *   there is larger than the floor); the no-drift simulation in test/drift asserts ≤ 5%.
 * - `minEffect`: a p-value test flags a column only if its effect size reaches a floor — numeric
 *   0.1 (normalised Wasserstein: a 0.1 standard-deviation shift, Evidently's own threshold for
 *   large samples), categorical 0.0353 (the Hellinger distance of that same 0.1-sd shift between
 *   normals), missing values 0.02 (two percentage points). At a million rows a 0.01-sd shift has a
 *   KS p-value of 3e-12; the floor is what keeps such a trivial change quiet.
 * - `evidently` mode: Evidently's tests, thresholds and comparisons, no correction, no effect
 *   floor and no missing-value test — Evidently's verdicts — unless set explicitly.
 *
 * Which test a column gets: its `columnStattests` entry, else the test for its kind
 * (`numericStattest` / `categoricalStattest`, Evidently's `num_stattest` / `cat_stattest`), else
 * `stattest` — Evidently's order (per-column, per-type, all columns). A test named explicitly must
 * apply to the column's kind (the descriptors' `columnTypes`, src/drift/registry.ts states the
 * rule); `auto` and `evidently` choose by the data and are not checked.
 */
import { DEFAULT_BINNING, type BinningOptions } from '../stats/binning.js';
import { CORRECTIONS, type Correction } from '../stats/multiple-testing.js';
import { ConfigurationError } from '../errors.js';
import type { ColumnKind } from './column-pair.js';
import { hellingerOfNormalShift } from './effect-size.js';
import { driftTests } from './registry.js';

export type StattestMode = 'auto' | 'evidently';

export interface DriftThresholds {
  /** α for every p-value test (and the missing-value test). */
  pValue?: number;
  /** Threshold for every distance test. */
  distance?: number;
  /** Per test id. */
  byTest?: Readonly<Record<string, number>>;
  /** Per column name (wins over everything else). */
  byColumn?: Readonly<Record<string, number>>;
}

export interface MinimumEffect {
  /** Normalised Wasserstein (shift in reference standard deviations). */
  numeric?: number;
  /** Hellinger distance of the category proportions. */
  categorical?: number;
  /** Absolute change of the missing fraction. */
  nullFraction?: number;
}

export interface DriftConfig {
  /** Columns to compare (default: every column of the reference that the current table also has). */
  columns?: readonly string[];
  /** Columns to treat as numeric (text is parsed as numbers). */
  numericColumns?: readonly string[];
  /** Columns to treat as categorical (numbers become labels). */
  categoricalColumns?: readonly string[];
  /** `auto`, `evidently`, or a test id for every column. */
  stattest?: string;
  /** `auto`, `evidently`, or a test id for every numeric column (wins over `stattest`). */
  numericStattest?: string;
  /** `auto`, `evidently`, or a test id for every categorical column (wins over `stattest`). */
  categoricalStattest?: string;
  /** A test id per column (wins over everything else). */
  columnStattests?: Readonly<Record<string, string>>;
  thresholds?: DriftThresholds;
  correction?: Correction;
  /** Dataset drift when the share of drifted columns is at least this (0 < share ≤ 1). */
  driftShare?: number;
  minEffect?: MinimumEffect;
  /** Test the missing fraction of every column (default on, off in evidently mode). */
  nullCheck?: boolean;
  binning?: Partial<BinningOptions>;
  /** Seed of the permutation p-values. */
  seed?: number;
}

export interface ResolvedDriftConfig {
  columns: readonly string[] | undefined;
  numericColumns: readonly string[];
  categoricalColumns: readonly string[];
  /** `auto`, `evidently`, or a fixed test id. */
  stattest: string;
  /** Per column kind, when set (validated: the test applies to that kind). */
  stattestByKind: Readonly<Partial<Record<ColumnKind, string>>>;
  columnStattests: Readonly<Record<string, string>>;
  thresholds: Required<Pick<DriftThresholds, 'byTest' | 'byColumn'>> & Pick<DriftThresholds, 'pValue' | 'distance'>;
  correction: Correction;
  driftShare: number;
  minEffect: Required<MinimumEffect>;
  nullCheck: boolean;
  binning: BinningOptions;
  seed: number;
}

export const DEFAULT_DRIFT_SHARE = 0.5;
export const DEFAULT_CORRECTION: Correction = 'bh';
export const DEFAULT_MIN_EFFECT: Required<MinimumEffect> = {
  numeric: 0.1,
  categorical: Math.round(hellingerOfNormalShift(0.1) * 1e4) / 1e4,
  nullFraction: 0.02,
};
/** α of the missing-value test when no p-value threshold is set. */
export const DEFAULT_ALPHA = 0.05;

export function resolveDriftConfig(config: DriftConfig = {}): ResolvedDriftConfig {
  const stattest = config.stattest ?? 'auto';
  if (stattest !== 'auto' && stattest !== 'evidently') driftTests.get(stattest, undefined, 'stattest');
  const evidently = stattest === 'evidently';
  for (const [column, id] of Object.entries(config.columnStattests ?? {})) {
    if (id !== 'auto' && id !== 'evidently') driftTests.get(id, undefined, `stattest for column "${column}"`);
  }
  const stattestByKind: Partial<Record<ColumnKind, string>> = {};
  for (const [kind, id, input] of [
    ['numeric', config.numericStattest, 'numeric-stattest'],
    ['categorical', config.categoricalStattest, 'categorical-stattest'],
  ] as const) {
    if (id === undefined) continue;
    if (id !== 'auto' && id !== 'evidently') driftTests.get(id, kind, input);
    stattestByKind[kind] = id;
  }
  const correction = config.correction ?? (evidently ? 'none' : DEFAULT_CORRECTION);
  if (!CORRECTIONS.includes(correction)) {
    throw new ConfigurationError(`correction: "${String(correction)}" is not one of ${CORRECTIONS.join(', ')}`);
  }
  const driftShare = config.driftShare ?? DEFAULT_DRIFT_SHARE;
  if (!(driftShare > 0 && driftShare <= 1)) throw new ConfigurationError(`drift-share: ${driftShare} must be above 0 and at most 1`);

  const thresholds = config.thresholds ?? {};
  checkProbability('threshold (p-value)', thresholds.pValue);
  checkPositive('threshold (distance)', thresholds.distance);
  for (const [id, value] of Object.entries(thresholds.byTest ?? {})) {
    const test = driftTests.get(id, undefined, 'threshold');
    if (test.scoreKind === 'p-value') checkProbability(`threshold for ${id}`, value);
    else checkPositive(`threshold for ${id}`, value);
  }
  for (const [column, value] of Object.entries(thresholds.byColumn ?? {})) checkPositive(`threshold for column "${column}"`, value);

  const floor = evidently ? { numeric: 0, categorical: 0, nullFraction: 0 } : DEFAULT_MIN_EFFECT;
  const minEffect = { ...floor, ...definedOnly(config.minEffect ?? {}) };
  for (const [kind, value] of Object.entries(minEffect)) {
    if (!(value >= 0 && Number.isFinite(value))) throw new ConfigurationError(`minimum effect (${kind}): ${value} must be a number ≥ 0`);
  }

  const binning = { ...DEFAULT_BINNING, ...definedOnly(config.binning ?? {}) };
  if (!Number.isInteger(binning.bins) || binning.bins < 2 || binning.bins > 1000) {
    throw new ConfigurationError(`bins: ${binning.bins} must be a whole number from 2 to 1000`);
  }
  if (!(binning.emptyProportion > 0 && binning.emptyProportion < 1)) {
    throw new ConfigurationError(`empty-bin proportion: ${binning.emptyProportion} must be between 0 and 1`);
  }
  const seed = config.seed ?? 0;
  if (!Number.isSafeInteger(seed)) throw new ConfigurationError(`seed: ${seed} must be a whole number`);

  const numericColumns = config.numericColumns ?? [];
  const categoricalColumns = config.categoricalColumns ?? [];
  const both = numericColumns.filter((c) => categoricalColumns.includes(c));
  if (both.length > 0) throw new ConfigurationError(`numeric-columns and categorical-columns both list ${both.map((c) => `"${c}"`).join(', ')}`);

  return {
    columns: config.columns,
    numericColumns,
    categoricalColumns,
    stattest,
    stattestByKind,
    columnStattests: config.columnStattests ?? {},
    thresholds: { pValue: thresholds.pValue, distance: thresholds.distance, byTest: thresholds.byTest ?? {}, byColumn: thresholds.byColumn ?? {} },
    correction,
    driftShare,
    minEffect,
    nullCheck: config.nullCheck ?? !evidently,
    binning,
    seed,
  };
}

/** The test choice of one column (`auto`, `evidently` or a test id) and the setting it came from, for messages and the report. */
export function stattestOf(config: ResolvedDriftConfig, column: string, kind: ColumnKind): { choice: string; source: 'column' | 'kind' | 'all' } {
  const configured = config.columnStattests[column];
  if (configured !== undefined) return { choice: configured, source: 'column' };
  const byKind = config.stattestByKind[kind];
  if (byKind !== undefined) return { choice: byKind, source: 'kind' };
  return { choice: config.stattest, source: 'all' };
}

function checkProbability(name: string, value: number | undefined): void {
  if (value !== undefined && !(value > 0 && value < 1)) throw new ConfigurationError(`${name}: ${value} must be between 0 and 1`);
}

function checkPositive(name: string, value: number | undefined): void {
  if (value !== undefined && !(value > 0 && Number.isFinite(value))) throw new ConfigurationError(`${name}: ${value} must be a positive number`);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
