/**
 * Area under the ROC curve.
 *
 * Binary (`roc_auc`): the probability that a random positive row scores above a random negative
 * row, ties counting 1/2 — the Mann–Whitney statistic, equal to the trapezoidal area under the
 * empirical ROC curve. Matches scikit-learn `roc_auc_score(y_true == positive, score)`.
 * Multiclass one-vs-rest (`roc_auc_ovr_macro`, `roc_auc_ovr_weighted`): the binary AUC of each
 * class's probability column against "this class vs the rest", averaged unweighted (macro) or by
 * class prevalence in y_true (weighted). Matches scikit-learn
 * `roc_auc_score(y_true, proba, multi_class="ovr", average=…, labels=…)`.
 *
 * Undefined (null, with a note; scikit-learn raises "Only one class present in y_true") when a
 * class has no rows or every row: there is nothing to rank it against.
 *
 * Intervals:
 * - binary: DeLong's variance (src/stats/delong.ts), Wald interval clipped to [0, 1];
 * - one-vs-rest averages: the average of the per-class AUCs is a smooth function of the rows, and
 *   its influence function at a row is Σ_k w_k·IF_k(row), where IF_k is the DeLong structural
 *   component of class k centred and scaled by its class share (N(V10 − A)/m_k for a row of
 *   class k, N(V01 − A)/n_k otherwise). The weighted average adds the influence of the weights
 *   (class shares): A_class(row) − Σ_k π_k A_k. SE = √(Σ IF² / N(N − 1)); Wald interval clipped
 *   to [0, 1]. This reduces to DeLong's variance for one class (up to the N vs m − 1 divisors),
 *   and its coverage is checked by simulation.
 *
 * Domain: finite scores (any real for the binary AUC). Range: [0, 1].
 * Cost: one radix argsort per score column, O(N) after it.
 */
import { argsortFloat64 } from '../stats/argsort.js';
import { aucPlacements, delongInterval, delongVariance, type AucPlacements } from '../stats/delong.js';
import { influenceStandardError, normalInterval } from '../stats/influence-interval.js';
import type { IntervalOptions, MetricValue } from './types.js';

/** Binary ROC AUC with its DeLong interval, from placements shared with other ranking metrics. */
export function binaryRocAuc(placements: AucPlacements, yTrue: Int32Array, positive: number, options: IntervalOptions): MetricValue {
  if (placements.positives === 0 || placements.negatives === 0) {
    const missing = placements.positives === 0 ? 'positive' : 'negative';
    return { value: null, ci: null, ciMethod: null, note: `undefined: y_true has no ${missing} rows (only one class present)` };
  }
  const value = placements.auc;
  if (!options.intervals) return { value, ci: null, ciMethod: null };
  const variance = delongVariance(placements, yTrue, positive);
  if (variance === null) return { value, ci: null, ciMethod: null, note: 'no interval: DeLong needs at least 2 positive and 2 negative rows' };
  return { value, ci: delongInterval(value, variance, options.confidence), ciMethod: 'delong' };
}

export interface OneVsRestAuc {
  macro: MetricValue;
  weighted: MetricValue;
  /** Per-class AUC in label order (null where undefined). */
  perClass: (number | null)[];
}

/**
 * One-vs-rest ROC AUC, macro and prevalence-weighted, with influence-function intervals.
 * @param probabilities one score column per class, in label order.
 */
export function oneVsRestRocAuc(probabilities: readonly Float64Array[], yTrue: Int32Array, labels: readonly string[], options: IntervalOptions): OneVsRestAuc {
  const classes = probabilities.length;
  const rows = yTrue.length;
  const counts = new Float64Array(classes);
  for (let r = 0; r < rows; r++) counts[yTrue[r]]++;
  const degenerate = labels.filter((_, k) => counts[k] === 0 || counts[k] === rows);
  if (degenerate.length > 0) {
    const note = `undefined: one-vs-rest needs every class both present and absent in y_true; ${degenerate.map((l) => `"${l}"`).join(', ')} ${degenerate.length === 1 ? 'is' : 'are'} not`;
    const missing: MetricValue = { value: null, ci: null, ciMethod: null, note };
    return { macro: missing, weighted: { ...missing }, perClass: probabilities.map(() => null) };
  }
  const auc = new Float64Array(classes);
  const macroInfluence = options.intervals ? new Float64Array(rows) : null;
  const weightedInfluence = options.intervals ? new Float64Array(rows) : null;
  for (let k = 0; k < classes; k++) {
    const scores = probabilities[k];
    const placements = aucPlacements(scores, yTrue, k, argsortFloat64(scores));
    auc[k] = placements.auc;
    if (macroInfluence === null || weightedInfluence === null) continue;
    const share = counts[k] / rows;
    const inClassScale = rows / counts[k];
    const outClassScale = rows / (rows - counts[k]);
    const v = placements.placements;
    const a = placements.auc;
    for (let r = 0; r < rows; r++) {
      const influence = (v[r] - a) * (yTrue[r] === k ? inClassScale : outClassScale);
      macroInfluence[r] += influence / classes;
      weightedInfluence[r] += share * influence;
    }
  }
  let macroValue = 0;
  let weightedValue = 0;
  for (let k = 0; k < classes; k++) {
    macroValue += auc[k];
    weightedValue += auc[k] * counts[k];
  }
  macroValue /= classes;
  weightedValue /= rows;
  const perClass = Array.from(auc);
  if (macroInfluence === null || weightedInfluence === null) {
    return { macro: { value: macroValue, ci: null, ciMethod: null }, weighted: { value: weightedValue, ci: null, ciMethod: null }, perClass };
  }
  let macroSquares = 0;
  let weightedSquares = 0;
  for (let r = 0; r < rows; r++) {
    macroSquares += macroInfluence[r] * macroInfluence[r];
    const w = weightedInfluence[r] + auc[yTrue[r]] - weightedValue; // + influence of the class shares
    weightedSquares += w * w;
  }
  return {
    macro: { value: macroValue, ci: normalInterval(macroValue, influenceStandardError(macroSquares, rows), options.confidence, 0, 1), ciMethod: 'delong' },
    weighted: { value: weightedValue, ci: normalInterval(weightedValue, influenceStandardError(weightedSquares, rows), options.confidence, 0, 1), ciMethod: 'delong' },
    perClass,
  };
}
