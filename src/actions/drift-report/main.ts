/** drift-report: reference vs current, column by column → corrected tests, effect sizes → dataset verdict → report. */
import { computeDrift } from '../../drift/compute-drift.js';
import { resolveDriftConfig } from '../../drift/config.js';
import { defaultDriftGates, DRIFT_GATES } from '../../drift/gate-catalogue.js';
import type { DriftOutcome } from '../../drift/outcome.js';
import { loadTablePair } from '../../io/load-pair.js';
import type { Table } from '../../io/table.js';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
import { DRIFT_REPORT_INPUTS, readDriftReportConfig, type DriftReportConfig } from './inputs.js';
import { renderDriftReport } from './render.js';

export const driftReport: ActionDeclaration<DriftReportConfig, readonly [Table, Table], DriftOutcome> = {
  name: 'drift-report',
  description: 'Per-feature distribution drift between a reference and a current dataset, with the right statistical test per column, multiple-testing control, effect sizes and a dataset-level verdict.',
  inputs: DRIFT_REPORT_INPUTS,
  outputs: [
    { name: 'drifted-columns', description: 'The drifted columns, one a line.' },
    { name: 'drifted-share', description: 'The share of compared columns that drifted (0–1).' },
    { name: 'dataset-drift', description: '`true` when the share reached `drift-share`.' },
  ],
  outputDefaults: { 'drifted-columns': '', 'drifted-share': '', 'dataset-drift': 'false' },
  configure: readDriftReportConfig,
  gates: DRIFT_GATES,
  defaultGates: (config, written) => defaultDriftGates(resolveDriftConfig(config.drift).driftShare, written),
  load(config, { sample }) {
    const options = { nullValues: config.nullValues, sample, ...(config.drift.columns ? { columns: config.drift.columns } : {}) };
    return loadTablePair(config.reference, options, config.current, options);
  },
  compute: ([reference, current], config) => computeDrift(reference, current, config.drift),
  render: renderDriftReport,
  outputValues: (result) => ({
    'drifted-columns': result.columns.filter((c) => c.drifted).map((c) => c.name).join('\n'),
    'drifted-share': String(result.dataset.driftedShare),
    'dataset-drift': String(result.dataset.drift),
  }),
};
