/**
 * Per-class metrics of champion and challenger on the same rows (compare-champion), each class's
 * difference delta = challenger − champion with a paired interval and a two-sided p-value:
 * - precision_k, recall_k, F1_k: `bootstrap-multinomial` — the paired percentile bootstrap over
 *   the K³ joint (truth, champion, challenger) cells of src/metrics/paired-confusion-bootstrap.ts:
 *   the same resamples (same joint counts, same seed) as the aggregate deltas, each replicate's
 *   two confusion matrices being the joint table's margins; p-value from src/stats/bootstrap-p-value.ts;
 * - roc_auc_k (one-vs-rest): `delong` — DeLong's paired test of the two models' class-k scores
 *   against "k vs the rest" (src/stats/delong.ts), Wald interval of the difference.
 * Values follow src/metrics/per-class.ts (scikit-learn `precision_recall_fscore_support(average=None)`,
 * zero_division 0; `roc_auc_score(y_true == k, proba[:, k])`).
 *
 * Domain: codes in [0, K), aligned rows. Range: delta in [−1, 1].
 * Cost: O(B·K³) for the bootstrap, independent of the rows; one radix sort per model and class column.
 */
import { multinomialBootstrap } from '../stats/bootstrap-multinomial.js';
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import { bootstrapPValue } from '../stats/bootstrap-p-value.js';
import { pairedDelongFromPlacements, placementsFromRanking, type AucPlacements } from '../stats/delong.js';
import { RankingWorkspace, rankScores } from '../stats/ranking.js';
import { createRandom } from '../stats/rng.js';
import { confusionMatrix, createConfusionSummary, summarizeConfusion, type ConfusionSummary } from './confusion-matrix.js';
import { jointConfusionCounts } from './paired-confusion-bootstrap.js';
import type { ModelPredictions, PairedClassificationInput, PairedMetricValue } from './paired-comparison.js';
import { classPrecisionRecallF1 } from './precision-recall-f1.js';
import type { IntervalOptions } from './types.js';

/** One class compared (the `perClass.<label>` entry of compare-champion's result). */
export interface PairedClassMetrics {
  label: string;
  /** Rows whose true class is this one (the same for both models). */
  support: number;
  precision: PairedMetricValue;
  recall: PairedMetricValue;
  f1: PairedMetricValue;
  roc_auc: PairedMetricValue;
}

const RATES = ['precision', 'recall', 'f1'] as const;
type Rate = (typeof RATES)[number];

/**
 * Per-class comparison of two classifiers on the same rows.
 * @throws DataError for a code outside [0, K) (naming the row); RangeError for arrays of unequal length.
 */
export function pairedPerClassMetrics(input: PairedClassificationInput, options: IntervalOptions): PairedClassMetrics[] {
  const { labels, yTrue, champion, challenger } = input;
  const classes = labels.length;
  const rows = yTrue.length;
  for (const model of [champion, challenger]) {
    if (model.yPred.length !== rows) throw new RangeError(`y_pred has ${model.yPred.length} rows, y_true ${rows}`);
    confusionMatrix(yTrue, model.yPred, classes); // validates every code, naming the row
  }
  const joint = jointConfusionCounts(yTrue, champion.yPred, challenger.yPred, classes);
  const matrixA = new Float64Array(classes * classes);
  const matrixB = new Float64Array(classes * classes);
  jointMargins(joint, classes, matrixA, matrixB);
  const summaryA = summarizeConfusion(matrixA, classes);
  const summaryB = summarizeConfusion(matrixB, classes);
  const replicates = options.intervals && options.bootstrapSamples > 0 && rows > 0 ? pairedClassReplicates(joint, classes, options) : null;
  const auc = pairedClassRocAuc(input, options);

  return labels.map((label, k) => {
    const a = classPrecisionRecallF1(summaryA, k);
    const b = classPrecisionRecallF1(summaryB, k);
    const entry = (rate: Rate): PairedMetricValue => {
      const point = { champion: a[rate], challenger: b[rate], delta: b[rate] - a[rate] };
      if (!options.intervals) return { ...point, ci: null, pValue: null, test: null };
      if (replicates === null) return { ...point, ci: null, pValue: null, test: null, note: 'no interval: bootstrap-samples is 0' };
      const deltas = replicates[rate][k];
      return { ...point, ci: percentileInterval(deltas, options.confidence), pValue: bootstrapPValue(deltas).pValue, test: 'bootstrap-multinomial' };
    };
    const precision = entry('precision');
    const recall = entry('recall');
    const f1 = entry('f1');
    if (a.precisionZeroDivision || b.precisionZeroDivision) precision.note = joinNotes(precision.note, `"${label}" was never predicted by ${whichModels(a.precisionZeroDivision, b.precisionZeroDivision)}: its precision 0/0 counts as 0 (scikit-learn zero_division)`);
    if (a.recallZeroDivision) recall.note = joinNotes(recall.note, `"${label}" is absent from y_true: recall is 0/0, reported as 0 (scikit-learn zero_division)`);
    return { label, support: summaryA.support[k], precision, recall, f1, roc_auc: auc[k] };
  });
}

/**
 * B replicate deltas (challenger − champion) per rate and class, from one multinomial bootstrap of
 * the joint cells seeded by `options.seed` (the resamples of the aggregate paired bootstrap).
 */
export function pairedClassReplicates(joint: Float64Array, classes: number, options: IntervalOptions): Record<Rate, Float64Array[]> {
  const make = () => Array.from({ length: classes }, () => new Float64Array(options.bootstrapSamples));
  const out: Record<Rate, Float64Array[]> = { precision: make(), recall: make(), f1: make() };
  const matrixA = new Float64Array(classes * classes);
  const matrixB = new Float64Array(classes * classes);
  const summaryA: ConfusionSummary = createConfusionSummary(classes);
  const summaryB: ConfusionSummary = createConfusionSummary(classes);
  multinomialBootstrap(joint, options.bootstrapSamples, createRandom(options.seed), (resampled, replicate) => {
    jointMargins(resampled, classes, matrixA, matrixB);
    summarizeConfusion(matrixA, classes, summaryA);
    summarizeConfusion(matrixB, classes, summaryB);
    for (let k = 0; k < classes; k++) {
      const a = classPrecisionRecallF1(summaryA, k);
      const b = classPrecisionRecallF1(summaryB, k);
      out.precision[k][replicate] = b.precision - a.precision;
      out.recall[k][replicate] = b.recall - a.recall;
      out.f1[k][replicate] = b.f1 - a.f1;
    }
  });
  return out;
}

/** Paired DeLong per class (one-vs-rest), label order. */
export function pairedClassRocAuc(input: PairedClassificationInput, options: IntervalOptions): PairedMetricValue[] {
  const { labels, yTrue, champion, challenger } = input;
  const classes = labels.length;
  const positive = input.positive ?? 1;
  const binary = (input.task ?? (classes <= 2 ? 'binary' : 'multiclass')) === 'binary';
  const workspace = new RankingWorkspace();
  if (champion.probabilities !== undefined && challenger.probabilities !== undefined) {
    return labels.map((_, k) => pairedAuc(placementsOf(champion.probabilities![k], yTrue, k, workspace), placementsOf(challenger.probabilities![k], yTrue, k, workspace), yTrue, k, options));
  }
  const scoreA = binary ? scoreOf(champion, positive) : undefined;
  const scoreB = binary ? scoreOf(challenger, positive) : undefined;
  if (scoreA !== undefined && scoreB !== undefined) {
    // The negative class ranks by −score: the same pairs, the same AUCs and the same test.
    const one = pairedAuc(placementsOf(scoreA, yTrue, positive, workspace), placementsOf(scoreB, yTrue, positive, workspace), yTrue, positive, options);
    return labels.map(() => ({ ...one }));
  }
  const note = binary ? 'needs a positive-class score or probabilities from both models' : 'needs per-class probabilities from both models';
  return labels.map(() => ({ champion: null, challenger: null, delta: null, ci: null, pValue: null, test: null, note }));
}

function scoreOf(model: ModelPredictions, positive: number): Float64Array | undefined {
  return model.score ?? model.probabilities?.[positive];
}

function placementsOf(score: Float64Array, yTrue: Int32Array, k: number, workspace: RankingWorkspace): AucPlacements {
  return placementsFromRanking(rankScores(score, yTrue, k, workspace));
}

function pairedAuc(a: AucPlacements, b: AucPlacements, yTrue: Int32Array, k: number, options: IntervalOptions): PairedMetricValue {
  if (a.positives === 0 || a.negatives === 0) {
    return { champion: null, challenger: null, delta: null, ci: null, pValue: null, test: null, note: `undefined: the class has ${a.positives === 0 ? 'no rows' : 'every row'} in y_true` };
  }
  const point = { champion: a.auc, challenger: b.auc, delta: b.auc - a.auc };
  if (!options.intervals) return { ...point, ci: null, pValue: null, test: null };
  const test = pairedDelongFromPlacements(a, b, yTrue, k, options.confidence);
  if (test === null) return { ...point, ci: null, pValue: null, test: null, note: 'no interval: DeLong needs at least 2 rows of the class and 2 of the rest' };
  return { ...point, ci: test.ci, pValue: test.pValue, test: 'delong' };
}

/** The champion (t, a) and challenger (t, b) confusion matrices of a joint table (cell (t·K + a)·K + b). */
function jointMargins(joint: ArrayLike<number>, classes: number, champion: Float64Array, challenger: Float64Array): void {
  champion.fill(0);
  challenger.fill(0);
  for (let t = 0; t < classes; t++) {
    for (let a = 0; a < classes; a++) {
      for (let b = 0; b < classes; b++) {
        const c = joint[(t * classes + a) * classes + b];
        champion[t * classes + a] += c;
        challenger[t * classes + b] += c;
      }
    }
  }
}

function whichModels(champion: boolean, challenger: boolean): string {
  return champion && challenger ? 'either model' : champion ? 'the champion' : 'the challenger';
}

function joinNotes(first: string | undefined, second: string): string {
  return first === undefined ? second : `${first}; ${second}`;
}
