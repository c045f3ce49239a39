/** What a comparison is asked to do: compare-champion's typed inputs (src/actions/compare-champion/inputs.ts reads them). */
import type { Task } from '../metrics/catalogue.js';
import type { PredictionColumns } from '../predictions/types.js';

export interface ComparisonSettings extends PredictionColumns {
  readonly challenger: string;
  /** undefined: no champion given (first run). */
  readonly champion: string | undefined;
  readonly allowMissingChampion: boolean;
  readonly idColumn: string | undefined;
  readonly allowPartial: boolean;
  readonly task: Task | undefined;
  readonly confidence: number;
  readonly bootstrapSamples: number;
  readonly seed: number;
  readonly nullValues: readonly string[];
  /** Slices with fewer paired rows are shown and marked, but decide no gate. */
  readonly minSliceRows: number;
}
