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
export function balancedAccuracy(counts: ArrayLike<number>, classes: number): number {
  let sum = 0;
  let present = 0;
  for (let t = 0; t < classes; t++) {
    let support = 0;
    for (let p = 0; p < classes; p++) support += counts[t * classes + p];
    if (support > 0) {
      sum += counts[t * classes + t] / support;
      present++;
    }
  }
  return sum / present;
}
