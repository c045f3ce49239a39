/**
 * The profile report: what was profiled and written, the gates, every column (kind, counts,
 * missing, distinct, range, mean, median and 5%–95% with its rank error, most frequent values),
 * the datasets it summarises, and how exact its numbers are. The comment folds the column table
 * after 25 rows; the HTML page holds the same.
 */
import type { ColumnSummary, ProfileOutcome } from '../../profile/summary.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { gatesTable, reportTitle, verdictLine, type ActionReport } from '../../report/action-report.js';
import { cell, code, col, details, document, heading, list, paragraph, table, type Block, type Cell, type Content } from '../../report/document/index.js';
import { formatCount, formatNumber, formatPercent } from '../../report/format.js';
import { formatDatetime } from '../../schema/datetime-format.js';

type ProfileResult = ActionResult<ProfileOutcome>;

/** Column rows shown before the table folds in the comment. */
const SHOWN_COLUMNS = 25;

export function renderProfile(result: ProfileResult, presentation: Presentation): ActionReport {
  const title = reportTitle('Profile', presentation.name);
  const build = (page: boolean) =>
    document(
      verdictLine(title, result),
      facts(result),
      gatesTable(result.gates),
      heading(page ? 2 : 3, 'Columns'),
      table(COLUMNS, result.columns.map(columnRow), page ? { caption: 'Columns' } : { foldAfter: SHOWN_COLUMNS, rowNoun: 'columns', caption: 'Columns' }),
      details('Datasets', datasets(result)),
      details('How exact these numbers are', [bounds(result)]),
    );
  return { title, comment: build(false), page: () => build(true) };
}

function facts(result: ProfileResult): Block {
  const engine = result.settings.engine;
  const files = result.datasets.reduce((n, s) => n + s.files, 0);
  const made = engine === null ? `merged from ${result.merged} profiles` : `${engine} engine${result.merged > 1 ? `, merged with ${result.merged - 1} profile${result.merged === 2 ? '' : 's'}` : ''}`;
  return paragraph([`${formatCount(result.rows)} rows × ${formatCount(result.columns.length)} columns · `, code(result.output.path), ` (${size(result.output.bytes)}, profileVersion ${result.output.profileVersion}) · ${made} · ${formatCount(files)} file${files === 1 ? '' : 's'}`]);
}

const COLUMNS = [
  col('Column'),
  col('Type'),
  col('Missing', 'right'),
  col('Distinct', 'right'),
  col('Min', 'right'),
  col('Max', 'right'),
  col('Mean', 'right'),
  col('Median (5%–95%)', 'right'),
  col('Rank error', 'right'),
  col('Most frequent'),
];

function columnRow(c: ColumnSummary): Cell[] {
  const numeric = c.quantiles !== null && c.type !== 'boolean';
  return [
    cell(code(c.name)),
    cell(c.type),
    cell(c.nulls > 0 ? `${formatCount(c.nulls)} (${formatPercent(c.nullFraction)})` : '0', c.nulls),
    cell(c.distinctExact ? formatCount(c.distinct) : `~${formatCount(c.distinct)} (±${formatPercent(c.distinctRelativeError)})`, c.distinct),
    cell(value(c, c.min), c.min),
    cell(value(c, c.max), c.max),
    cell(c.type === 'datetime' || c.type === 'boolean' ? '—' : formatNumber(c.mean), c.mean),
    cell(numeric ? `${value(c, c.quantiles!.median)} (${value(c, c.quantiles!.p05)} – ${value(c, c.quantiles!.p95)})` : '—', numeric ? c.quantiles!.median : null),
    cell(numeric ? (c.quantiles!.rankError === 0 ? 'exact' : `±${formatPercent(c.quantiles!.rankError)}`) : '—', numeric ? c.quantiles!.rankError : null),
    cell(c.valuesComplete ? c.top.slice(0, 3).map((t) => `${typeof t.value === 'number' ? value(c, t.value) : t.value} (${formatCount(t.count)})`).join(', ') : '— (too many values to count each)'),
  ];
}

function value(c: ColumnSummary, v: number | null): string {
  if (v === null) return '—';
  return c.type === 'datetime' ? formatDatetime(v) : formatNumber(v);
}

function datasets(result: ProfileResult): Block[] {
  const s = result.settings;
  return [
    table([col('Engine'), col('Input'), col('Files', 'right'), col('Rows', 'right')], result.datasets.map((d) => [cell(d.engine), cell(code(d.input)), cell(formatCount(d.files), d.files), cell(formatCount(d.rows), d.rows)]), { caption: 'Datasets' }),
    paragraph(`Settings: quantile sketch k = ${s.quantileK}, category cap ${formatCount(s.categoryCap)}, numeric cap ${formatCount(s.numericCap)}, HyperLogLog precision ${s.hllPrecision}, seed ${s.seed}.`),
  ];
}

function bounds(result: ProfileResult): Block {
  const worst = Math.max(0, ...result.columns.map((c) => c.quantiles?.rankError ?? 0));
  const estimated = result.columns.filter((c) => !c.distinctExact).map((c) => c.name);
  const items: Content[] = [
    'exact: row, value and missing counts, min and max, the count of every value while a column has at most the cap of distinct values; mean and standard deviation from mergeable moments (to ~1e-13)',
    worst === 0
      ? "quantiles: every numeric column's sketch still holds each value (exact); drift tests against this profile are exact"
      : `quantiles: a KLL sketch per numeric column whose rank error is proven (probability ≥ 1 − 10⁻⁶); the largest here is ±${formatPercent(worst)} of the rows. Drift tests against this profile state their bound from it (e.g. KS statistic ±ε of both sides)`,
    `distinct values: exact while the value counts are complete, else a HyperLogLog estimate (±1.6% relative standard error)${estimated.length > 0 ? `: ${estimated.length} column${estimated.length === 1 ? '' : 's'}` : ''}`,
    ['the format: ', code('docs/profile.md'), '; JSON Schema ', code('schemas/profile.schema.json')],
  ];
  return list(items);
}

function size(bytes: number): string {
  return bytes >= 1e6 ? `${formatNumber(bytes / 1e6)} MB` : `${formatNumber(Math.round(bytes / 1e3))} KB`;
}
