/**
 * drift-report: reference vs current, column by column → corrected tests, effect sizes → dataset
 * verdict → report. Either side may be a profile (`mlgate profile`): then the numbers come from
 * it, each with its bound (src/profile/compare/drift-from-profile.ts).
 */
import { computeDrift } from '../../drift/compute-drift.js';
import { resolveDriftConfig } from '../../drift/config.js';
import { defaultDriftGates, DRIFT_GATES } from '../../drift/gate-catalogue.js';
import type { DriftOutcome } from '../../drift/outcome.js';
import { loadTablePair } from '../../io/load-pair.js';
import { loadTable } from '../../io/load.js';
import type { Table } from '../../io/table.js';
import { computeDriftFromProfile, isProfile } from '../../profile/compare/drift-from-profile.js';
import { isProfileInput, readProfileInput } from '../../profile/detect.js';
import type { Profile } from '../../profile/format.js';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
import { DRIFT_REPORT_INPUTS, readDriftReportConfig, type DriftReportConfig } from './inputs.js';
import { renderDriftReport } from './render.js';

type Side = Table | Profile;

export const driftReport: ActionDeclaration<DriftReportConfig, readonly [Side, Side], DriftOutcome> = {
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
  async load(config, { sample }) {
    const options = { nullValues: config.nullValues, sample, ...(config.drift.columns ? { columns: config.drift.columns } : {}) };
    const referenceProfile = isProfileInput(config.reference);
    const currentProfile = isProfileInput(config.current);
    if (!referenceProfile && !currentProfile) return loadTablePair(config.reference, options, config.current, options);
    const read = (input: string, profile: boolean): Promise<Side> => (profile ? Promise.resolve(readProfileInput(input)) : loadTable(input, options));
    return [await read(config.reference, referenceProfile), await read(config.current, currentProfile)] as const;
  },
  compute: ([reference, current], config) => (isProfile(reference) || isProfile(current) ? computeDriftFromProfile(reference, current, config.drift) : computeDrift(reference, current, config.drift)),
  render: renderDriftReport,
  outputValues: (result) => ({
    'drifted-columns': result.columns.filter((c) => c.drifted).map((c) => c.name).join('\n'),
    'drifted-share': String(result.dataset.driftedShare),
    'dataset-drift': String(result.dataset.drift),
  }),
};
