/** The profile report: what was profiled and written, the gates, every column, the sources, and how exact the numbers are. */
import type { ColumnSummary, ProfileOutcome } from '../../profile/summary.js';
import { formatCount, formatNumber, formatPercent } from '../../report/format.js';
import { gatesTable } from '../../report/gates-table.js';
import { blocks, code, details, escapeText, heading, table } from '../../report/markdown.js';
import { verdictLine } from '../../report/verdict-line.js';
import { formatDatetime } from '../../schema/datetime-format.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';

type ProfileResult = ActionResult<ProfileOutcome>;

export function renderProfile(result: ProfileResult, common: Presentation): string {
  const title = common.name ? `Profile — ${escapeText(common.name)}` : 'Profile';
  const engine = result.settings.engine;
  const files = result.datasets.reduce((n, s) => n + s.files, 0);
  const made = engine === null ? `merged from ${result.merged} profiles` : `${engine} engine${result.merged > 1 ? `, merged with ${result.merged - 1} profile${result.merged === 2 ? '' : 's'}` : ''}`;
  const summary = `${formatCount(result.rows)} rows × ${result.columns.length} columns · ${code(result.output.path)} (${size(result.output.bytes)}, profileVersion ${result.output.profileVersion}) · ${made} · ${formatCount(files)} file${files === 1 ? '' : 's'}`;
  return blocks(
    verdictLine(title, result, summary),
    gatesTable(result.gates),
    heading(3, 'Columns'),
    columnsTable(result.columns),
    details('Sources', sourcesTable(result)),
    details('How exact these numbers are', bounds(result)),
  );
}

function columnsTable(columns: readonly ColumnSummary[]): string {
  const rows = columns.map((c) => [
    code(c.name),
    c.type,
    c.nulls > 0 ? `${formatCount(c.nulls)} (${formatPercent(c.nullFraction)})` : '0',
    c.distinctExact ? formatCount(c.distinct) : `~${formatCount(c.distinct)} (±${formatPercent(c.distinctRelativeError)})`,
    value(c, c.min),
    value(c, c.max),
    c.type === 'datetime' || c.type === 'boolean' ? '—' : formatNumber(c.mean),
    c.quantiles === null || c.type === 'boolean' ? '—' : `${value(c, c.quantiles.median)} (${value(c, c.quantiles.p05)} – ${value(c, c.quantiles.p95)})`,
    c.quantiles === null || c.type === 'boolean' ? '—' : c.quantiles.rankError === 0 ? 'exact' : `±${formatPercent(c.quantiles.rankError)}`,
    c.valuesComplete ? escapeText(c.top.slice(0, 3).map((t) => `${typeof t.value === 'number' ? value(c, t.value) : t.value} (${formatCount(t.count)})`).join(', ')) : '— (too many values to count each)',
  ]);
  return table(['Column', 'Type', 'Missing', 'Distinct', 'Min', 'Max', 'Mean', 'Median (5%–95%)', 'Rank error', 'Most frequent'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']);
}

function value(c: ColumnSummary, v: number | null): string {
  if (v === null) return '—';
  return c.type === 'datetime' ? formatDatetime(v) : formatNumber(v);
}

function sourcesTable(result: ProfileResult): string {
  const rows = result.datasets.map((s) => [s.engine, code(s.input), formatCount(s.files), formatCount(s.rows)]);
  const settings = result.settings;
  return blocks(
    table(['Engine', 'Input', 'Files', 'Rows'], rows, ['l', 'l', 'r', 'r']),
    `Settings: quantile sketch k = ${settings.quantileK}, category cap ${formatCount(settings.categoryCap)}, numeric cap ${formatCount(settings.numericCap)}, HyperLogLog precision ${settings.hllPrecision}, seed ${settings.seed}.`,
  );
}

function bounds(result: ProfileResult): string {
  const worst = Math.max(0, ...result.columns.map((c) => c.quantiles?.rankError ?? 0));
  const estimated = result.columns.filter((c) => !c.distinctExact).map((c) => code(c.name));
  return [
    '- exact: row, value and missing counts, min and max, the counts of every value while a column has at most the cap of distinct values; mean and standard deviation from mergeable moments (to ~1e-13)',
    worst === 0
      ? '- quantiles: every numeric column\'s sketch still holds each value (exact); drift tests against this profile are exact'
      : `- quantiles: a KLL sketch per numeric column whose rank error is proven (probability ≥ 1 − 10⁻⁶); the largest here is ±${formatPercent(worst)} of the rows. Drift tests against this profile state their bound from it (e.g. KS statistic ±ε of both sides)`,
    `- distinct values: exact while the value counts are complete, else a HyperLogLog estimate (±1.6% relative standard error)${estimated.length > 0 ? `: ${estimated.join(', ')}` : ''}`,
    '- the format: docs/profile.md; JSON Schema schemas/profile.schema.json',
  ].join('\n');
}

function size(bytes: number): string {
  return bytes >= 1e6 ? `${formatNumber(bytes / 1e6)} MB` : `${formatNumber(Math.round(bytes / 1e3))} KB`;
}
