/** What an evaluation returns (evaluate-model's result object, DESIGN.md contract, plus the fields marked extra). */
import type { CalibrationResult } from '../metrics/calibration.js';
import type { Task } from '../metrics/catalogue.js';
import type { SampledCurve } from '../metrics/curves.js';
import type { OperatingPointValue } from '../metrics/operating-points.js';
import type { ClassMetrics } from '../metrics/per-class.js';
import type { SweepPoint } from '../metrics/threshold-sweep.js';

export interface MetricEntry {
  value: number | null;
  ci: [number, number] | null;
  ciMethod: string | null;
  /** Why the value or interval is missing, when it is. */
  note?: string;
}

export interface SliceEntry {
  rows: number;
  metrics: Record<string, MetricEntry>;
  /** extra: set when the slice has fewer rows than min-slice-rows: shown, but left out of gaps, slice gates and fairness. */
  belowMinRows?: true;
}

/** For a metric, the largest difference between two values of a slice column (slices of min-slice-rows or more). */
export interface SliceGap {
  column: string;
  gap: number;
  lowest: { slice: string; value: number };
  highest: { slice: string; value: number };
}

export interface FairnessEntry {
  /** Largest minus smallest positive-prediction rate across the column's values. */
  demographicParityDifference: number | null;
  /** Largest minus smallest true-positive rate (recall) across the column's values. */
  equalOpportunityDifference: number | null;
}

export interface EvaluationOutcome {
  task: Task;
  /** extra: how the task was decided. */
  taskReason: string;
  rows: number;
  labels: string[] | null;
  /** extra: binary only. */
  positiveLabel: string | null;
  metrics: Record<string, MetricEntry>;
  confusionMatrix: number[][] | null;
  slices: Record<string, Record<string, SliceEntry>>;
  /** extra: per metric, the slice column with the largest gap. */
  sliceGaps: Record<string, SliceGap>;
  /** extra: per slice column and metric, the gap within that column. */
  columnGaps: Record<string, Record<string, SliceGap>>;
  /** extra: per slice column, binary tasks only. */
  fairness: Record<string, FairnessEntry>;
  /** extra: classification — precision, recall, F1, support and one-vs-rest ROC AUC of every class, with intervals. */
  perClass: ClassMetrics[] | null;
  /** extra: binary with a score — the operating points the gates name (`recall_at_precision[0.9]`), with the threshold achieving each. */
  operatingPoints: Record<string, OperatingPointValue>;
  /** extra: binary with a score — ROC and precision–recall curves sampled on a fixed grid, with pointwise bootstrap bands. */
  curves: { roc: SampledCurve; pr: SampledCurve } | null;
  /** extra: binary with a score — how the confusion-matrix rates move with the threshold. */
  thresholdSweep: SweepPoint[] | null;
  /** extra: with probabilities — the equal-width reliability diagram behind `ece` (binary, or multiclass top-label). */
  calibration: CalibrationResult | null;
  /** extra: the settings that shape the numbers, so a report can be reproduced. */
  settings: { confidence: number; bootstrapSamples: number; seed: number; predictions: string; minSliceRows: number; threshold: number | null };
}
