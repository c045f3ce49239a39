/** compare-champion: champion and challenger predictions → paired comparison, gated on the bounds of the differences → report. */
import { compareLoaded } from '../../comparison/comparison.js';
import { checkGatesForData, COMPARISON_GATES } from '../../comparison/gate-catalogue.js';
import { loadComparison, type Loaded } from '../../comparison/load-comparison.js';
import type { ComparisonOutcome } from '../../comparison/outcome.js';
import type { ComparisonSettings } from '../../comparison/settings.js';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
import { COMPARE_CHAMPION_INPUTS, readCompareChampionConfig } from './inputs.js';
import { compareChampionConclusion, renderCompareChampion } from './render.js';

export const compareChampion: ActionDeclaration<ComparisonSettings, Loaded, ComparisonOutcome> = {
  name: 'compare-champion',
  description:
    'Compares a challenger model with the champion on the same rows by paired statistics (McNemar, DeLong, paired bootstrap, paired t), and gates on the confidence bounds of the differences.',
  inputs: COMPARE_CHAMPION_INPUTS,
  outputs: [
    { name: 'metrics', description: 'The comparison as JSON: `{ "<metric>": { "champion", "challenger", "delta", "ci", "pValue", "test" } }` (delta = challenger − champion).' },
    { name: 'task', description: 'The task compared: `binary`, `multiclass` or `regression`.' },
    { name: 'first-run', description: '`true` when there was no champion to compare with (change gates skipped), else `false`.' },
  ],
  outputDefaults: { metrics: '{}', task: '', 'first-run': '' },
  configure: readCompareChampionConfig,
  gates: COMPARISON_GATES,
  checkGates: checkGatesForData,
  async load(settings, { logger, sample }) {
    const loaded = await loadComparison(settings, sample);
    if (loaded.kind === 'first-run') logger.notice(`compare-champion: no champion yet (${loaded.reason}); the challenger is evaluated alone`);
    return loaded;
  },
  compute: (loaded, settings, gates) => compareLoaded(loaded, settings, gates),
  conclusion: compareChampionConclusion,
  render: renderCompareChampion,
  outputValues: (result) => ({ metrics: JSON.stringify(result.metrics), task: result.task, 'first-run': String(result.firstRun !== null) }),
};
