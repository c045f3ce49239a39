/**
 * Cohen's kappa (Cohen, 1960): agreement between truth and prediction beyond what their marginal
 * frequencies give by chance,
 *   κ = 1 − Σ_{i≠j} C[i,j] / Σ_{i≠j} E[i,j],   E[i,j] = p_i · t_j / N
 * (p = predicted counts, t = true counts) — equivalently (p_o − p_e) / (1 − p_e).
 * Matches scikit-learn `cohen_kappa_score(y_true, y_pred)` (unweighted).
 *
 * Undefined (NaN; scikit-learn returns nan with a warning) when the chance disagreement is 0:
 * truth and predictions are all one and the same class.
 *
 * Interval: percentile bootstrap over the multinomial confusion-matrix resample.
 * Domain: a confusion matrix with N > 0. Range: [−1, 1] (NaN in the undefined case).
 */
import type { ConfusionSummary } from './confusion-matrix.js';

export function cohenKappa({ classes, support: t, predicted: p, total, correct }: ConfusionSummary): number {
  // Σ_{i≠j} C[i,j] = N − trace; Σ_{i≠j} E[i,j] summed cell by cell in scikit-learn's order.
  const observed = total - correct;
  let expected = 0;
  for (let i = 0; i < classes; i++) {
    for (let j = 0; j < classes; j++) {
      if (i !== j) expected += (p[i] * t[j]) / total;
    }
  }
  return 1 - observed / expected;
}
