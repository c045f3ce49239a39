/**
 * Matthews correlation coefficient (Matthews, 1975), in its multiclass form (Gorodkin, 2004): the
 * correlation between the one-hot truth and the one-hot prediction. With c = trace(C), s = N,
 * t_k = true counts, p_k = predicted counts,
 *   MCC = (c·s − Σ p_k t_k) / √((s² − Σ p_k²)(s² − Σ t_k²)).
 * For two classes this is (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn)).
 * Matches scikit-learn `matthews_corrcoef(y_true, y_pred)`, including its edge case: when either
 * factor under the root is 0 (all truth or all predictions one class) the result is 0.
 *
 * Interval: percentile bootstrap over the multinomial confusion-matrix resample.
 * Domain: a confusion matrix with N > 0. Range: [−1, 1].
 */
import type { ConfusionSummary } from './confusion-matrix.js';

export function matthewsCorrcoef({ classes, support: t, predicted: p, correct, total: samples }: ConfusionSummary): number {
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let k = 0; k < classes; k++) {
    tp += t[k] * p[k];
    pp += p[k] * p[k];
    tt += t[k] * t[k];
  }
  const covTruePred = correct * samples - tp;
  const covPredPred = samples * samples - pp;
  const covTrueTrue = samples * samples - tt;
  if (covPredPred * covTrueTrue === 0) return 0;
  return covTruePred / Math.sqrt(covTrueTrue * covPredPred);
}
