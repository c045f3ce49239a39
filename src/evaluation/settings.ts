/** What an evaluation is asked to do: evaluate-model's typed inputs (src/actions/evaluate-model/inputs.ts reads them). */
import type { PredictionColumns } from '../predictions/types.js';

export interface EvaluationSettings extends PredictionColumns {
  readonly predictions: string;
  readonly confidence: number;
  readonly bootstrapSamples: number;
  readonly seed: number;
  readonly nullValues: readonly string[];
  /** Slices with fewer rows are shown, marked, and left out of gaps, slice_min/max and fairness. */
  readonly minSliceRows: number;
}
