/** evaluate-model: a predictions file → metrics with intervals, per slice, gated → report. */
import { evaluate } from '../../evaluation/evaluate.js';
import { checkGatesForData, EVALUATION_GATES } from '../../evaluation/gate-catalogue.js';
import type { EvaluationOutcome } from '../../evaluation/outcome.js';
import type { EvaluationSettings } from '../../evaluation/settings.js';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
import { readPredictions } from '../../predictions/prepare.js';
import type { PreparedPredictions } from '../../predictions/types.js';
import { EVALUATE_MODEL_INPUTS, readEvaluateModelConfig } from './inputs.js';
import { renderEvaluateModel } from './render.js';

export const evaluateModel: ActionDeclaration<EvaluationSettings, PreparedPredictions, EvaluationOutcome> = {
  name: 'evaluate-model',
  description: 'Metrics of a model from its predictions file (classification or regression), with confidence intervals, per-slice metrics and threshold gates.',
  inputs: EVALUATE_MODEL_INPUTS,
  outputs: [
    { name: 'metrics', description: 'The metrics as JSON: `{ "<metric>": { "value", "ci", "ciMethod" } }`.' },
    { name: 'task', description: 'The task evaluated: `binary`, `multiclass` or `regression`.' },
  ],
  outputDefaults: { metrics: '{}', task: '' },
  configure: readEvaluateModelConfig,
  gates: EVALUATION_GATES,
  checkGates: checkGatesForData,
  load: (settings, { sample }) => readPredictions(settings.predictions, settings, { nullValues: settings.nullValues, sample }),
  compute: (data, settings, gates) => evaluate(data, settings, gates),
  render: renderEvaluateModel,
  outputValues: (result) => ({ metrics: JSON.stringify(result.metrics), task: result.task }),
};
