/**
 * Accuracy: the fraction of rows whose predicted class equals the true class,
 *   accuracy = trace(C) / N.
 * Matches scikit-learn `accuracy_score(y_true, y_pred)` (normalize=True).
 *
 * Interval: accuracy is a binomial proportion (N rows, each correct or not), so the Wilson score
 * interval (src/stats/wilson.ts).
 *
 * Domain: a confusion matrix with N > 0. Range: [0, 1]. NaN for N = 0.
 */
import type { ConfusionSummary } from './confusion-matrix.js';

export function accuracy(summary: ConfusionSummary): number {
  return summary.correct / summary.total;
}
