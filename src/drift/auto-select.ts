/**
 * `auto`: which test a column gets, and why (the reason is shown in the report).
 *
 * The rule, on the non-missing values of both samples:
 * 1. Fewer than 5 values in either sample: not tested (too few to say anything).
 * 2. At most 2 distinct values (binary, or constant): the two-proportion z-test `z`.
 * 3. Text columns with more than 20 categories that number at least half the smaller sample
 *    (identifiers, free text): not tested — every category is rare, so no test can say anything,
 *    and a new batch of ids is not drift.
 * 4. Categorical (text) columns, and numeric columns with at most 10 distinct values (counts,
 *    ratings, codes): the chi-square test of homogeneity `chi2` on the 2 × K table, rare
 *    categories (expected count < 5) pooled so the approximation holds at any size.
 * 5. Other numeric columns: two-sample Kolmogorov–Smirnov `ks` (exact up to 10,000 values a side,
 *    asymptotic beyond; it sees changes of location, spread and shape).
 * All three are p-value tests, so every column joins one family that the correction controls,
 * whatever its type; size enters through the effect-size floor applied to the decision
 * (src/drift/compute-drift.ts), which keeps a large sample from flagging trivial shifts.
 */
import type { ColumnPair } from './column-pair.js';
import { sampleSizes } from './column-pair.js';
import type { DriftTest } from './drift-test.js';
import { chi2Test } from './stattests/chi2.js';
import { ksTest } from './stattests/ks.js';
import { zTest } from './stattests/z.js';

/** Fewer non-missing values than this in either sample: the column is not tested. */
export const AUTO_MIN_VALUES = 5;
/** Text columns with more categories than this and than half the smaller sample are identifier-like. */
export const AUTO_MAX_PLAIN_CATEGORIES = 20;
/** Numeric columns with at most this many distinct values are compared as categories. */
export const AUTO_MAX_DISCRETE_VALUES = 10;

export type Selection = { test: DriftTest; reason: string } | { test: null; reason: string };

export function selectAuto(pair: ColumnPair): Selection {
  const sizes = sampleSizes(pair);
  const smaller = Math.min(sizes.reference, sizes.current);
  if (smaller < AUTO_MIN_VALUES) {
    return { test: null, reason: `too few values to test (${sizes.reference} reference, ${sizes.current} current; at least ${AUTO_MIN_VALUES} each needed)` };
  }
  const distinct = pair.kind === 'numeric' ? pair.distinctUpTo(AUTO_MAX_DISCRETE_VALUES) : pair.distinct;
  if (distinct <= 2) {
    return { test: zTest, reason: distinct === 1 ? 'a single value in both samples: z-test of proportions' : `${pair.kind} with 2 values: z-test of proportions` };
  }
  if (pair.kind === 'categorical') {
    if (distinct > AUTO_MAX_PLAIN_CATEGORIES && distinct >= smaller / 2) {
      return { test: null, reason: `${distinct} categories for ${smaller} values: looks like an identifier or free text, not tested` };
    }
    return { test: chi2Test, reason: `categorical with ${distinct} categories: chi-square test` };
  }
  if (distinct <= AUTO_MAX_DISCRETE_VALUES) {
    return { test: chi2Test, reason: `numeric with only ${distinct} distinct values: chi-square test on the values as categories` };
  }
  return {
    test: ksTest,
    reason: `numeric with more than ${AUTO_MAX_DISCRETE_VALUES} distinct values: Kolmogorov–Smirnov (${Math.max(sizes.reference, sizes.current) <= 10_000 ? 'exact' : 'asymptotic'})`,
  };
}
