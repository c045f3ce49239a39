/**
 * The paired bootstrap of a confusion-matrix metric's difference between two models scored on the
 * same rows (compare-champion): delta = metric(challenger) − metric(champion).
 *
 * Resampling rows keeps each row's (truth, champion prediction, challenger prediction) together, so
 * the resample is a multinomial over the K³ joint cells — O(B·K³), independent of N, and the same
 * distribution as resampling the rows. Each replicate's two confusion matrices are the joint
 * table's margins, and each metric is the same function of the counts as for one model.
 *
 * Interval: percentile of the B replicate differences. p-value: two-sided, from the replicate
 * differences' position relative to 0 — p = min(1, 2·(min(#{δ* ≤ 0}, #{δ* ≥ 0}) + 1)/(B + 1)),
 * the smallest α at which the percentile interval at 1 − α excludes 0 (with the usual +1
 * correction, so it is never 0; Davison & Hinkley, 1997, §4.4). Identical predictions give δ* = 0
 * throughout and p = 1.
 */
import { multinomialBootstrap } from '../stats/bootstrap-multinomial.js';
import { percentileInterval } from '../stats/bootstrap-percentile.js';
import { createRandom } from '../stats/rng.js';
import { createConfusionSummary, summarizeConfusion } from './confusion-matrix.js';
import { CONFUSION_STATISTICS } from './confusion-metrics.js';
import type { IntervalOptions } from './types.js';

export interface PairedBootstrapResult {
  champion: number;
  challenger: number;
  delta: number;
  ci: [number, number] | null;
  pValue: number | null;
  /** Replicates where the metric was undefined for either model (dropped). */
  undefinedReplicates: number;
}

/** The joint (truth, champion, challenger) counts: cell (t·K + a)·K + b. */
export function jointConfusionCounts(yTrue: Int32Array, champion: Int32Array, challenger: Int32Array, classes: number): Float64Array {
  const counts = new Float64Array(classes * classes * classes);
  for (let r = 0; r < yTrue.length; r++) counts[(yTrue[r] * classes + champion[r]) * classes + challenger[r]]++;
  return counts;
}

/**
 * The B replicate differences (challenger − champion) of each named metric: one Float64Array per
 * name, NaN where the metric is undefined for either model. Seeded by `options.seed`.
 */
export function pairedConfusionReplicates(joint: Float64Array, classes: number, positive: number, names: readonly string[], options: IntervalOptions, allClasses = false): Record<string, Float64Array> {
  const statistics = names.map(statisticNamed);
  const deltas = names.map(() => new Float64Array(options.bootstrapSamples));
  const champion = new Float64Array(classes * classes);
  const challenger = new Float64Array(classes * classes);
  const summaryA = createConfusionSummary(classes, allClasses);
  const summaryB = createConfusionSummary(classes, allClasses);
  multinomialBootstrap(joint, options.bootstrapSamples, createRandom(options.seed), (resampled, b) => {
    marginals(resampled, classes, champion, challenger);
    summarizeConfusion(champion, classes, summaryA);
    summarizeConfusion(challenger, classes, summaryB);
    for (let i = 0; i < statistics.length; i++) deltas[i][b] = statistics[i](summaryB, positive) - statistics[i](summaryA, positive);
  });
  return Object.fromEntries(names.map((name, i) => [name, deltas[i]]));
}

/**
 * Paired multinomial bootstrap of the named confusion-matrix metrics: values of both models, the
 * difference, its percentile interval and bootstrap p-value.
 * @param joint the joint counts from {@link jointConfusionCounts}.
 * @param positive the positive class code (binary metrics `precision`, `recall`, `f1`).
 * @param allClasses every class stays in the averages (labels listed by the user).
 */
export function pairedConfusionBootstrap(joint: Float64Array, classes: number, positive: number, names: readonly string[], options: IntervalOptions, allClasses = false): Record<string, PairedBootstrapResult> {
  const champion = new Float64Array(classes * classes);
  const challenger = new Float64Array(classes * classes);
  marginals(joint, classes, champion, challenger);
  const summaryA = summarizeConfusion(champion, classes, createConfusionSummary(classes, allClasses));
  const summaryB = summarizeConfusion(challenger, classes, createConfusionSummary(classes, allClasses));
  const replicates = options.intervals ? pairedConfusionReplicates(joint, classes, positive, names, options, allClasses) : null;
  const results: Record<string, PairedBootstrapResult> = {};
  for (const name of names) {
    const statistic = statisticNamed(name);
    const a = statistic(summaryA, positive);
    const b = statistic(summaryB, positive);
    if (replicates === null) {
      results[name] = { champion: a, challenger: b, delta: b - a, ci: null, pValue: null, undefinedReplicates: 0 };
      continue;
    }
    const deltas = replicates[name];
    let undefinedReplicates = 0;
    let below = 0;
    let above = 0;
    for (let j = 0; j < deltas.length; j++) {
      const d = deltas[j];
      if (Number.isNaN(d)) undefinedReplicates++;
      else {
        if (d <= 0) below++;
        if (d >= 0) above++;
      }
    }
    const defined = deltas.length - undefinedReplicates;
    const pValue = defined > 0 ? Math.min(1, (2 * (Math.min(below, above) + 1)) / (defined + 1)) : null;
    results[name] = { champion: a, challenger: b, delta: b - a, ci: percentileInterval(deltas, options.confidence), pValue, undefinedReplicates };
  }
  return results;
}

function statisticNamed(name: string) {
  const statistic = CONFUSION_STATISTICS[name];
  if (statistic === undefined) throw new RangeError(`${name} is not a confusion-matrix metric`);
  return statistic;
}

/** The champion (t, a) and challenger (t, b) confusion matrices of a joint table. */
function marginals(joint: ArrayLike<number>, classes: number, champion: Float64Array, challenger: Float64Array): void {
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
