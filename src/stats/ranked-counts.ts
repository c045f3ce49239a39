/**
 * The shared sort of a binary score (src/stats/ranking.ts) seen from the top: the operating
 * points of "predict positive when score ≥ t" for every distinct score t, as cumulative counts.
 *
 * With the G distinct scores in descending order t_1 > t_2 > … > t_G, boundary g (0 ≤ g ≤ G) is
 * the classifier `score ≥ t_g` (g = 0: nothing predicted positive), and
 *   tp[g] = positives among the rows scoring ≥ t_g,   fp[g] = negatives among them,
 * so tp[G] = m and fp[G] = n. These are scikit-learn's `_binary_clf_curve` (tps, fps, thresholds)
 * with a leading 0: the points of `roc_curve(drop_intermediate=False)` and
 * `precision_recall_curve` are tp/m, fp/n and tp/(tp + fp) at these boundaries. Ties (rows with
 * equal scores) enter together: one boundary per distinct score.
 *
 * Domain: a ranking of finite scores. Memory: 24 bytes per distinct score.
 */
import type { Ranking } from './ranking.js';

export interface RankedCounts {
  /** G, the number of distinct scores. */
  readonly groups: number;
  readonly rows: number;
  /** m, positive rows. */
  readonly positives: number;
  /** n, negative rows. */
  readonly negatives: number;
  /** tp[g], g = 0 … G: positives scoring ≥ t_g (tp[0] = 0). */
  readonly tp: Float64Array;
  /** fp[g], g = 0 … G: negatives scoring ≥ t_g (fp[0] = 0). */
  readonly fp: Float64Array;
  /** thresholds[g − 1] = t_g, the distinct scores in descending order. */
  readonly thresholds: Float64Array;
}

/**
 * Cumulative counts from the top of a ranking.
 * @param scores the column the ranking sorted (its group scores become the thresholds).
 * @example rankedCounts(rankScores(Float64Array.of(0.1, 0.4, 0.35, 0.8), Int32Array.of(0, 0, 1, 1), 1), Float64Array.of(0.1, 0.4, 0.35, 0.8))
 * // { groups: 4, tp: [0, 1, 1, 2, 2], fp: [0, 0, 1, 1, 2], thresholds: [0.8, 0.4, 0.35, 0.1], … }
 */
export function rankedCounts(ranking: Ranking, scores: Float64Array): RankedCounts {
  const { groups, groupEnds, groupPositives, order, rows, positives, negatives } = ranking;
  if (scores.length !== rows) throw new RangeError(`scores has ${scores.length} rows, the ranking ${rows}`);
  const tp = new Float64Array(groups + 1);
  const fp = new Float64Array(groups + 1);
  const thresholds = new Float64Array(groups);
  for (let g = 1; g <= groups; g++) {
    const ascending = groups - g;
    const start = ascending === 0 ? 0 : groupEnds[ascending - 1];
    const end = groupEnds[ascending];
    const p = groupPositives[ascending];
    tp[g] = tp[g - 1] + p;
    fp[g] = fp[g - 1] + (end - start - p);
    thresholds[g - 1] = scores[order[end - 1]];
  }
  return { groups, rows, positives, negatives, tp, fp, thresholds };
}

/** Boundary index of the threshold t: the number of distinct scores ≥ t (`score >= t` is positive). */
export function boundaryOf(counts: RankedCounts, threshold: number): number {
  const { thresholds } = counts;
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (thresholds[mid] >= threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
