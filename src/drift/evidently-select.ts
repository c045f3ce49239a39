/**
 * `evidently`: Evidently's automatic test choice (legacy `_get_default_stattest`, data drift
 * preset), reproduced exactly so that users who migrate get the same verdicts. On the non-missing,
 * finite values (Evidently drops NaN and ±inf first), with n = reference rows and k = distinct
 * values of reference and current together:
 * - n ≤ 1000: numeric with k > 5 → `ks` (drift when p ≤ 0.05); numeric with k ≤ 5 and all
 *   categorical → `chisquare` (goodness of fit, p < 0.05) when k > 2, else `z` (p < 0.05);
 * - n > 1000: numeric with k > 5 → `wasserstein` (normed, ≥ 0.1); otherwise `jensenshannon`
 *   with Evidently's binning (≥ 0.1).
 * No correction across columns; dataset drift when the drifted share reaches drift-share (0.5).
 * An empty column is an error in Evidently; here it is reported as not tested.
 */
import type { ColumnPair } from './column-pair.js';
import { sampleSizes } from './column-pair.js';
import type { Selection } from './auto-select.js';
import { chisquareTest } from './stattests/chisquare.js';
import { evidentlyJensenShannonTest } from './stattests/evidently-jensenshannon.js';
import { ksTest } from './stattests/ks.js';
import { wassersteinTest } from './stattests/wasserstein.js';
import { zTest } from './stattests/z.js';

/** Evidently switches from p-value tests to distances above this many reference rows. */
export const EVIDENTLY_SMALL_REFERENCE_ROWS = 1000;
/** Evidently treats numeric columns with at most this many distinct values as categorical. */
export const EVIDENTLY_MAX_DISCRETE_VALUES = 5;

export function selectEvidently(pair: ColumnPair): Selection {
  const sizes = sampleSizes(pair);
  if (sizes.reference === 0 || sizes.current === 0) {
    return { test: null, reason: `no values in the ${sizes.reference === 0 ? 'reference' : 'current'} sample (Evidently refuses empty columns)` };
  }
  const distinct = pair.kind === 'numeric' ? pair.distinctUpTo(EVIDENTLY_MAX_DISCRETE_VALUES) : pair.distinct;
  const numericContinuous = pair.kind === 'numeric' && distinct > EVIDENTLY_MAX_DISCRETE_VALUES;
  const rows = `${sizes.reference} reference rows`;
  const values = numericContinuous ? `more than ${EVIDENTLY_MAX_DISCRETE_VALUES} values` : `${distinct} value${distinct === 1 ? '' : 's'}`;
  if (sizes.reference <= EVIDENTLY_SMALL_REFERENCE_ROWS) {
    if (numericContinuous) return { test: ksTest, reason: `Evidently rule: ${rows} (≤ 1000), numeric with ${values}: ks` };
    if (distinct > 2) return { test: chisquareTest, reason: `Evidently rule: ${rows} (≤ 1000), ${pair.kind} with ${values}: chisquare` };
    return { test: zTest, reason: `Evidently rule: ${rows} (≤ 1000), ${pair.kind} with ${values}: z` };
  }
  if (numericContinuous) return { test: wassersteinTest, reason: `Evidently rule: ${rows} (> 1000), numeric with ${values}: wasserstein` };
  return { test: evidentlyJensenShannonTest, reason: `Evidently rule: ${rows} (> 1000), ${pair.kind} with ${values}: jensenshannon` };
}
