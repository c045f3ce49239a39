/** compare-champion: champion and challenger predictions → paired comparison, gates → report. */
import { checkGateSubjects, countedStatuses, evaluateGates } from '../../gates/evaluate-gates.js';
import { formatCount } from '../../report/format.js';
import { verdictOf } from '../../result.js';
import type { ActionDefinition } from '../../run/action-definition.js';
import { challengerAlone, challengerOnlyMetrics, challengerPredictions, compareModels, compareSlices, type CompareOptions } from './compare.js';
import { conclusionLine } from './conclusion.js';
import { COMPARE_CHAMPION_GATES, checkGatesForTask, compareChampionResolver, isChangeGate, needsChallengerIntervals } from './gates.js';
import { COMPARE_CHAMPION_INPUTS, readCompareChampionConfig, type CompareChampionConfig } from './inputs.js';
import { loadComparison } from './load.js';
import { renderCompareChampion } from './render.js';
import { collectGarbage } from '../../util/collect-garbage.js';
import type { CompareChampionResult } from './result.js';

type Computed = Omit<CompareChampionResult, 'schemaVersion' | 'action' | 'verdict' | 'gates' | 'conclusion'>;

export const compareChampion: ActionDefinition<CompareChampionConfig, CompareChampionResult> = {
  name: 'compare-champion',
  title: 'Champion vs challenger',
  description:
    'Compares a challenger model with the champion on the same rows by paired statistics (McNemar, DeLong, paired bootstrap, paired t), and gates on the confidence bounds of the differences.',
  inputs: COMPARE_CHAMPION_INPUTS,
  outputs: [
    { name: 'metrics', description: 'The comparison as JSON: `{ "<metric>": { "champion", "challenger", "delta", "ci", "pValue", "test" } }` (delta = challenger − champion).' },
    { name: 'task', description: 'The task compared: `binary`, `multiclass` or `regression`.' },
    { name: 'first-run', description: '`true` when there was no champion to compare with (change gates skipped), else `false`.' },
  ],
  outputDefaults: { metrics: '{}', task: '', 'first-run': '' },

  configure(reader) {
    const config = readCompareChampionConfig(reader);
    checkGateSubjects(config.gates, COMPARE_CHAMPION_GATES);
    return config;
  },

  async execute(config, { logger }) {
    const options: CompareOptions = { confidence: config.confidence, bootstrapSamples: config.bootstrapSamples, seed: config.seed };
    const loaded = await loadComparison(config);
    collectGarbage(); // the join's id columns and the rows before pairing are garbage now; free them before the metrics allocate
    const settings = { confidence: config.confidence, bootstrapSamples: config.bootstrapSamples, seed: config.seed, inconclusive: config.inconclusive };
    let partial: Computed;
    if (loaded.kind === 'first-run') {
      const data = loaded.challenger;
      checkGatesForTask(config.gates, data.task);
      const skipped = config.gates.filter(isChangeGate).length;
      logger.notice(`compare-champion: no champion yet (${loaded.reason}); the challenger is evaluated alone${skipped > 0 ? `, ${skipped} change gate${skipped === 1 ? ' is' : 's are'} skipped` : ''}`);
      partial = {
        task: data.task,
        taskReason: data.taskReason,
        rows: data.rows,
        labels: data.task === 'regression' ? null : [...data.labels],
        positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
        champion: null,
        challenger: { file: config.challenger, rows: data.rows },
        firstRun: loaded.reason,
        join: null,
        metrics: challengerOnlyMetrics(data, options),
        discordantPairs: null,
        errorTests: null,
        slices: {},
        notes: [`No champion yet: ${loaded.reason}. Value gates apply to the challenger; gates on the change from a champion are skipped.`],
        settings,
      };
    } else {
      const { data, join } = loaded;
      checkGatesForTask(config.gates, data.task);
      logger.info(`compare-champion: ${data.rows} paired rows, ${data.task} (${data.taskReason})`);
      const comparison = compareModels(data, options);
      if (needsChallengerIntervals(config.gates)) {
        const own = challengerAlone(challengerPredictions(data), options);
        for (const [name, entry] of Object.entries(comparison.metrics)) entry.challengerCi = own[name]?.ci ?? null;
      }
      const notes: string[] = [];
      if (join.onlyChampion.count + join.onlyChallenger.count > 0) {
        notes.push(
          `allow-partial: ${formatCount(join.paired)} rows are in both files and compared; ${formatCount(join.onlyChampion.count)} only in the champion${examples(join.onlyChampion)} and ${formatCount(join.onlyChallenger.count)} only in the challenger${examples(join.onlyChallenger)} are left out.`,
        );
      }
      partial = {
        task: data.task,
        taskReason: data.taskReason,
        rows: data.rows,
        labels: data.task === 'regression' ? null : [...data.labels],
        positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
        champion: { file: config.champion!, rows: loaded.championRows },
        challenger: { file: config.challenger, rows: loaded.challengerRows },
        firstRun: null,
        join,
        ...comparison,
        slices: compareSlices(data, options),
        notes,
        settings,
      };
    }
    const gates = evaluateGates(config.gates, COMPARE_CHAMPION_GATES, compareChampionResolver(partial.metrics, partial.firstRun));
    const verdict = verdictOf(countedStatuses(gates, config.gates, { inconclusive: config.inconclusive }));
    const conclusion = conclusionLine({ task: partial.task, metrics: partial.metrics, gates, confidence: config.confidence, firstRun: partial.firstRun });
    return { schemaVersion: 1, action: 'compare-champion', verdict, gates, conclusion, ...partial };
  },

  render: (result, _config, common) => renderCompareChampion(result, common),

  outputValues: (result) => ({ metrics: JSON.stringify(result.metrics), task: result.task, 'first-run': String(result.firstRun !== null) }),
};

function examples(unpaired: { count: number; examples: string[] }): string {
  if (unpaired.count === 0) return '';
  return ` (e.g. ${unpaired.examples.join(', ')})`;
}
