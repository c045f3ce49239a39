/** drift-report: reference vs current, column by column → corrected tests, effect sizes → dataset verdict → report. */
import { computeDrift } from '../../drift/compute-drift.js';
import type { DriftOutcome } from '../../drift/outcome.js';
import { checkGateSubjects, countedStatuses, evaluateGates, type GateCatalogue, type GateTarget } from '../../gates/evaluate-gates.js';
import { parseGate } from '../../gates/parse-gates.js';
import { loadTablePair } from '../../io/load-pair.js';
import { verdictOf, type ResultBase } from '../../result.js';
import type { ActionDefinition } from '../../run/action-definition.js';
import { DRIFT_REPORT_INPUTS, readDriftReportConfig, type DriftReportConfig } from './inputs.js';
import { renderDriftReport } from './render.js';

const COLUMN_FIELDS = ['statistic', 'pValue', 'adjustedPValue', 'effect_size', 'drifted'] as const;

export const DRIFT_REPORT_GATES: GateCatalogue = {
  metrics: ['drifted_share', 'drifted_count', 'dataset_drift'],
  fields: [],
  patterns: [{ pattern: new RegExp(`^.+\\.(${COLUMN_FIELDS.join('|')})$`), describe: `<column>.${COLUMN_FIELDS.join('|')}` }],
};

export type DriftReportResult = ResultBase & { action: 'drift-report' } & DriftOutcome;

export const driftReport: ActionDefinition<DriftReportConfig, DriftReportResult> = {
  name: 'drift-report',
  title: 'Data drift',
  description: 'Per-feature distribution drift between a reference and a current dataset, with the right statistical test per column, multiple-testing control, effect sizes and a dataset-level verdict.',
  inputs: DRIFT_REPORT_INPUTS,
  outputs: [
    { name: 'drifted-columns', description: 'The drifted columns, one a line.' },
    { name: 'drifted-share', description: 'The share of compared columns that drifted (0–1).' },
    { name: 'dataset-drift', description: '`true` when the share reached `drift-share`.' },
  ],
  outputDefaults: { 'drifted-columns': '', 'drifted-share': '', 'dataset-drift': 'false' },

  configure(reader) {
    const config = readDriftReportConfig(reader);
    checkGateSubjects(config.gates, DRIFT_REPORT_GATES);
    return config;
  },

  async execute(config, { logger }) {
    const load = { nullValues: config.nullValues, ...(config.drift.columns ? { columns: config.drift.columns } : {}) };
    const [reference, current] = await loadTablePair(config.reference, load, config.current, load);
    const outcome = computeDrift(reference, current, config.drift);
    logger.info(`drift-report: ${outcome.dataset.drifted} of ${outcome.dataset.columns} columns drifted (${outcome.stattest}, correction ${outcome.correction})`);
    // Without gates, the drift-share rule is the gate, shown like any other.
    const gates = config.gates.length > 0 ? config.gates : [parseGate(`drifted_share < ${outcome.driftShare}`)];
    const results = evaluateGates(gates, DRIFT_REPORT_GATES, (metric, _field, subject) => resolveGate(outcome, metric, subject));
    const verdict = verdictOf(countedStatuses(results, gates, { inconclusive: 'fail' }));
    return { schemaVersion: 1, action: 'drift-report', verdict, gates: results, ...outcome };
  },

  render: (result, _config, common) => renderDriftReport(result, common),

  outputValues: (result) => ({
    'drifted-columns': result.columns.filter((c) => c.drifted).map((c) => c.name).join('\n'),
    'drifted-share': String(result.dataset.driftedShare),
    'dataset-drift': String(result.dataset.drift),
  }),
};

function resolveGate(outcome: DriftOutcome, metric: string, subject: string): GateTarget | undefined {
  if (metric === 'drifted_share') return { observed: outcome.dataset.driftedShare };
  if (metric === 'drifted_count') return { observed: outcome.dataset.drifted };
  if (metric === 'dataset_drift') return { observed: outcome.dataset.drift ? 1 : 0 };
  const dot = subject.lastIndexOf('.');
  const name = subject.slice(0, dot);
  const field = subject.slice(dot + 1);
  const column = outcome.columns.find((c) => c.name === name);
  if (!column) return { observed: null, status: 'error', reason: `column "${name}" was not compared` };
  if (field === 'drifted') return { observed: column.drifted ? 1 : 0 };
  const value = field === 'effect_size' ? (column.effectSize?.value ?? null) : column[field as 'statistic' | 'pValue' | 'adjustedPValue'];
  return value === null ? { observed: null, status: 'skipped', reason: `${name} has no ${field}: ${column.reason}` } : { observed: value };
}
