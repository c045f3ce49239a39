/** compare-champion's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import type { ComparisonSettings } from '../../comparison/settings.js';
import { TASKS } from '../../metrics/catalogue.js';
import { PREDICTION_COLUMN_INPUTS, readPredictionColumns } from '../../predictions/inputs.js';

export const COMPARE_CHAMPION_INPUTS = [
  {
    name: 'challenger',
    kind: 'file',
    required: true,
    promote: 'champion',
    description:
      'Predictions of the new model (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz): one row per example with the true label and the prediction. When promoted, it becomes the champion of later runs.',
  },
  {
    name: 'champion',
    kind: 'file',
    allowMissing: 'allow-missing-champion',
    description:
      'Predictions of the model in use, on the same rows — typically the promoted artifact of the default branch, `artifact:champion@default/<file>`. Empty: no champion yet (first run) — value gates apply to the challenger, change gates are skipped.',
  },
  {
    name: 'allow-missing-champion',
    kind: 'boolean',
    default: 'false',
    description:
      'Treat a champion file that does not exist as a first run (no champion yet) instead of an input error. Off by default, so a mistyped path cannot silently skip every change gate.',
  },
  { name: 'id-column', kind: 'string', description: 'Column identifying a row in both files: rows are joined on it. Without it, rows are paired by position and the files must have the same length.' },
  { name: 'allow-partial', kind: 'boolean', default: 'false', description: 'Compare the rows whose id is in both files and report the others (by default, an id in only one file is an input error).' },
  { name: 'task', kind: 'enum', allowed: TASKS, description: 'The task. Inferred when absent (from the challenger file, and the report says how).' },
  ...PREDICTION_COLUMN_INPUTS,
  { name: 'slice-columns', kind: 'list', description: 'Columns to slice by (read from the challenger file, else the champion file): the change of every metric per value, and the slices where the challenger does worst.' },
  { name: 'min-slice-rows', kind: 'integer', default: '30', min: 1, max: 1000000000, description: 'Slices with fewer paired rows are shown and marked, but decide no gate.' },
  { name: 'confidence', kind: 'number', default: '0.95', min: 0.5, max: 0.9999, description: 'Confidence level of the intervals of the differences.' },
  { name: 'bootstrap-samples', kind: 'integer', default: '2000', min: 0, max: 100000, description: 'Paired bootstrap resamples for the confusion-matrix metrics (0 turns those intervals off).' },
  { name: 'seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of the bootstrap, so a run can be reproduced exactly.' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields.' },
] as const satisfies readonly InputSpec[];

export function readCompareChampionConfig(reader: InputReader): ComparisonSettings {
  return {
    challenger: reader.required('challenger'),
    champion: reader.optional('champion'),
    allowMissingChampion: reader.boolean('allow-missing-champion')!,
    idColumn: reader.optional('id-column'),
    allowPartial: reader.boolean('allow-partial')!,
    ...readPredictionColumns(reader),
    confidence: reader.number('confidence')!,
    bootstrapSamples: reader.integer('bootstrap-samples')!,
    seed: reader.integer('seed')!,
    minSliceRows: reader.integer('min-slice-rows')!,
    nullValues: reader.list('null-values'),
  };
}
