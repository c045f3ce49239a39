/**
 * Operating points of a binary score: the best classifier `score ≥ t` under a constraint on the
 * other axis of the precision-recall curve, and the threshold t that achieves it.
 *
 * Over the boundaries g = 1 … G of the shared sort (one per distinct score t_g, descending; see
 * src/stats/ranked-counts.ts), with precision_g = tp_g/(tp_g + fp_g) and recall_g = tp_g/m:
 * - `recall_at_precision[p]` = max { recall_g : precision_g ≥ p }, or 0 when no threshold reaches
 *   precision p (the curve's end point, recall 0 at precision 1, then is the only one that does);
 *   its threshold is the highest t_g with that recall — of the thresholds with that recall, the
 *   one with the highest precision. In scikit-learn 1.2 terms, with
 *   `precision, recall, thresholds = precision_recall_curve(y_true, score)`:
 *   `max(recall[precision >= p])`.
 * - `precision_at_recall[r]` = max { precision_g : recall_g ≥ r } (the "interpolated" precision
 *   at recall r: the best precision any threshold reaching recall r gives); ties go to the higher
 *   recall. scikit-learn: `max(precision[:-1][recall[:-1] >= r])`.
 * The comparisons are the floating-point ones scikit-learn makes (tp/(tp + fp) ≥ p, tp/m ≥ r).
 * Domain: p, r in (0, 1]; finite scores; at least one positive row (recall needs m > 0, else
 * null with a note). Range: [0, 1]; the threshold is one of the scores.
 *
 * Interval: percentile bootstrap over rows (`ciMethod: 'bootstrap'`), B resamples drawn through
 * the shared sort without re-sorting (src/stats/resampled-ranking.ts): each replicate's
 * operating point is found by branch and bound on the lazily drawn tree — a node is opened only
 * when its best possible point could beat the best found (for recall at precision p, a node whose
 * every positive came first would still be below p is skipped) — so a replicate costs a few
 * hundred binomial draws, not N. The threshold gets the percentile interval of the replicates'
 * thresholds. A replicate without positive rows is dropped (recall undefined) and counted in the
 * note. Coverage is checked by simulation against the binormal model (test/metrics/operating-points.test.ts).
 * @example
 * const scores = Float64Array.of(0.1, 0.4, 0.35, 0.8), truth = Int32Array.of(0, 0, 1, 1);
 * recallAtPrecision(rankedCounts(rankScores(scores, truth, 1), scores), 0.6) // { value: 1, boundary: 3, threshold: 0.35, precision: 0.6666666666666666, recall: 1 }
 */
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import type { RankedCounts } from '../stats/ranked-counts.js';
import { POSITIVES, ROWS, ResampledRanking, type GroupHit } from '../stats/resampled-ranking.js';
import type { IntervalOptions, MetricValue } from './types.js';

export type OperatingPointKind = 'recall_at_precision' | 'precision_at_recall';
export const OPERATING_POINT_KINDS: readonly OperatingPointKind[] = Object.freeze(['recall_at_precision', 'precision_at_recall']);

/** One operating point asked for: `recall_at_precision[0.9]` is { kind: 'recall_at_precision', level: 0.9 }. */
export interface OperatingPointSpec {
  kind: OperatingPointKind;
  /** The constraint: minimum precision (recall_at_precision) or minimum recall (precision_at_recall), in (0, 1]. */
  level: number;
}

/** An operating point in a result: the metric value with its interval, and the threshold achieving it. */
export interface OperatingPointValue extends MetricValue {
  /** t of `score >= t` (null when no threshold meets the constraint, or the value is undefined). */
  threshold: number | null;
  /** Percentile bootstrap interval of the threshold (null when intervals are off). */
  thresholdCi: [number, number] | null;
  /** Precision and recall at that threshold. */
  precision: number | null;
  recall: number | null;
}

/** The point found by a scan: value, boundary g (0 when none), its threshold and rates. */
export interface OperatingPointEstimate {
  value: number;
  boundary: number;
  threshold: number | null;
  precision: number | null;
  recall: number | null;
}

/** The metric name of a spec, as gates write it: `recall_at_precision[0.9]`. */
export function operatingPointName(spec: OperatingPointSpec): string {
  return `${spec.kind}[${spec.level}]`;
}

/** Recall at precision ≥ p, by one scan of the boundaries. m must be > 0. */
export function recallAtPrecision(counts: RankedCounts, p: number): OperatingPointEstimate {
  checkLevel(p);
  const { tp, fp, groups, positives } = counts;
  let best = 0;
  for (let g = 1; g <= groups; g++) {
    // strictly greater: the first boundary of the best recall is the highest threshold with it
    if (tp[g] > tp[best] && tp[g] / (tp[g] + fp[g]) >= p) best = g;
  }
  return estimate(counts, best, best === 0 ? 0 : tp[best] / positives);
}

/** Precision at recall ≥ r, by one scan of the boundaries. m must be > 0. */
export function precisionAtRecall(counts: RankedCounts, r: number): OperatingPointEstimate {
  checkLevel(r);
  const { tp, fp, groups, positives } = counts;
  let best = 0;
  let bestPrecision = -1;
  for (let g = 1; g <= groups; g++) {
    if (!(tp[g] / positives >= r)) continue;
    const precision = tp[g] / (tp[g] + fp[g]);
    if (precision > bestPrecision || (precision === bestPrecision && tp[g] > tp[best])) {
      best = g;
      bestPrecision = precision;
    }
  }
  return estimate(counts, best, bestPrecision);
}

function estimate(counts: RankedCounts, boundary: number, value: number): OperatingPointEstimate {
  if (boundary === 0) return { value, boundary, threshold: null, precision: null, recall: null };
  const tp = counts.tp[boundary];
  return { value, boundary, threshold: counts.thresholds[boundary - 1], precision: tp / (tp + counts.fp[boundary]), recall: tp / counts.positives };
}

// Branch and bound on the lazily drawn tree. A stack entry is a node [lo, hi) with its resampled
// positives and negatives and the counts above it (tpLo, fpLo); the boundaries inside it are
// lo + 1 … hi, their tp in [tpLo, tpLo + nodePositives], their fp in [fpLo, fpLo + nodeNegatives].
const STACK_FIELDS = 6;
// Depth-first: each opened node replaces itself by its two children, so the stack never holds
// more than one entry per tree level plus one (G < 2^31: 32 levels).
const stack = new Float64Array(STACK_FIELDS * 34);

/** Recall at precision ≥ p in the tree's current resample: the value (NaN when m* = 0) and the boundary (0: none). */
export function recallAtPrecisionResampled(tree: ResampledRanking, p: number, hit: GroupHit = newHit()): { value: number; boundary: number } {
  checkLevel(p);
  const m = tree.positives;
  if (m === 0) return { value: NaN, boundary: 0 };
  let top = push(0, 0, tree.counts.groups, m, tree.negatives, 0, 0);
  let best = 0;
  while (top > 0) {
    top -= STACK_FIELDS;
    const lo = stack[top];
    const hi = stack[top + 1];
    const nodePositives = stack[top + 2];
    const nodeNegatives = stack[top + 3];
    const tpLo = stack[top + 4];
    const fpLo = stack[top + 5];
    const tpHi = tpLo + nodePositives;
    if (tpHi <= best) continue; // nothing in here beats the best
    if (tpHi / (tpHi + fpLo) < p) continue; // even all positives first stays below p
    if (tpHi / (tpHi + fpLo + nodeNegatives) >= p) {
      best = tpHi; // the node's last boundary qualifies and has its highest recall
      continue;
    }
    if (hi - lo === 1) continue;
    tree.split(lo, hi, nodePositives, nodeNegatives);
    const mid = (lo + hi) >>> 1;
    const lp = tree.leftPositives;
    const ln = tree.leftNegatives;
    top = push(top, lo, mid, lp, ln, tpLo, fpLo);
    top = push(top, mid, hi, nodePositives - lp, nodeNegatives - ln, tpLo + lp, fpLo + ln); // right (higher recall) first
  }
  if (best === 0) return { value: 0, boundary: 0 };
  tree.findFirst(POSITIVES, best, hit); // the first boundary with that recall: its highest threshold
  return { value: best / m, boundary: hit.boundary };
}

/** Precision at recall ≥ r in the tree's current resample: the value (NaN when m* = 0) and the boundary. */
export function precisionAtRecallResampled(tree: ResampledRanking, r: number, hit: GroupHit = newHit()): { value: number; boundary: number } {
  checkLevel(r);
  const m = tree.positives;
  if (m === 0) return { value: NaN, boundary: 0 };
  const needed = positivesForRecall(m, r);
  // The last boundary (everything positive) always reaches recall r: the first best.
  let bestPrecision = m / (m + tree.negatives);
  let bestTp = m;
  let bestFp = tree.negatives;
  let top = push(0, 0, tree.counts.groups, m, tree.negatives, 0, 0);
  while (top > 0) {
    top -= STACK_FIELDS;
    const lo = stack[top];
    const hi = stack[top + 1];
    const nodePositives = stack[top + 2];
    const nodeNegatives = stack[top + 3];
    const tpLo = stack[top + 4];
    const fpLo = stack[top + 5];
    const tpHi = tpLo + nodePositives;
    if (tpHi < needed || nodePositives + nodeNegatives === 0) continue;
    const bound = tpHi / (tpHi + fpLo);
    if (bound < bestPrecision || (bound === bestPrecision && tpHi <= bestTp)) continue;
    const atHi = tpHi / (tpHi + fpLo + nodeNegatives);
    if (atHi > bestPrecision || (atHi === bestPrecision && tpHi > bestTp)) {
      bestPrecision = atHi;
      bestTp = tpHi;
      bestFp = fpLo + nodeNegatives;
    }
    if (hi - lo === 1) continue;
    tree.split(lo, hi, nodePositives, nodeNegatives);
    const mid = (lo + hi) >>> 1;
    const lp = tree.leftPositives;
    const ln = tree.leftNegatives;
    const leftTp = tpLo + lp;
    const leftBound = leftTp / (leftTp + fpLo);
    const rightTp = tpHi;
    const rightBound = rightTp / (rightTp + fpLo + ln);
    // the child with the better bound is opened first (pushed last)
    if (leftBound > rightBound) {
      top = push(top, mid, hi, nodePositives - lp, nodeNegatives - ln, leftTp, fpLo + ln);
      top = push(top, lo, mid, lp, ln, tpLo, fpLo);
    } else {
      top = push(top, lo, mid, lp, ln, tpLo, fpLo);
      top = push(top, mid, hi, nodePositives - lp, nodeNegatives - ln, leftTp, fpLo + ln);
    }
  }
  tree.findFirst(ROWS, bestTp + bestFp, hit); // the highest threshold of that point
  return { value: bestPrecision, boundary: hit.boundary };
}

/**
 * Operating points with their bootstrap intervals, for the named specs (result keys are
 * {@link operatingPointName}). One tree serves every spec and replicate.
 * @param counts the shared sort seen from the top (src/stats/ranked-counts.ts).
 */
export function operatingPoints(counts: RankedCounts, specs: readonly OperatingPointSpec[], options: IntervalOptions): Record<string, OperatingPointValue> {
  for (const spec of specs) {
    if (!OPERATING_POINT_KINDS.includes(spec.kind)) throw new RangeError(`unknown operating point ${String(spec.kind)}; known: ${OPERATING_POINT_KINDS.join(', ')}`);
    checkLevel(spec.level);
  }
  const results: Record<string, OperatingPointValue> = {};
  if (counts.positives === 0) {
    for (const spec of specs) {
      results[operatingPointName(spec)] = { value: null, ci: null, ciMethod: null, threshold: null, thresholdCi: null, precision: null, recall: null, note: 'undefined: y_true has no positive rows (recall is 0/0)' };
    }
    return results;
  }
  const points = specs.map((spec) => (spec.kind === 'recall_at_precision' ? recallAtPrecision(counts, spec.level) : precisionAtRecall(counts, spec.level)));
  const bootstrap = options.intervals && options.bootstrapSamples > 0;
  const replicates = bootstrap ? bootstrapOperatingPoints(counts, specs, options) : null;
  specs.forEach((spec, i) => {
    const point = points[i];
    const entry: OperatingPointValue = { value: point.value, ci: null, ciMethod: null, threshold: point.threshold, thresholdCi: null, precision: point.precision, recall: point.recall };
    if (point.boundary === 0) entry.note = `no threshold reaches precision ${spec.level}: recall 0 (nothing predicted positive)`;
    if (options.intervals && replicates === null) entry.note = joinNotes(entry.note, 'no interval: bootstrap-samples is 0');
    if (replicates !== null) {
      const { values, thresholds } = replicates[i];
      entry.ci = percentileInterval(values, options.confidence);
      entry.ciMethod = entry.ci === null ? null : 'bootstrap';
      entry.thresholdCi = percentileInterval(thresholds, options.confidence);
      const undefinedCount = countNaN(values);
      const noThreshold = countNaN(thresholds) - undefinedCount;
      if (undefinedCount > 0) entry.note = joinNotes(entry.note, `${undefinedCount} of ${options.bootstrapSamples} bootstrap resamples had no positive row and were dropped`);
      if (noThreshold > 0) entry.note = joinNotes(entry.note, `in ${noThreshold} of ${options.bootstrapSamples} resamples no threshold met the constraint (value 0, no threshold)`);
    }
    results[operatingPointName(spec)] = entry;
  });
  return results;
}

/** B replicate values and thresholds per spec (NaN: undefined value / no threshold). */
export function bootstrapOperatingPoints(counts: RankedCounts, specs: readonly OperatingPointSpec[], options: IntervalOptions, tree = new ResampledRanking(counts, options.seed)): { values: Float64Array; thresholds: Float64Array }[] {
  const out = specs.map(() => ({ values: new Float64Array(options.bootstrapSamples), thresholds: new Float64Array(options.bootstrapSamples) }));
  const hit = newHit();
  for (let b = 0; b < options.bootstrapSamples; b++) {
    tree.useReplicate(b);
    specs.forEach((spec, i) => {
      const found = spec.kind === 'recall_at_precision' ? recallAtPrecisionResampled(tree, spec.level, hit) : precisionAtRecallResampled(tree, spec.level, hit);
      out[i].values[b] = found.value;
      out[i].thresholds[b] = found.boundary === 0 ? NaN : counts.thresholds[found.boundary - 1];
    });
  }
  return out;
}

/** The smallest k with k/m ≥ r in floating point (the comparison scikit-learn's recall array makes). */
export function positivesForRecall(m: number, r: number): number {
  let k = Math.max(1, Math.ceil(r * m));
  while (k > 1 && (k - 1) / m >= r) k--;
  while (k < m && k / m < r) k++;
  return k;
}

function push(top: number, lo: number, hi: number, positives: number, negatives: number, tpLo: number, fpLo: number): number {
  stack[top] = lo;
  stack[top + 1] = hi;
  stack[top + 2] = positives;
  stack[top + 3] = negatives;
  stack[top + 4] = tpLo;
  stack[top + 5] = fpLo;
  return top + STACK_FIELDS;
}

function newHit(): GroupHit {
  return { boundary: 0, tpBefore: 0, fpBefore: 0, groupPositives: 0, groupNegatives: 0 };
}

function checkLevel(level: number): void {
  if (!(level > 0 && level <= 1)) throw new RangeError(`an operating point's level must be in (0, 1], got ${level}`);
}

function countNaN(values: Float64Array): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) n++;
  return n;
}

function joinNotes(first: string | undefined, second: string): string {
  return first === undefined ? second : `${first}; ${second}`;
}

/** The operating points that gates such as `recall_at_precision[0.9]` name (names and levels already checked), each once. */
export function operatingPointSpecs(gates: readonly { readonly metric: string; readonly argument?: string }[]): OperatingPointSpec[] {
  const specs = new Map<string, OperatingPointSpec>();
  for (const gate of gates) {
    if ((gate.metric === 'recall_at_precision' || gate.metric === 'precision_at_recall') && gate.argument !== undefined) {
      specs.set(`${gate.metric}[${Number(gate.argument)}]`, { kind: gate.metric as OperatingPointKind, level: Number(gate.argument) });
    }
  }
  return [...specs.values()];
}
