/**
 * The missing-value check that runs next to every column's value test: a column that went from 0%
 * to 40% empty has drifted even if its remaining values did not move. "Missing" is NaN, an empty
 * or null cell (as the loader reads it) and, for numeric columns, ±Infinity, which no value test
 * can place. The test is the pooled two-proportion z-test (statsmodels proportions_ztest) of the
 * missing counts; its p-value joins the same corrected family as the value tests. It is run only
 * when either sample has a missing value (otherwise there is nothing to test and it would only
 * dilute the correction). Its effect size is the change in the missing fraction, in absolute terms.
 */
import { twoProportionZTest } from '../stats/two-proportion-z.js';

export interface NullFractionResult {
  reference: number;
  current: number;
  /** current − reference. */
  change: number;
  statistic: number | null;
  pValue: number | null;
}

export function nullFractionTest(referenceMissing: number, referenceRows: number, currentMissing: number, currentRows: number): NullFractionResult {
  const reference = referenceRows > 0 ? referenceMissing / referenceRows : 0;
  const current = currentRows > 0 ? currentMissing / currentRows : 0;
  const change = current - reference;
  if (referenceMissing + currentMissing === 0 || referenceRows === 0 || currentRows === 0) {
    return { reference, current, change, statistic: null, pValue: null };
  }
  const z = twoProportionZTest(currentMissing, currentRows, referenceMissing, referenceRows);
  if (Number.isNaN(z.pValue)) return { reference, current, change, statistic: null, pValue: null }; // all missing on both sides
  return { reference, current, change, statistic: z.statistic, pValue: z.pValue };
}
