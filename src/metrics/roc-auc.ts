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
 * - binary: DeLong's variance (src/stats/delong.ts), interval on the logit scale (better coverage
 *   than the Wald interval at high AUC and small samples; see `delongInterval`);
 * - one-vs-rest averages: the average of the per-class AUCs is a smooth function of the rows, and
 *   its influence function at a row is Σ_k w_k·IF_k(row), where IF_k is the DeLong structural
 *   component of class k centred and scaled by its class share (N(V10 − A)/m_k for a row of
 *   class k, N(V01 − A)/n_k otherwise). The weighted average adds the influence of the weights
 *   (class shares): A_class(row) − Σ_k π_k A_k. SE = √(Σ IF² / N(N − 1)); interval on the logit
 *   scale like the binary one. This reduces to DeLong's variance for one class (up to the N vs m − 1 divisors),
 *   and its coverage is checked by simulation.
 *
 * Domain: finite scores (any real for the binary AUC). Range: [0, 1].
 * Cost: one radix sort per score column (src/stats/ranking.ts), O(N) after it.
 */
import { aucFromRanking, delongInterval, placementsFromRanking } from '../stats/delong.js';
import { influenceStandardError, logitNormalInterval, normalInterval } from '../stats/influence-interval.js';
import { RankingWorkspace, rankScores, type Ranking } from '../stats/ranking.js';
import type { IntervalOptions, MetricValue } from './types.js';

/** Binary ROC AUC with its DeLong interval, from the ranking shared with average precision. */
export function binaryRocAuc(ranking: Ranking, options: IntervalOptions): MetricValue {
  if (ranking.positives === 0 || ranking.negatives === 0) {
    const missing = ranking.positives === 0 ? 'positive' : 'negative';
    return { value: null, ci: null, ciMethod: null, note: `undefined: y_true has no ${missing} rows (only one class present)` };
  }
  const { auc: value, variance } = aucFromRanking(ranking);
  if (!options.intervals) return { value, ci: null, ciMethod: null };
  if (variance === null) return { value, ci: null, ciMethod: null, note: 'no interval: DeLong needs at least 2 positive and 2 negative rows' };
  return { value, ci: delongInterval(value, variance, options.confidence), ciMethod: 'delong' };
}

export interface OneVsRestAuc {
  macro: MetricValue;
  weighted: MetricValue;
  /** Per-class AUC in label order (null where undefined). */
  perClass: (number | null)[];
}

/** The one-vs-rest averages and their per-row influence (centred; sums to 0 over the rows). */
export interface OneVsRestEstimate {
  macro: number;
  weighted: number;
  perClass: Float64Array;
  macroInfluence: Float64Array | null;
  weightedInfluence: Float64Array | null;
}

/**
 * The classes (by label) that make one-vs-rest AUC undefined: absent from y_true, or all of it.
 */
export function oneVsRestDegenerateClasses(yTrue: Int32Array, labels: readonly string[]): string[] {
  const counts = classCounts(yTrue, labels.length);
  return labels.filter((_, k) => counts[k] === 0 || counts[k] === yTrue.length);
}

/**
 * One-vs-rest AUCs, their macro and prevalence-weighted averages, and (withInfluence) the
 * per-row influence of each average. Every class must be present and absent somewhere in y_true
 * (see {@link oneVsRestDegenerateClasses}). `workspace`: sort buffers to reuse (a caller ranking
 * two models' columns passes one).
 */
export function oneVsRestWithInfluence(probabilities: readonly Float64Array[], yTrue: Int32Array, withInfluence: boolean, workspace = new RankingWorkspace()): OneVsRestEstimate {
  const classes = probabilities.length;
  const rows = yTrue.length;
  const counts = classCounts(yTrue, classes);
  const perClass = new Float64Array(classes);
  const macroInfluence = withInfluence ? new Float64Array(rows) : null;
  const weightedInfluence = withInfluence ? new Float64Array(rows) : null;
  // One set of sort buffers and one placement array serve every class in turn.
  let placements: Float64Array<ArrayBuffer> | undefined;
  for (let k = 0; k < classes; k++) {
    const ranking = rankScores(probabilities[k], yTrue, k, workspace);
    perClass[k] = aucFromRanking(ranking).auc;
    if (macroInfluence === null || weightedInfluence === null) continue;
    // Placements scattered once into row order, then read in order: cheaper than scattering
    // into both influence arrays.
    placements ??= new Float64Array(rows);
    const v = placementsFromRanking(ranking, placements).placements;
    const a = perClass[k];
    const share = counts[k] / rows;
    const inClassScale = rows / counts[k];
    const outClassScale = rows / (rows - counts[k]);
    for (let r = 0; r < rows; r++) {
      const influence = (v[r] - a) * (yTrue[r] === k ? inClassScale : outClassScale);
      macroInfluence[r] += influence / classes;
      weightedInfluence[r] += share * influence;
    }
  }
  let macro = 0;
  let weighted = 0;
  for (let k = 0; k < classes; k++) {
    macro += perClass[k];
    weighted += perClass[k] * counts[k];
  }
  macro /= classes;
  weighted /= rows;
  if (weightedInfluence !== null) {
    // + the influence of the class shares that weight the average
    for (let r = 0; r < rows; r++) weightedInfluence[r] += perClass[yTrue[r]] - weighted;
  }
  return { macro, weighted, perClass, macroInfluence, weightedInfluence };
}

/**
 * One-vs-rest ROC AUC, macro and prevalence-weighted, with influence-function intervals.
 * @param probabilities one score column per class, in label order.
 */
export function oneVsRestRocAuc(probabilities: readonly Float64Array[], yTrue: Int32Array, labels: readonly string[], options: IntervalOptions): OneVsRestAuc {
  const degenerate = oneVsRestDegenerateClasses(yTrue, labels);
  if (degenerate.length > 0) {
    const missing: MetricValue = { value: null, ci: null, ciMethod: null, note: oneVsRestUndefinedNote(degenerate) };
    return { macro: missing, weighted: { ...missing }, perClass: probabilities.map(() => null) };
  }
  const estimate = oneVsRestWithInfluence(probabilities, yTrue, options.intervals);
  const perClass = Array.from(estimate.perClass);
  const { macroInfluence, weightedInfluence } = estimate;
  if (macroInfluence === null || weightedInfluence === null) {
    return { macro: { value: estimate.macro, ci: null, ciMethod: null }, weighted: { value: estimate.weighted, ci: null, ciMethod: null }, perClass };
  }
  const rows = yTrue.length;
  const interval = (value: number, influence: Float64Array): MetricValue => {
    const standardError = influenceStandardError(sumOfSquares(influence), rows);
    const ci = logitNormalInterval(value, standardError, options.confidence) ?? normalInterval(value, standardError, options.confidence, 0, 1);
    return { value, ci, ciMethod: 'delong' };
  };
  return { macro: interval(estimate.macro, macroInfluence), weighted: interval(estimate.weighted, weightedInfluence), perClass };
}

/** Why one-vs-rest AUC is undefined, naming the classes. */
export function oneVsRestUndefinedNote(degenerate: readonly string[]): string {
  return `undefined: one-vs-rest needs every class both present and absent in y_true; ${degenerate.map((l) => `"${l}"`).join(', ')} ${degenerate.length === 1 ? 'is' : 'are'} not`;
}

function classCounts(yTrue: Int32Array, classes: number): Float64Array {
  const counts = new Float64Array(classes);
  for (let r = 0; r < yTrue.length; r++) counts[yTrue[r]]++;
  return counts;
}

function sumOfSquares(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] * values[i];
  return s;
}
