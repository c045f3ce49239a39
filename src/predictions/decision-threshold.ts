/**
 * Hard predictions from a binary score at a decision threshold t: a row is predicted positive when
 * score ≥ t, negative otherwise. `≥` is scikit-learn's convention: the thresholds of `roc_curve`
 * and `precision_recall_curve` are the scores themselves and a row scoring exactly t is predicted
 * positive at t — so the threshold reported with an operating point (src/metrics/operating-points.ts)
 * reproduces that point when passed here. (scikit-learn's `predict` of a probabilistic binary
 * classifier is `proba > 0.5` on its second column, strict; at t = 0.5 a score of exactly 0.5
 * differs.)
 *
 * For evaluate-model and compare-champion when `y_pred` is absent or the `threshold` input
 * overrides it. Domain: finite threshold; finite scores (a missing score is an error naming its
 * row). Cost: one pass.
 * @throws ConfigurationError for a threshold that is not a finite number; DataError naming the
 *   1-based row (and `column`, when given) of a score that is missing or not finite.
 * @example predictionsAtThreshold(Float64Array.of(0.2, 0.5, 0.9), 0.5, { positive: 1, negative: 0 }) // Int32Array [0, 1, 1]
 */
import { ConfigurationError, DataError } from '../errors.js';

export interface ThresholdCodes {
  /** Class code given to rows with score ≥ threshold. */
  readonly positive: number;
  /** Class code given to the other rows. */
  readonly negative: number;
}

export function predictionsAtThreshold(score: Float64Array, threshold: number, codes: ThresholdCodes, location: { file?: string; column?: string } = {}, out = new Int32Array(score.length)): Int32Array {
  if (!Number.isFinite(threshold)) throw new ConfigurationError(`threshold must be a finite number, got ${threshold}`);
  if (out.length !== score.length) throw new RangeError(`predictions buffer has ${out.length} rows, the score ${score.length}`);
  const { positive, negative } = codes;
  for (let r = 0; r < score.length; r++) {
    const s = score[r];
    if (!Number.isFinite(s)) throw new DataError(`the score is ${Number.isNaN(s) ? 'missing' : 'not finite'}: a threshold needs a score on every row`, { ...location, row: r + 1 });
    out[r] = s >= threshold ? positive : negative;
  }
  return out;
}
