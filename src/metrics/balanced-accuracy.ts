/**
 * Balanced accuracy: the mean over classes of the recall of each class,
 *   balanced_accuracy = (1/K') Σ_k C[k,k] / Σ_p C[k,p],
 * over the K' classes that occur in y_true. Matches scikit-learn
 * `balanced_accuracy_score(y_true, y_pred)` (adjusted=False): classes that appear only among the
 * predictions have no recall and are left out of the mean (scikit-learn warns "y_pred contains
 * classes not in y_true").
 *
 * Interval: percentile bootstrap over the multinomial confusion-matrix resample.
 * Domain: a confusion matrix with N > 0. Range: [0, 1].
 */
import type { ConfusionSummary } from './confusion-matrix.js';

export function balancedAccuracy({ classes, diagonal, support }: ConfusionSummary): number {
  let sum = 0;
  let present = 0;
  for (let k = 0; k < classes; k++) {
    if (support[k] > 0) {
      sum += diagonal[k] / support[k];
      present++;
    }
  }
  return sum / present;
}
