/**
 * Precision, recall and F1, per class and averaged, from the confusion matrix C.
 *
 * For class k: tp = C[k,k], predicted = Σ_t C[t,k], support = Σ_p C[k,p];
 *   precision_k = tp / predicted,   recall_k = tp / support,
 *   F1_k = 2·precision_k·recall_k / (precision_k + recall_k)   (the harmonic mean).
 * Averages, as scikit-learn's `precision_score` / `recall_score` / `f1_score` with `average=`:
 * - `binary`: class k = the positive class only (names `precision`, `recall`, `f1`);
 * - `macro`: the unweighted mean over the classes present in y_true or y_pred — or, when the
 *   classes were listed (`labels`, scikit-learn's `labels=`: ConfusionSummary.allClasses), over
 *   exactly those, a class with no row in either counting 0 (zero_division);
 * - `weighted`: the mean weighted by support;
 * - `micro`: precision = recall = F1 = Σ tp / N (which is the accuracy for single-label data).
 * Matches scikit-learn `precision_recall_fscore_support` (1.2 to current) with its default
 * zero_division="warn": a 0/0 precision or recall is 0 (scikit-learn warns; we report it in the
 * metric's note), an F1 whose precision and recall are both 0 is 0 — so a listed class that never
 * occurs adds 0 to the macro sums and 1 to their count (recall_macro over {1, 2, 3} with class 3
 * absent is (r₁ + r₂ + 0)/3), and nothing to the weighted averages (its support is 0).
 *
 * Intervals: binary precision and recall are binomial proportions given their denominators
 * (tp out of the predicted positives; tp out of the actual positives) — conditional coverage at
 * every denominator implies coverage under row resampling — so Wilson. Everything else:
 * percentile bootstrap over the multinomial confusion-matrix resample.
 *
 * Domain: a confusion matrix with N > 0. Range: [0, 1].
 */
import type { ConfusionSummary } from './confusion-matrix.js';

export type Average = 'macro' | 'micro' | 'weighted';

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
  /** precision was 0/0 (no predictions of the class(es)) and set to 0. */
  precisionZeroDivision: boolean;
  /** recall was 0/0 (no true rows of the class(es)) and set to 0. */
  recallZeroDivision: boolean;
}

/** Precision, recall, F1 of one class (the binary-average metrics when k is the positive class). */
export function classPrecisionRecallF1(summary: ConfusionSummary, k: number): PrecisionRecallF1 {
  return fromSums(summary.diagonal[k], summary.predicted[k], summary.support[k]);
}

function fromSums(tp: number, predicted: number, support: number): PrecisionRecallF1 {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = support === 0 ? 0 : tp / support;
  return { precision, recall, f1: f1Of(precision, recall), precisionZeroDivision: predicted === 0, recallZeroDivision: support === 0 };
}

function f1Of(precision: number, recall: number): number {
  const denominator = precision + recall;
  return (2 * precision * recall) / (denominator === 0 ? 1 : denominator);
}

/** Averaged precision, recall and F1 over the classes present in y_true or y_pred (or all of them: `summary.allClasses`). */
export function averagedPrecisionRecallF1(summary: ConfusionSummary, average: Average): PrecisionRecallF1 {
  const { classes, diagonal, support: supports, predicted: predictions } = summary;
  if (average === 'micro') return fromSums(summary.correct, summary.total, summary.total);
  let precisionSum = 0;
  let recallSum = 0;
  let f1Sum = 0;
  let weightSum = 0;
  let predictedSum = 0;
  let precisionZeroDivision = false;
  let recallZeroDivision = false;
  for (let k = 0; k < classes; k++) {
    const predicted = predictions[k];
    const support = supports[k];
    if (predicted === 0 && support === 0 && !summary.allClasses) continue; // absent from both: not one of scikit-learn's labels
    const one = fromSums(diagonal[k], predicted, support);
    const weight = average === 'weighted' ? support : 1;
    precisionSum += one.precision * weight;
    recallSum += one.recall * weight;
    f1Sum += one.f1 * weight;
    weightSum += weight;
    predictedSum += predicted;
    precisionZeroDivision ||= one.precisionZeroDivision;
    recallZeroDivision ||= one.recallZeroDivision;
  }
  if (weightSum === 0) {
    // weighted average with no true rows at all (only reachable on an empty matrix)
    return { precision: 0, recall: 0, f1: 0, precisionZeroDivision: predictedSum === 0, recallZeroDivision: true };
  }
  return {
    precision: precisionSum / weightSum,
    recall: recallSum / weightSum,
    f1: f1Sum / weightSum,
    precisionZeroDivision,
    recallZeroDivision,
  };
}
