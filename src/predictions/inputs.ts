/** The column inputs of every action that reads prediction files, named once. */
import type { InputReader } from '../config/input-reader.js';
import type { InputSpec } from '../config/input-spec.js';
import { ConfigurationError } from '../errors.js';
import type { Task } from './task.js';
import type { PredictionColumns } from './types.js';

export const PREDICTION_COLUMN_INPUTS = [
  { name: 'label-column', kind: 'string', default: 'y_true', description: 'Column with the true label (or target value).' },
  { name: 'prediction-column', kind: 'string', default: 'y_pred', description: 'Column with the predicted label (or value).' },
  { name: 'score-column', kind: 'string', description: 'Binary: column with the positive-class score or probability (enables roc_auc, average_precision, log_loss, brier).' },
  { name: 'score-columns', kind: 'string', description: 'Per-class probability columns as a glob such as `proba_*`; the class name follows the prefix.' },
  { name: 'positive-label', kind: 'string', description: 'Binary: the positive class. Default: 1 when the labels are 0/1 or -1/1, true when they are booleans (true/false beside 0/1 are one label space, read as 1/0); otherwise required.' },
  {
    name: 'threshold',
    kind: 'number',
    description:
      'Binary: the decision threshold. Predictions are derived from the score (score ≥ threshold is the positive class) instead of read from the prediction column; when the file has no prediction column and a score is given, 0.5 is used.',
  },
  { name: 'labels', kind: 'list', description: 'The classes, as scikit-learn\'s `labels=`: the task follows their number (2: binary, more: multiclass) and every average runs over exactly them, a listed class that never occurs included (its 0/0 precision and recall count as 0). By default the classes are those found in y_true or y_pred; a value outside the listed ones is an error.' },
] as const satisfies readonly InputSpec[];

/** Reads the column inputs (plus the action's own `task` and `slice-columns`). */
export function readPredictionColumns(reader: InputReader): PredictionColumns {
  const scoreColumns = reader.optional('score-columns');
  if (scoreColumns !== undefined && !scoreColumns.includes('*')) {
    throw new ConfigurationError(`input "score-columns": "${scoreColumns}" is not a glob (write a prefix and *, e.g. proba_*)`);
  }
  return {
    task: reader.enum<Task>('task'),
    labelColumn: reader.required('label-column'),
    predictionColumn: reader.required('prediction-column'),
    scoreColumn: reader.optional('score-column'),
    scoreColumns,
    positiveLabel: reader.optional('positive-label'),
    labels: reader.list('labels'),
    sliceColumns: reader.list('slice-columns'),
    threshold: reader.number('threshold'),
  };
}
