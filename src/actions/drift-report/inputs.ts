/** drift-report's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import { readNumber } from '../../config/values.js';
import { ConfigurationError } from '../../errors.js';
import type { DriftConfig } from '../../drift/config.js';
import type { Correction } from '../../stats/multiple-testing.js';

export const DRIFT_REPORT_INPUTS = [
  { name: 'reference', kind: 'file', required: true, description: 'The reference dataset (training data, last month\'s traffic, …), or its profile (a `.json` file written by `mlgate profile`, recognised by its `profileVersion`; a glob of several profiles merges them): then every number that comes from the profile\'s sketches states its bound, and a test that needs the raw values is refused with the reason.' },
  { name: 'current', kind: 'file', required: true, description: 'The current dataset, compared column by column with the reference; or a profile of it, like `reference`.' },
  { name: 'columns', kind: 'list', description: 'Columns to compare. Default: every column the two files share (the report says which were left out).' },
  { name: 'numeric-columns', kind: 'list', description: 'Columns to treat as numeric (text is parsed as numbers). Default: the type read from the file.' },
  { name: 'categorical-columns', kind: 'list', description: 'Columns to treat as categorical (numbers become labels), e.g. integer codes.' },
  { name: 'stattest', kind: 'string', default: 'auto', description: 'The drift test: `auto` (a documented rule by type and size, with multiple-testing control), `evidently` (Evidently\'s automatic choice, thresholds and verdicts), or a test id for every column: ks, chisquare, chi2, z, psi, jensenshannon, wasserstein, hellinger, kl_div, anderson, cramer_von_mises, mannw, tvd. A test that does not apply to a column\'s type (chi2, chisquare, z on a numeric column; ks, wasserstein, anderson, cramer_von_mises, mannw on a categorical one) is an input error.' },
  { name: 'numeric-stattest', kind: 'string', description: 'The test for every numeric column (Evidently\'s `num_stattest`): `auto`, `evidently`, or one that applies to numeric columns: ks, wasserstein, anderson, cramer_von_mises, mannw, psi, jensenshannon, kl_div, hellinger, tvd. Wins over `stattest`.' },
  { name: 'categorical-stattest', kind: 'string', description: 'The test for every categorical column (Evidently\'s `cat_stattest`): `auto`, `evidently`, or one that applies to categorical columns: chi2, chisquare, z, psi, jensenshannon, kl_div, hellinger, tvd. Wins over `stattest`.' },
  { name: 'column-stattests', kind: 'string', description: 'A test per column, one `column: test` a line (or a map in the config file); wins over `stattest`, `numeric-stattest` and `categorical-stattest`.' },
  { name: 'threshold', kind: 'number', min: 0, description: 'The drift threshold: with a fixed `stattest`, that test\'s threshold; otherwise α for every p-value test (default 0.05; distance tests keep their own defaults).' },
  { name: 'column-thresholds', kind: 'string', description: 'A threshold per column, one `column: number` a line (or a map in the config file).' },
  { name: 'correction', kind: 'enum', allowed: ['bh', 'holm', 'bonferroni', 'none'], description: 'Multiple-testing correction of the p-values across columns. Default: `bh` (Benjamini–Hochberg); `none` in `evidently` mode.' },
  { name: 'drift-share', kind: 'number', default: '0.5', min: 0.0001, max: 1, description: 'The dataset has drifted when at least this share of the compared columns drifted.' },
  { name: 'min-effect', kind: 'boolean', description: 'Require a minimum effect size (0.1 reference standard deviations, or the equivalent for categories and missing values) before a significant p-value counts as drift, so trivial shifts on large samples stay quiet. Default: true; false in `evidently` mode.' },
  { name: 'null-check', kind: 'boolean', description: 'Also compare the share of missing values of every column. Default: true; false in `evidently` mode.' },
  { name: 'bins', kind: 'integer', default: '10', min: 2, max: 1000, description: 'Reference-quantile bins for the binned tests of numeric columns (psi, jensenshannon, kl_div, hellinger, tvd).' },
  { name: 'seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of permutation p-values (tie-heavy Cramér–von Mises).' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields.' },
] as const satisfies readonly InputSpec[];

export interface DriftReportConfig {
  readonly reference: string;
  readonly current: string;
  readonly drift: DriftConfig;
  readonly nullValues: readonly string[];
}

export function readDriftReportConfig(reader: InputReader): DriftReportConfig {
  const stattest = reader.required('stattest');
  const evidently = stattest === 'evidently';
  const threshold = reader.number('threshold');
  const fixedTest = stattest !== 'auto' && !evidently ? stattest : undefined;
  const minEffect = reader.boolean('min-effect') ?? !evidently;
  const drift: DriftConfig = {
    columns: optionalList(reader.list('columns')),
    numericColumns: reader.list('numeric-columns'),
    categoricalColumns: reader.list('categorical-columns'),
    stattest,
    numericStattest: reader.optional('numeric-stattest'),
    categoricalStattest: reader.optional('categorical-stattest'),
    columnStattests: readColumnMap(reader, 'column-stattests', (value) => value),
    thresholds: {
      ...(threshold !== undefined && fixedTest ? { byTest: { [fixedTest]: threshold } } : {}),
      ...(threshold !== undefined && !fixedTest ? { pValue: threshold } : {}),
      byColumn: readColumnMap(reader, 'column-thresholds', (value, column) => readNumber(`column-thresholds (${column})`, value, { min: 0 })),
    },
    correction: reader.enum<Correction>('correction'),
    driftShare: reader.number('drift-share'),
    ...(minEffect ? {} : { minEffect: { numeric: 0, categorical: 0, nullFraction: 0 } }),
    nullCheck: reader.boolean('null-check'),
    binning: { bins: reader.integer('bins') },
    seed: reader.integer('seed'),
  };
  return { reference: reader.required('reference'), current: reader.required('current'), drift, nullValues: reader.list('null-values') };
}

function optionalList(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** A `column: value` map, from a YAML map in the config file or `column: value` lines. */
function readColumnMap<T>(reader: InputReader, name: string, convert: (value: string, column: string) => T): Record<string, T> {
  const raw = reader.structured(name);
  const entries: [string, string][] = [];
  if (raw !== undefined && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [column, value] of Object.entries(raw)) entries.push([column, String(value)]);
  } else {
    for (const line of (reader.string(name) ?? '').split('\n')) {
      if (line.trim() === '') continue;
      const colon = line.lastIndexOf(':');
      if (colon <= 0) throw new ConfigurationError(`input "${name}": "${line.trim()}" is not "column: value"`);
      entries.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return Object.fromEntries(entries.map(([column, value]) => [column, convert(value, column)]));
}
