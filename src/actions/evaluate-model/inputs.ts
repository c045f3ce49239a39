/** evaluate-model's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import type { Gate } from '../../gates/gate.js';
import { parseGates } from '../../gates/parse-gates.js';
import { PREDICTION_COLUMN_INPUTS, readPredictionColumns } from '../../predictions/inputs.js';
import { TASKS, type Task } from '../../predictions/task.js';
import type { PredictionColumns } from '../../predictions/types.js';

export { TASKS, type Task };

export const EVALUATE_MODEL_INPUTS = [
  { name: 'predictions', kind: 'file', required: true, description: 'The predictions file (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz): one row per example with the true label and the prediction.' },
  { name: 'task', kind: 'enum', allowed: TASKS, description: 'The task. Inferred when absent (and the report says how): fractional or many-valued numeric labels → regression, two classes → binary, more → multiclass.' },
  ...PREDICTION_COLUMN_INPUTS,
  { name: 'slice-columns', kind: 'list', description: 'Columns to slice by: every metric per value, the largest gap between slices, and for binary tasks demographic parity and equal opportunity differences.' },
  { name: 'confidence', kind: 'number', default: '0.95', min: 0.5, max: 0.9999, description: 'Confidence level of the intervals.' },
  { name: 'bootstrap-samples', kind: 'integer', default: '1000', min: 0, max: 100000, description: 'Bootstrap resamples for metrics without a closed-form interval (0 turns those intervals off).' },
  { name: 'seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of the bootstrap, so a run can be reproduced exactly.' },
  { name: 'inconclusive', kind: 'enum', allowed: ['fail', 'warn'], default: 'fail', description: 'How a bound gate counts when its interval straddles the threshold (e.g. `roc_auc.lower >= 0.9` with interval [0.88, 0.93]).' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields.' },
] as const satisfies readonly InputSpec[];

export interface EvaluateModelConfig extends PredictionColumns {
  readonly predictions: string;
  readonly confidence: number;
  readonly bootstrapSamples: number;
  readonly seed: number;
  readonly inconclusive: 'fail' | 'warn';
  readonly nullValues: readonly string[];
  readonly gates: readonly Gate[];
}

export function readEvaluateModelConfig(reader: InputReader): EvaluateModelConfig {
  return {
    predictions: reader.required('predictions'),
    ...readPredictionColumns(reader),
    confidence: reader.number('confidence')!,
    bootstrapSamples: reader.integer('bootstrap-samples')!,
    seed: reader.integer('seed')!,
    inconclusive: reader.enum<'fail' | 'warn'>('inconclusive')!,
    nullValues: reader.list('null-values'),
    gates: parseGates(reader.lines('gates')),
  };
}
