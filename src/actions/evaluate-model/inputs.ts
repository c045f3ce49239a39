/** evaluate-model's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import { ConfigurationError } from '../../errors.js';
import type { Gate } from '../../gates/gate.js';
import { parseGates } from '../../gates/parse-gates.js';
import { TASKS, type Task } from '../../predictions/task.js';

export { TASKS, type Task };

export const EVALUATE_MODEL_INPUTS = [
  { name: 'predictions', kind: 'file', required: true, description: 'The predictions file (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz): one row per example with the true label and the prediction.' },
  { name: 'task', kind: 'enum', allowed: TASKS, description: 'The task. Inferred when absent (and the report says how): fractional or many-valued numeric labels → regression, two classes → binary, more → multiclass.' },
  { name: 'label-column', kind: 'string', default: 'y_true', description: 'Column with the true label (or target value).' },
  { name: 'prediction-column', kind: 'string', default: 'y_pred', description: 'Column with the predicted label (or value).' },
  { name: 'score-column', kind: 'string', description: 'Binary: column with the positive-class score or probability (enables roc_auc, average_precision, log_loss, brier).' },
  { name: 'score-columns', kind: 'string', description: 'Per-class probability columns as a glob such as `proba_*`; the class name follows the prefix.' },
  { name: 'positive-label', kind: 'string', description: 'Binary: the positive class. Default: 1 when the labels are 0/1 or -1/1, true when they are booleans; otherwise required.' },
  { name: 'labels', kind: 'list', description: 'All class labels, when some class may be absent from the true labels (predictions must belong to this set).' },
  { name: 'slice-columns', kind: 'list', description: 'Columns to slice by: every metric per value, the largest gap between slices, and for binary tasks demographic parity and equal opportunity differences.' },
  { name: 'confidence', kind: 'number', default: '0.95', min: 0.5, max: 0.9999, description: 'Confidence level of the intervals.' },
  { name: 'bootstrap-samples', kind: 'integer', default: '1000', min: 0, max: 100000, description: 'Bootstrap resamples for metrics without a closed-form interval (0 turns those intervals off).' },
  { name: 'seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of the bootstrap, so a run can be reproduced exactly.' },
  { name: 'inconclusive', kind: 'enum', allowed: ['fail', 'warn'], default: 'fail', description: 'How a bound gate counts when its interval straddles the threshold (e.g. `roc_auc.lower >= 0.9` with interval [0.88, 0.93]).' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields.' },
] as const satisfies readonly InputSpec[];

export interface EvaluateModelConfig {
  readonly predictions: string;
  readonly task: Task | undefined;
  readonly labelColumn: string;
  readonly predictionColumn: string;
  readonly scoreColumn: string | undefined;
  readonly scoreColumns: string | undefined;
  readonly positiveLabel: string | undefined;
  readonly labels: readonly string[];
  readonly sliceColumns: readonly string[];
  readonly confidence: number;
  readonly bootstrapSamples: number;
  readonly seed: number;
  readonly inconclusive: 'fail' | 'warn';
  readonly nullValues: readonly string[];
  readonly gates: readonly Gate[];
}

export function readEvaluateModelConfig(reader: InputReader): EvaluateModelConfig {
  const scoreColumn = reader.optional('score-column');
  const scoreColumns = reader.optional('score-columns');
  if (scoreColumns !== undefined && !scoreColumns.includes('*')) {
    throw new ConfigurationError(`input "score-columns": "${scoreColumns}" is not a glob (write a prefix and *, e.g. proba_*)`);
  }
  return {
    predictions: reader.required('predictions'),
    task: reader.enum<Task>('task'),
    labelColumn: reader.required('label-column'),
    predictionColumn: reader.required('prediction-column'),
    scoreColumn,
    scoreColumns,
    positiveLabel: reader.optional('positive-label'),
    labels: reader.list('labels'),
    sliceColumns: reader.list('slice-columns'),
    confidence: reader.number('confidence')!,
    bootstrapSamples: reader.integer('bootstrap-samples')!,
    seed: reader.integer('seed')!,
    inconclusive: reader.enum<'fail' | 'warn'>('inconclusive')!,
    nullValues: reader.list('null-values'),
    gates: parseGates(reader.lines('gates')),
  };
}
