/** evaluate-model's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import type { EvaluationSettings } from '../../evaluation/settings.js';
import { TASKS } from '../../metrics/catalogue.js';
import { PREDICTION_COLUMN_INPUTS, readPredictionColumns } from '../../predictions/inputs.js';

export const EVALUATE_MODEL_INPUTS = [
  { name: 'predictions', kind: 'file', required: true, description: 'The predictions file (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz): one row per example with the true label and the prediction.' },
  { name: 'task', kind: 'enum', allowed: TASKS, description: 'The task. Inferred when absent (and the report says how): fractional or many-valued numeric labels → regression, two classes → binary, more → multiclass.' },
  ...PREDICTION_COLUMN_INPUTS,
  { name: 'slice-columns', kind: 'list', description: 'Columns to slice by: every metric per value, the largest gap between slices, and for binary tasks demographic parity and equal opportunity differences.' },
  { name: 'min-slice-rows', kind: 'integer', default: '30', min: 1, max: 1000000000, description: 'Slices with fewer rows are shown and marked, but left out of the slice gaps, `.slice_min` / `.slice_max` gates and the fairness differences (one row must not decide a gate).' },
  { name: 'confidence', kind: 'number', default: '0.95', min: 0.5, max: 0.9999, description: 'Confidence level of the intervals.' },
  { name: 'bootstrap-samples', kind: 'integer', default: '1000', min: 0, max: 100000, description: 'Bootstrap resamples for metrics without a closed-form interval (0 turns those intervals off).' },
  { name: 'seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of the bootstrap, so a run can be reproduced exactly.' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields.' },
] as const satisfies readonly InputSpec[];

export function readEvaluateModelConfig(reader: InputReader): EvaluationSettings {
  return {
    predictions: reader.required('predictions'),
    ...readPredictionColumns(reader),
    minSliceRows: reader.integer('min-slice-rows')!,
    confidence: reader.number('confidence')!,
    bootstrapSamples: reader.integer('bootstrap-samples')!,
    seed: reader.integer('seed')!,
    nullValues: reader.list('null-values'),
  };
}
