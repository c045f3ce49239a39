/**
 * ROC and precision-recall curves sampled at a fixed grid for the reports, with pointwise
 * bootstrap bands.
 *
 * ROC, TPR at false positive rate x: the empirical ROC curve through the points
 * (fp_g/n, tp_g/m), g = 0 … G (one per distinct score, src/stats/ranked-counts.ts), joined by
 * straight lines — the curve whose area is the trapezoidal AUC, ties giving diagonal segments —
 * read at x. Where the curve is vertical at x, the top of the segment. This is
 * `numpy.interp(x, fpr, tpr)` on scikit-learn 1.2's `roc_curve(y_true, score,
 * drop_intermediate=False)` (the grid of sklearn's "mean ROC" examples). Grid: 28 points, dense
 * at low FPR where ROC curves bend (0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1,
 * then steps of 0.05 to 1).
 *
 * Precision-recall, precision at recall r: the step curve of average precision — the precision
 * at the highest threshold whose recall reaches r (the first boundary with tp_g/m ≥ r; at r = 0
 * the highest threshold). This is how scikit-learn draws it (`PrecisionRecallDisplay`,
 * `drawstyle="steps-post"`) and what `average_precision_score` integrates; there is no linear
 * interpolation in PR space, which would overstate precision (Davis & Goadrich, 2006). Unlike
 * `precision_at_recall[r]` (src/metrics/operating-points.ts: the best precision at recall ≥ r)
 * this keeps the curve's shape, dips included. Grid: recall 0, 0.04, …, 1 (26 points). The
 * threshold at each point is reported too.
 *
 * Bands: pointwise percentile bootstrap over rows (`bootstrap`), B resamples drawn through the
 * shared sort without re-sorting (src/stats/resampled-ranking.ts): one root-to-leaf walk per grid
 * point and replicate. Pointwise: each point's interval covers that point at the stated
 * confidence; the band as a whole is not a simultaneous confidence band.
 *
 * Domain: finite scores, at least one positive and (ROC) one negative row; otherwise the curve's
 * values are null with a note.
 */
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import type { RankedCounts } from '../stats/ranked-counts.js';
import { NEGATIVES, POSITIVES, ROWS, ResampledRanking, type GroupHit } from '../stats/resampled-ranking.js';
import { positivesForRecall } from './operating-points.js';
import type { CiMethod, IntervalOptions } from './types.js';

/** False positive rates at which the ROC curve is sampled. */
export const DEFAULT_FPR_GRID: readonly number[] = Object.freeze([
  0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1,
]);

/** Recalls at which the precision-recall curve is sampled: k/25, k = 0 … 25. */
export const DEFAULT_RECALL_GRID: readonly number[] = Object.freeze(Array.from({ length: 26 }, (_, k) => k / 25));

/** A curve sampled at a grid: y at each x, with the pointwise band. */
export interface SampledCurve {
  /** The grid: FPR (ROC) or recall (PR). */
  x: number[];
  /** TPR (ROC) or precision (PR) at each x; null when the curve is undefined. */
  y: (number | null)[];
  /** Pointwise band at the stated confidence; null when intervals are off or undefined. */
  lower: (number | null)[] | null;
  upper: (number | null)[] | null;
  ciMethod: CiMethod | null;
  /** PR only: the threshold t (`score >= t`) at each point. */
  thresholds?: (number | null)[];
  note?: string;
}

/** TPR at FPR x on the observed curve (numpy.interp on scikit-learn's roc_curve points). */
export function tprAt(counts: RankedCounts, x: number): number {
  const { tp, fp, groups, positives: m, negatives: n } = counts;
  if (m === 0 || n === 0) return NaN;
  // first boundary whose FPR exceeds x
  let lo = 0;
  let hi = groups + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fp[mid] / n > x) hi = mid;
    else lo = mid + 1;
  }
  if (lo > groups) return 1;
  return interpolate(x, fp[lo - 1] / n, fp[lo] / n, tp[lo - 1] / m, tp[lo] / m);
}

/** Precision at recall r on the observed step curve, and the boundary it was read at. */
export function precisionAtRecallStep(counts: RankedCounts, r: number): { value: number; boundary: number } {
  const { tp, fp, groups, positives: m } = counts;
  if (m === 0 || groups === 0) return { value: NaN, boundary: 0 };
  let lo = 1;
  let hi = groups;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // r = 0: the highest threshold that predicts any row (boundary 1 on observed counts)
    if (r > 0 ? tp[mid] / m >= r : tp[mid] + fp[mid] >= 1) hi = mid;
    else lo = mid + 1;
  }
  return { value: tp[lo] / (tp[lo] + fp[lo]), boundary: lo };
}

/** TPR at FPR x in the tree's current resample (NaN when m* or n* is 0). */
export function tprAtResampled(tree: ResampledRanking, x: number, hit: GroupHit): number {
  const m = tree.positives;
  const n = tree.negatives;
  if (m === 0 || n === 0) return NaN;
  // the smallest negative count whose rate exceeds x, in floating point as on the observed curve
  let t = Math.max(0, Math.floor(x * n) + 1);
  while (t > 0 && (t - 1) / n > x) t--;
  while (t <= n && t / n <= x) t++;
  if (t > n) return 1;
  tree.findFirst(NEGATIVES, t, hit);
  const tpAfter = hit.tpBefore + hit.groupPositives;
  const fpAfter = hit.fpBefore + hit.groupNegatives;
  return interpolate(x, hit.fpBefore / n, fpAfter / n, hit.tpBefore / m, tpAfter / m);
}

/** Precision at recall r on the step curve of the tree's current resample, and its boundary. */
export function precisionAtRecallStepResampled(tree: ResampledRanking, r: number, hit: GroupHit): { value: number; boundary: number } {
  const m = tree.positives;
  if (m === 0) return { value: NaN, boundary: 0 };
  if (r > 0) tree.findFirst(POSITIVES, positivesForRecall(m, r), hit);
  else tree.findFirst(ROWS, 1, hit);
  const tp = hit.tpBefore + hit.groupPositives;
  return { value: tp / (tp + hit.fpBefore + hit.groupNegatives), boundary: hit.boundary };
}

/** The ROC curve at `grid` with its pointwise bootstrap band. */
export function rocCurve(counts: RankedCounts, options: IntervalOptions, grid: readonly number[] = DEFAULT_FPR_GRID): SampledCurve {
  checkGrid(grid, 'false positive rate');
  if (counts.positives === 0 || counts.negatives === 0) return undefinedCurve(grid, `undefined: y_true has no ${counts.positives === 0 ? 'positive' : 'negative'} rows`);
  const y = grid.map((x) => tprAt(counts, x));
  const bands = bandsOf(counts, grid, options, (tree, x, hit) => tprAtResampled(tree, x, hit));
  return { x: [...grid], y, ...bands };
}

/** The precision-recall step curve at `grid` with its pointwise bootstrap band and thresholds. */
export function precisionRecallCurve(counts: RankedCounts, options: IntervalOptions, grid: readonly number[] = DEFAULT_RECALL_GRID): SampledCurve {
  checkGrid(grid, 'recall');
  if (counts.positives === 0) return { ...undefinedCurve(grid, 'undefined: y_true has no positive rows'), thresholds: grid.map(() => null) };
  const points = grid.map((r) => precisionAtRecallStep(counts, r));
  const bands = bandsOf(counts, grid, options, (tree, r, hit) => precisionAtRecallStepResampled(tree, r, hit).value);
  return { x: [...grid], y: points.map((p) => p.value), ...bands, thresholds: points.map((p) => counts.thresholds[p.boundary - 1]) };
}

/** numpy.interp's formula between two points (x0 ≤ x < x1), exact at x0. */
function interpolate(x: number, x0: number, x1: number, y0: number, y1: number): number {
  if (x === x0) return y0;
  return ((y1 - y0) / (x1 - x0)) * (x - x0) + y0;
}

function bandsOf(
  counts: RankedCounts,
  grid: readonly number[],
  options: IntervalOptions,
  at: (tree: ResampledRanking, x: number, hit: GroupHit) => number,
): Pick<SampledCurve, 'lower' | 'upper' | 'ciMethod' | 'note'> {
  if (!options.intervals) return { lower: null, upper: null, ciMethod: null };
  if (options.bootstrapSamples === 0) return { lower: null, upper: null, ciMethod: null, note: 'no band: bootstrap-samples is 0' };
  const B = options.bootstrapSamples;
  const replicates = grid.map(() => new Float64Array(B));
  const tree = new ResampledRanking(counts, options.seed);
  const hit: GroupHit = { boundary: 0, tpBefore: 0, fpBefore: 0, groupPositives: 0, groupNegatives: 0 };
  for (let b = 0; b < B; b++) {
    tree.useReplicate(b);
    for (let i = 0; i < grid.length; i++) replicates[i][b] = at(tree, grid[i], hit);
  }
  const intervals = replicates.map((values) => percentileInterval(values, options.confidence));
  const dropped = countNaN(replicates[0]);
  return {
    lower: intervals.map((ci) => (ci === null ? null : ci[0])),
    upper: intervals.map((ci) => (ci === null ? null : ci[1])),
    ciMethod: 'bootstrap',
    ...(dropped > 0 ? { note: `${dropped} of ${B} bootstrap resamples lacked a class and were dropped` } : {}),
  };
}

function undefinedCurve(grid: readonly number[], note: string): SampledCurve {
  return { x: [...grid], y: grid.map(() => null), lower: null, upper: null, ciMethod: null, note };
}

function checkGrid(grid: readonly number[], what: string): void {
  for (const x of grid) if (!(x >= 0 && x <= 1)) throw new RangeError(`a ${what} grid point must be in [0, 1], got ${x}`);
}

function countNaN(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) n++;
  return n;
}
