/**
 * How the hard-prediction metrics move with the decision threshold: for each threshold t the
 * classifier `score ≥ t` (src/predictions/decision-threshold.ts), its confusion counts and
 *   precision = tp/(tp + fp),  recall = tp/m,  F1 = 2tp/(2tp + fp + fn),
 *   selection rate = (tp + fp)/N,  false positive rate = fp/n,
 * each exactly what scikit-learn 1.2's `precision_score`, `recall_score`, `f1_score`,
 * `confusion_matrix` give for `y_pred = score >= t` — except that a 0/0 is null here (this is data
 * for a chart or a table, where "undefined" should show as such), not scikit-learn's zero_division 0.
 * Precision and recall carry Wilson intervals (proportions given their denominators, as the
 * binary metrics).
 *
 * Default thresholds: 41 of them — 0, 0.025, …, 1 when every score lies in [0, 1] (probabilities:
 * round numbers a reader can act on); otherwise the scores at the 0, 1/40, …, 1 quantiles of the
 * rows (the order statistic at ascending position ⌊q·(N − 1)⌋, so every threshold is a score and
 * each step moves about N/40 rows), de-duplicated.
 *
 * Domain: finite scores. Cost: O(log G) per threshold after the shared sort.
 * @example
 * const scores = Float64Array.of(0.1, 0.4, 0.35, 0.8), truth = Int32Array.of(0, 0, 1, 1);
 * thresholdSweep(rankedCounts(rankScores(scores, truth, 1), scores), [0.4], 0.95)[0]
 * // { threshold: 0.4, predictedPositive: 2, selectionRate: 0.5, tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, f1: 0.5, falsePositiveRate: 0.5, precisionCi: [0.0945312057342309, 0.9054687942657691], recallCi: [0.0945312057342309, 0.9054687942657691] }
 */
import { boundaryOf, type RankedCounts } from '../stats/ranked-counts.js';
import { wilsonInterval } from '../stats/wilson.js';

export interface SweepPoint {
  threshold: number;
  /** Rows with score ≥ threshold. */
  predictedPositive: number;
  selectionRate: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** null when nothing is predicted positive. */
  precision: number | null;
  /** null when y_true has no positive row. */
  recall: number | null;
  /** null when there is neither a positive row nor a positive prediction. */
  f1: number | null;
  /** null when y_true has no negative row. */
  falsePositiveRate: number | null;
  precisionCi: [number, number] | null;
  recallCi: [number, number] | null;
}

/** Default number of steps of the threshold grid (41 thresholds). */
export const DEFAULT_SWEEP_STEPS = 40;

/** The default thresholds, ascending (see the file header). */
export function defaultSweepThresholds(counts: RankedCounts, steps = DEFAULT_SWEEP_STEPS): number[] {
  if (!(Number.isInteger(steps) && steps >= 1)) throw new RangeError(`steps must be a whole number ≥ 1, got ${steps}`);
  const { thresholds, groups, rows } = counts;
  if (groups === 0) return [];
  const probabilities = thresholds[0] <= 1 && thresholds[groups - 1] >= 0;
  if (probabilities) return Array.from({ length: steps + 1 }, (_, k) => k / steps);
  const out: number[] = [];
  for (let k = 0; k <= steps; k++) {
    const ascending = Math.floor((k / steps) * (rows - 1));
    const value = scoreAtDescendingPosition(counts, rows - 1 - ascending);
    if (out.length === 0 || value !== out[out.length - 1]) out.push(value);
  }
  return out;
}

/**
 * The sweep at the given thresholds (default {@link defaultSweepThresholds}), in the given order.
 * @param confidence of the Wilson intervals.
 */
export function thresholdSweep(counts: RankedCounts, thresholds: readonly number[] = defaultSweepThresholds(counts), confidence = 0.95): SweepPoint[] {
  const { positives: m, negatives: n, rows } = counts;
  return thresholds.map((threshold) => {
    if (Number.isNaN(threshold)) throw new RangeError('a sweep threshold must be a number');
    const g = boundaryOf(counts, threshold);
    const tp = counts.tp[g];
    const fp = counts.fp[g];
    const fn = m - tp;
    const tn = n - fp;
    const predicted = tp + fp;
    return {
      threshold,
      predictedPositive: predicted,
      selectionRate: predicted / rows,
      tp,
      fp,
      fn,
      tn,
      precision: predicted === 0 ? null : tp / predicted,
      recall: m === 0 ? null : tp / m,
      f1: 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
      falsePositiveRate: n === 0 ? null : fp / n,
      precisionCi: wilsonInterval(tp, predicted, confidence),
      recallCi: wilsonInterval(tp, m, confidence),
    };
  });
}

/** The score of the row at descending position j (0 = the highest score). */
function scoreAtDescendingPosition(counts: RankedCounts, j: number): number {
  const { tp, fp, thresholds } = counts;
  let lo = 1;
  let hi = counts.groups;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tp[mid] + fp[mid] > j) hi = mid;
    else lo = mid + 1;
  }
  return thresholds[lo - 1];
}
