/** The evaluate-model report, derived from the result object alone. */
import type { EvaluationOutcome, MetricEntry } from '../../evaluation/outcome.js';
import { METRICS } from '../../metrics/catalogue.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { formatCount, formatInterval, formatNumber, formatPercent } from '../../report/format.js';
import { gatesTable } from '../../report/gates-table.js';
import { blocks, code, details, escapeText, heading, table } from '../../report/markdown.js';
import { gateTally, verdictLine } from '../../report/verdict-line.js';

type EvaluateModelResult = ActionResult<EvaluationOutcome>;

/** Slices listed per column before the rest is folded into a count. */
const MAX_SLICE_ROWS = 30;

export function renderEvaluateModel(result: EvaluateModelResult, common: Presentation): string {
  const title = common.name ? `Model evaluation — ${escapeText(common.name)}` : 'Model evaluation';
  const summary = `${gateTally(result.gates)} · ${result.task} · ${formatCount(result.rows)} rows`;
  return blocks(
    verdictLine(title, result, summary),
    gatesTable(result.gates),
    heading(3, 'Metrics'),
    metricsTable(result),
    result.confusionMatrix && result.labels ? confusionTable(result.confusionMatrix, result.labels) : undefined,
    slicesSection(result),
    settingsSection(result),
  );
}

function metricsTable(result: EvaluateModelResult): string {
  const confidence = `${formatPercent(result.settings.confidence)} interval`;
  const rows = Object.entries(result.metrics).map(([name, m]) => [code(name), formatNumber(m.value), formatInterval(m.ci), escapeText(intervalNote(m))]);
  return table(['Metric', 'Value', confidence, 'Interval method'], rows, ['l', 'r', 'c', 'l']);
}

function intervalNote(m: MetricEntry): string {
  if (m.note) return m.ciMethod ? `${m.ciMethod}; ${m.note}` : m.note;
  return m.ciMethod ?? '—';
}

function confusionTable(matrix: number[][], labels: readonly string[]): string {
  const header = ['true ↓ / predicted →', ...labels.map((l) => l)];
  const rows = matrix.map((row, i) => [`**${escapeText(labels[i])}**`, ...row.map((n, j) => (i === j ? `**${formatCount(n)}**` : formatCount(n)))]);
  const body = table(header, rows, ['l', ...labels.map(() => 'r' as const)]);
  return labels.length <= 12 ? blocks(heading(3, 'Confusion matrix'), body) : details(`Confusion matrix (${labels.length} classes)`, body);
}

function slicesSection(result: EvaluateModelResult): string | undefined {
  const columns = Object.keys(result.slices);
  if (columns.length === 0) return undefined;
  const metrics = METRICS.filter((m) => m.inSliceTable && m.tasks.includes(result.task)).map((m) => m.name);
  const minRows = result.settings.minSliceRows;
  const parts: string[] = [heading(3, 'Slices')];
  let small = false;
  for (const column of columns) {
    const entries = Object.entries(result.slices[column]).sort((a, b) => b[1].rows - a[1].rows);
    const rows = entries.slice(0, MAX_SLICE_ROWS).map(([value, s]) => {
      small ||= s.belowMinRows === true;
      return [escapeText(value), s.belowMinRows ? `${formatCount(s.rows)} ⚠️` : formatCount(s.rows), ...metrics.map((m) => withInterval(s.metrics[m]))];
    });
    const gaps = result.columnGaps[column] ?? {};
    const gapRow = ['**largest gap**', '', ...metrics.map((m) => (gaps[m] === undefined ? '—' : result.sliceGaps[m]?.column === column ? `**${formatNumber(gaps[m].gap)}**` : formatNumber(gaps[m].gap)))];
    const more = entries.length > MAX_SLICE_ROWS ? `\n\n${entries.length - MAX_SLICE_ROWS} more values of ${code(column)} are in the JSON result.` : '';
    parts.push(`${code(column)}\n\n${table(['Value', 'Rows', ...metrics], [...rows, gapRow], ['l', 'r', ...metrics.map(() => 'r' as const)])}${more}`);
    const fairness = result.fairness[column];
    if (fairness) {
      parts.push(
        `Fairness by ${code(column)}: demographic parity difference ${formatNumber(fairness.demographicParityDifference)}, equal opportunity difference ${formatNumber(fairness.equalOpportunityDifference)}.`,
      );
    }
  }
  if (small) parts.push(`⚠️ fewer than ${formatCount(minRows)} rows (min-slice-rows): shown, but left out of the largest gaps, the slice gates and the fairness differences.`);
  return blocks(...parts);
}

/** A value with its interval in brackets, or the value alone. */
function withInterval(entry: MetricEntry | undefined): string {
  if (!entry) return '—';
  return entry.ci ? `${formatNumber(entry.value)} ${formatInterval(entry.ci)}` : formatNumber(entry.value);
}

function settingsSection(result: EvaluateModelResult): string {
  const lines = [
    `- predictions: ${code(result.settings.predictions)} (${formatCount(result.rows)} rows)`,
    `- task: ${result.task} (${escapeText(result.taskReason)})`,
    result.positiveLabel !== null ? `- positive class: ${code(result.positiveLabel)}` : undefined,
    `- intervals: ${formatPercent(result.settings.confidence)}; bootstrap ${formatCount(result.settings.bootstrapSamples)} resamples, seed ${result.settings.seed}`,
    Object.keys(result.slices).length > 0 ? `- slices of fewer than ${formatCount(result.settings.minSliceRows)} rows are not gated (min-slice-rows)` : undefined,
    `- an inconclusive gate counts as ${result.settings.inconclusive === 'fail' ? 'a failure' : 'a warning'} (inconclusive: ${result.settings.inconclusive})`,
  ].filter((l): l is string => l !== undefined);
  return details('How these numbers were computed', lines.join('\n'));
}
