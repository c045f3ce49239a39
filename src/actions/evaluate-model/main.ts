/** evaluate-model: predictions file → metrics with intervals, slices, gates → report. */
import { checkGateSubjects, countedStatuses, evaluateGates } from '../../gates/evaluate-gates.js';
import { verdictOf } from '../../result.js';
import type { ActionDefinition } from '../../run/action-definition.js';
import { evaluate } from './compute.js';
import { EVALUATE_MODEL_GATES, checkGatesForTask, evaluateModelResolver } from './gates.js';
import { EVALUATE_MODEL_INPUTS, readEvaluateModelConfig, type EvaluateModelConfig } from './inputs.js';
import { readPredictions } from '../../predictions/prepare.js';
import { renderEvaluateModel } from './render.js';
import { collectGarbage } from '../../util/collect-garbage.js';
import type { EvaluateModelResult } from './result.js';

export const evaluateModel: ActionDefinition<EvaluateModelConfig, EvaluateModelResult> = {
  name: 'evaluate-model',
  title: 'Model evaluation',
  description: 'Metrics of a model from its predictions file (classification or regression), with confidence intervals, per-slice metrics and threshold gates.',
  inputs: EVALUATE_MODEL_INPUTS,
  outputs: [
    { name: 'metrics', description: 'The metrics as JSON: `{ "<metric>": { "value", "ci", "ciMethod" } }`.' },
    { name: 'task', description: 'The task evaluated: `binary`, `multiclass` or `regression`.' },
  ],
  outputDefaults: { metrics: '{}', task: '' },

  configure(reader) {
    const config = readEvaluateModelConfig(reader);
    checkGateSubjects(config.gates, EVALUATE_MODEL_GATES);
    return config;
  },

  async execute(config, { logger }) {
    const data = await readPredictions(config.predictions, config, { nullValues: config.nullValues });
    collectGarbage(); // the loaded table is garbage now; free it before the metrics allocate
    checkGatesForTask(config.gates, data.task, data.slices.length > 0);
    logger.info(`evaluate-model: ${data.rows} rows, ${data.task} (${data.taskReason})`);
    const evaluation = evaluate(data, config);
    const partial = {
      task: data.task,
      taskReason: data.taskReason,
      rows: data.rows,
      labels: data.task === 'regression' ? null : [...data.labels],
      positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
      ...evaluation,
      settings: { confidence: config.confidence, bootstrapSamples: config.bootstrapSamples, seed: config.seed, predictions: config.predictions },
    };
    const gates = evaluateGates(config.gates, EVALUATE_MODEL_GATES, evaluateModelResolver({ schemaVersion: 1, action: 'evaluate-model', ...partial }));
    const verdict = verdictOf(countedStatuses(gates, config.gates, { inconclusive: config.inconclusive }));
    return { schemaVersion: 1, action: 'evaluate-model', verdict, gates, ...partial };
  },

  render: (result, _config, common) => renderEvaluateModel(result, common),

  outputValues: (result) => ({ metrics: JSON.stringify(result.metrics), task: result.task }),
};
