/**
 * Champion vs challenger on the same rows, for the statistics of a score's ranking: the operating
 * points (src/metrics/operating-points.ts) and the sampled ROC and precision-recall curves
 * (src/metrics/curves.ts) of both models, and the difference delta = challenger − champion of
 * each, with paired intervals.
 *
 * Interval: the paired percentile bootstrap over rows (`test: 'bootstrap'`). A resample must keep
 * each row's truth and both scores together, and the two models sort the rows differently, so
 * one model's lazy tree (src/stats/resampled-ranking.ts) cannot be used alone; the joint lazy
 * resample of src/stats/paired-resample.ts gives each model a tree on the same resampled rows —
 * cells of (champion zone, challenger zone, class) drawn first, a cell's rows only when a search
 * enters its zone. Every statistic is then read with the one-model searches (the branch and bound
 * of src/metrics/operating-points.ts, the curve walks of src/metrics/curves.ts). Per-model bands
 * come from the same replicates. p-value of a delta: src/stats/bootstrap-p-value.ts.
 * Cost per replicate: the 2·Z² cell draws plus the rows of the zones opened — about two zones
 * per model and operating point, O(N^(2/3)); a curve sampled over its whole range opens most
 * zones, i.e. O(N). To bound the cost of the curves' bands, call this twice: operating points with
 * the full B, curves (`operatingPoints` empty) with a smaller one. Figures at 10^6 rows:
 * bench/thresholds.ts.
 *
 * Domain: aligned rows, finite scores, binary truth (codes, `positive` the positive one).
 */
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import { bootstrapPValue } from '../stats/bootstrap-p-value.js';
import { rankedCounts, type RankedCounts } from '../stats/ranked-counts.js';
import { PairedResample } from '../stats/paired-resample.js';
import { rankScores } from '../stats/ranking.js';
import { ResampledRanking, type GroupHit } from '../stats/resampled-ranking.js';
import { DEFAULT_FPR_GRID, DEFAULT_RECALL_GRID, precisionAtRecallStepResampled, tprAtResampled } from './curves.js';
import { OPERATING_POINT_KINDS, operatingPointName, precisionAtRecallResampled, recallAtPrecisionResampled, type OperatingPointSpec } from './operating-points.js';
import type { IntervalOptions } from './types.js';

export interface PairedRankingInput {
  yTrue: Int32Array;
  /** The positive class code. */
  positive: number;
  /** Positive-class scores of the two models, row-aligned. */
  champion: Float64Array;
  challenger: Float64Array;
}

/** What to compare: operating points, and which curves at which grids (null: not that curve). */
export interface PairedRankingRequest {
  operatingPoints?: readonly OperatingPointSpec[];
  rocGrid?: readonly number[] | null;
  precisionRecallGrid?: readonly number[] | null;
}

/** A paired operating point: both models' values and thresholds, the delta and its interval. */
export interface PairedOperatingPoint {
  champion: number | null;
  challenger: number | null;
  delta: number | null;
  ci: [number, number] | null;
  pValue: number | null;
  test: 'bootstrap' | null;
  championThreshold: number | null;
  challengerThreshold: number | null;
  note?: string;
}

/** One model's sampled curve with its band. */
export interface CurveSeries {
  y: (number | null)[];
  lower: (number | null)[] | null;
  upper: (number | null)[] | null;
}

/** A curve of both models at one grid, and the pointwise difference challenger − champion. */
export interface PairedCurve {
  x: number[];
  champion: CurveSeries;
  challenger: CurveSeries;
  delta: CurveSeries;
  ciMethod: 'bootstrap' | null;
  note?: string;
}

export interface PairedRankingResult {
  operatingPoints: Record<string, PairedOperatingPoint>;
  roc: PairedCurve | null;
  precisionRecall: PairedCurve | null;
}

/**
 * The paired comparison of operating points and curves (defaults: both curves at their default
 * grids, no operating points).
 * @throws RangeError for arrays of unequal length or levels outside (0, 1].
 */
export function pairedRankingComparison(input: PairedRankingInput, request: PairedRankingRequest, options: IntervalOptions): PairedRankingResult {
  const { yTrue, positive, champion, challenger } = input;
  const rows = yTrue.length;
  if (champion.length !== rows || challenger.length !== rows) throw new RangeError(`scores have ${champion.length} and ${challenger.length} rows, y_true ${rows}`);
  const specs = request.operatingPoints ?? [];
  for (const spec of specs) {
    if (!OPERATING_POINT_KINDS.includes(spec.kind)) throw new RangeError(`unknown operating point ${String(spec.kind)}`);
    if (!(spec.level > 0 && spec.level <= 1)) throw new RangeError(`an operating point's level must be in (0, 1], got ${spec.level}`);
  }
  const rocGrid = request.rocGrid === undefined ? DEFAULT_FPR_GRID : request.rocGrid;
  const prGrid = request.precisionRecallGrid === undefined ? DEFAULT_RECALL_GRID : request.precisionRecallGrid;
  const rankingA = rankScores(champion, yTrue, positive);
  const rankingB = rankScores(challenger, yTrue, positive);
  const countsA = rankedCounts(rankingA, champion);
  const countsB = rankedCounts(rankingB, challenger);
  const m = countsA.positives;
  const n = countsA.negatives;

  // Every statistic as a search on one model's tree (observed, or a replicate of the joint resample).
  const hit: GroupHit = { boundary: 0, tpBefore: 0, fpBefore: 0, groupPositives: 0, groupNegatives: 0 };
  const statistics: Statistic[] = [];
  for (const spec of specs) {
    const level = spec.level;
    statistics.push(spec.kind === 'recall_at_precision' ? (tree) => recallAtPrecisionResampled(tree, level, hit) : (tree) => precisionAtRecallResampled(tree, level, hit));
  }
  for (const x of rocGrid ?? []) statistics.push((tree) => ({ value: tprAtResampled(tree, x, hit), boundary: 0 }));
  for (const r of prGrid ?? []) statistics.push((tree) => precisionAtRecallStepResampled(tree, r, hit));

  const observed = (counts: RankedCounts) => {
    const tree = new ResampledRanking(counts, 0);
    return statistics.map((of) => (m === 0 ? { value: NaN, boundary: 0 } : of(tree)));
  };
  const observedA = observed(countsA);
  const observedB = observed(countsB);
  const replicates = options.intervals && options.bootstrapSamples > 0 && m > 0 ? pairedReplicates(new PairedResample(rankingA, rankingB, countsA, countsB, options.seed), statistics, options) : null;

  const operatingPoints: Record<string, PairedOperatingPoint> = {};
  specs.forEach((spec, i) => {
    const key = operatingPointName(spec);
    if (m === 0) {
      operatingPoints[key] = { champion: null, challenger: null, delta: null, ci: null, pValue: null, test: null, championThreshold: null, challengerThreshold: null, note: 'undefined: y_true has no positive rows (recall is 0/0)' };
      return;
    }
    const a = observedA[i];
    const b = observedB[i];
    const entry: PairedOperatingPoint = {
      champion: a.value,
      challenger: b.value,
      delta: b.value - a.value,
      ci: null,
      pValue: null,
      test: null,
      championThreshold: a.boundary === 0 ? null : countsA.thresholds[a.boundary - 1],
      challengerThreshold: b.boundary === 0 ? null : countsB.thresholds[b.boundary - 1],
    };
    if (replicates !== null) {
      const deltas = replicates.delta[i];
      entry.ci = percentileInterval(deltas, options.confidence);
      entry.pValue = bootstrapPValue(deltas).pValue;
      entry.test = entry.ci === null ? null : 'bootstrap';
    } else if (options.intervals) {
      entry.note = 'no interval: bootstrap-samples is 0';
    }
    operatingPoints[key] = entry;
  });

  const curveOf = (grid: readonly number[] | null, offset: number, undefinedNote: string | null): PairedCurve | null => {
    if (grid === null) return null;
    const x = [...grid];
    const nulls = () => x.map(() => null);
    if (undefinedNote !== null) {
      const empty: CurveSeries = { y: nulls(), lower: null, upper: null };
      return { x, champion: empty, challenger: { ...empty }, delta: { ...empty }, ciMethod: null, note: undefinedNote };
    }
    const series = (values: (i: number) => number, reps: Float64Array[] | null): CurveSeries => {
      const y = x.map((_, i) => values(i));
      if (reps === null) return { y, lower: null, upper: null };
      const ci = x.map((_, i) => percentileInterval(reps[offset + i], options.confidence));
      return { y, lower: ci.map((c) => (c === null ? null : c[0])), upper: ci.map((c) => (c === null ? null : c[1])) };
    };
    return {
      x,
      champion: series((i) => observedA[offset + i].value, replicates?.champion ?? null),
      challenger: series((i) => observedB[offset + i].value, replicates?.challenger ?? null),
      delta: series((i) => observedB[offset + i].value - observedA[offset + i].value, replicates?.delta ?? null),
      ciMethod: replicates === null ? null : 'bootstrap',
    };
  };
  const rocNote = m === 0 || n === 0 ? `undefined: y_true has no ${m === 0 ? 'positive' : 'negative'} rows` : null;
  const prNote = m === 0 ? 'undefined: y_true has no positive rows' : null;
  return {
    operatingPoints,
    roc: curveOf(rocGrid, specs.length, rocNote),
    precisionRecall: curveOf(prGrid, specs.length + (rocGrid?.length ?? 0), prNote),
  };
}

type Statistic = (tree: ResampledRanking) => { value: number; boundary: number };

/** B paired replicates of every statistic: champion, challenger and delta values (NaN where undefined). */
function pairedReplicates(resample: PairedResample, statistics: readonly Statistic[], options: IntervalOptions): { champion: Float64Array[]; challenger: Float64Array[]; delta: Float64Array[] } {
  const B = options.bootstrapSamples;
  const make = () => statistics.map(() => new Float64Array(B));
  const out = { champion: make(), challenger: make(), delta: make() };
  for (let b = 0; b < B; b++) {
    resample.useReplicate(b);
    const defined = resample.champion.positives > 0;
    for (let i = 0; i < statistics.length; i++) {
      const a = defined ? statistics[i](resample.champion).value : NaN;
      const v = defined ? statistics[i](resample.challenger).value : NaN;
      out.champion[i][b] = a;
      out.challenger[i][b] = v;
      out.delta[i][b] = v - a;
    }
  }
  return out;
}
