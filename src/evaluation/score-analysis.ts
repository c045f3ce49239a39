/**
 * What a binary score says beyond its ROC AUC, read off the sort the metrics already made
 * (src/stats/ranked-counts.ts): the operating points the gates name, the ROC and
 * precision–recall curves with their bands, and the threshold sweep.
 */
import { precisionRecallCurve, rocCurve, type SampledCurve } from '../metrics/curves.js';
import { operatingPoints, type OperatingPointSpec, type OperatingPointValue } from '../metrics/operating-points.js';
import { thresholdSweep, type SweepPoint } from '../metrics/threshold-sweep.js';
import type { IntervalOptions } from '../metrics/types.js';
import type { RankedCounts } from '../stats/ranked-counts.js';

export interface ScoreAnalysis {
  readonly operatingPoints: Record<string, OperatingPointValue>;
  readonly curves: { roc: SampledCurve; pr: SampledCurve };
  readonly thresholdSweep: SweepPoint[];
}


export function analyseScore(counts: RankedCounts, specs: readonly OperatingPointSpec[], options: IntervalOptions): ScoreAnalysis {
  return {
    operatingPoints: specs.length > 0 ? operatingPoints(counts, specs, options) : {},
    curves: { roc: rocCurve(counts, options), pr: precisionRecallCurve(counts, options) },
    thresholdSweep: thresholdSweep(counts, undefined, options.confidence),
  };
}
