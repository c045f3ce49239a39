/**
 * The drift-test descriptor: everything the rest of mlgate needs to know about a test, declared
 * in one place (src/drift/stattests/*.ts), so that choosing a test, deciding drift and explaining the
 * decision never depend on test-specific code. The pass/drift decision itself is made centrally
 * (src/drift/decision.ts) from `scoreKind`, `comparison` and the threshold.
 */
import type { BinningOptions } from '../stats/binning.js';
import type { Random } from '../stats/rng.js';
import type { ColumnKind, ColumnPair } from './column-pair.js';

/** A p-value (drift when small) or a distance (drift when large). */
export type ScoreKind = 'p-value' | 'distance';

/** How the score is compared with the threshold to mean drift: `<`/`<=` for p-values, `>`/`>=` for distances. */
export type DriftComparison = '<' | '<=' | '>' | '>=';

export interface TestContext {
  readonly binning: BinningOptions;
  /** Seeded generator for tests with permutation p-values. */
  readonly random: Random;
}

export interface TestResult {
  /** The test statistic (for distance tests, the distance itself). */
  statistic: number;
  /** p-value tests only. */
  pValue?: number;
  /** How it was computed, for the report (`exact`, `asymptotic`, `permutation`, `p-value capped at 0.25`, …). */
  detail?: string;
}

export interface DriftTest {
  /** Stable identifier used in inputs and reports (Evidently's name where the test is Evidently's). */
  readonly id: string;
  /** Human name for reports. */
  readonly name: string;
  /** Column kinds the test accepts; a numeric column's distinct values count as categories. */
  readonly columnTypes: readonly ColumnKind[];
  readonly scoreKind: ScoreKind;
  /** score `comparison` threshold means drift. */
  readonly comparison: DriftComparison;
  readonly defaultThreshold: number;
  /** The implementation the numbers match (named so users can reconcile them with their notebooks). */
  readonly reference: string;
  compute(pair: ColumnPair, context: TestContext): TestResult;
}

/** The number the threshold applies to: the p-value of a p-value test, the statistic of a distance. */
export function scoreOf(test: DriftTest, result: TestResult): number {
  return test.scoreKind === 'p-value' ? (result.pValue ?? NaN) : result.statistic;
}
