/** The compare-champion report, derived from the result object alone. */
import { COMPARISON_GATES } from '../../comparison/gate-catalogue.js';
import type { ComparedMetric, ComparisonOutcome, ErrorTest } from '../../comparison/outcome.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { conclusionLine, headlineMetric, subjectOf } from '../../report/comparison-conclusion.js';
import { changeOf, deltaText, intervalText, magnitude } from '../../report/difference-wording.js';
import { formatCount, formatDelta, formatInterval, formatNumber, formatPercent, formatPValue } from '../../report/format.js';
import { gatesTable } from '../../report/gates-table.js';
import { blocks, code, details, escapeText, heading, table } from '../../report/markdown.js';
import { gateTally, verdictLine } from '../../report/verdict-line.js';

type CompareChampionResult = ActionResult<ComparisonOutcome>;

/** Slice values listed per column in the worst-slices table. */
const WORST_SLICES = 5;

const TEST_NAMES: Record<string, string> = {
  'mcnemar-exact': 'McNemar (exact)',
  'mcnemar-chi-square-corrected': 'McNemar (χ², corrected)',
  delong: 'DeLong',
  'bootstrap-multinomial': 'paired bootstrap',
  'paired-t': 'paired t',
  analytic: 'paired z (delta method)',
};

/** The report's one-sentence answer (also the result's `conclusion`). */
export function compareChampionConclusion(result: CompareChampionResult): string {
  return conclusionLine({ task: result.task, metrics: result.metrics, gates: result.gates, confidence: result.settings.confidence, firstRun: result.firstRun }, COMPARISON_GATES);
}

export function renderCompareChampion(result: CompareChampionResult, common: Presentation): string {
  const title = common.name ? `Champion vs challenger — ${escapeText(common.name)}` : 'Champion vs challenger';
  const rows = result.firstRun !== null ? `${formatCount(result.rows)} rows` : `${formatCount(result.rows)} paired rows`;
  const summary = [result.firstRun !== null ? 'no champion yet' : undefined, gateTally(result.gates), result.task, rows].filter(Boolean).join(' · ');
  return blocks(
    verdictLine(title, result, summary),
    `**${escapeText(result.conclusion ?? compareChampionConclusion(result))}**`,
    gatesTable(result.gates),
    inconclusiveSection(result),
    heading(3, 'Metrics'),
    result.firstRun !== null ? firstRunTable(result) : metricsTable(result),
    discordantSection(result),
    errorTestsSection(result),
    worstSlicesSection(result),
    notesSection(result),
    settingsSection(result),
  );
}

function metricsTable(result: CompareChampionResult): string {
  const confidence = formatPercent(result.settings.confidence);
  const rows = Object.entries(result.metrics).map(([name, m]) => [
    code(name),
    formatNumber(m.champion),
    formatNumber(m.challenger),
    m.delta === null ? '—' : `${deltaText(name, m.delta, m.ci)}${m.ci ? ` (${intervalText(name, m.ci)})` : ''}`,
    changeCell(m),
    pValueCell(m),
    escapeText(testCell(m)),
  ]);
  return table(['Metric', 'Champion', 'Challenger', `Δ (${confidence} CI)`, 'Challenger is', 'p-value', 'Test'], rows, ['l', 'r', 'r', 'r', 'l', 'r', 'l']);
}

function changeCell(m: ComparedMetric): string {
  const change = changeOf(m);
  const arrow = m.direction === 'lower-is-better' ? 'lower is better' : 'higher is better';
  if (change === 'unknown') return '—';
  const icon = change === 'better' ? '🟢 ' : change === 'worse' ? '🔴 ' : '';
  return `${icon}${change} <sub>(${arrow})</sub>`;
}

/** A p-value at its floor (a bootstrap's 2/(B + 1)) says only "this small or smaller". */
function pValueCell(m: ComparedMetric): string {
  return m.pValueAtFloor ? `≤ ${formatPValue(m.pValue)}` : formatPValue(m.pValue);
}

function testCell(m: ComparedMetric): string {
  const parts: string[] = [];
  if (m.test) parts.push(TEST_NAMES[m.test] ?? m.test);
  if (m.ciMethod && m.ciMethod !== m.test) parts.push(`interval ${m.ciMethod === 'newcombe' ? 'Newcombe' : m.ciMethod}`);
  if (m.note) parts.push(m.note);
  return parts.length > 0 ? parts.join('; ') : '—';
}

function firstRunTable(result: CompareChampionResult): string {
  const rows = Object.entries(result.metrics).map(([name, m]) => [code(name), formatNumber(m.challenger), formatInterval(m.challengerCi ?? null), escapeText(m.note ?? '')]);
  return table(['Metric', 'Challenger', `${formatPercent(result.settings.confidence)} interval`, 'Note'], rows, ['l', 'r', 'c', 'l']);
}

/** Each inconclusive gate explained, with the smallest difference the data could detect. */
function inconclusiveSection(result: CompareChampionResult): string | undefined {
  const lines: string[] = [];
  for (const gate of result.gates) {
    if (gate.status !== 'inconclusive') continue;
    const { metric, field } = subjectOf(gate, COMPARISON_GATES);
    const entry = result.metrics[metric];
    const interval = field?.startsWith('delta') ? entry?.ci : entry?.challengerCi;
    const detectable =
      field?.startsWith('delta') && entry?.minimalDetectableDifference != null
        ? ` With ${formatCount(result.rows)} paired rows, the smallest true difference in ${code(metric)} this comparison detects (80% power, ${formatPercent(result.settings.confidence)} confidence) is about ${escapeText(magnitude(metric, entry.minimalDetectableDifference, 2))}: more rows, or a wider margin, would decide it.`
        : '';
    const where = interval && gate.point !== undefined ? ` the estimate ${formatNumber(gate.point)} meets the threshold ${formatNumber(gate.threshold)}, but its ${formatPercent(result.settings.confidence)} interval ${formatInterval(interval)} reaches past it, so the data cannot confirm it.` : '';
    lines.push(`- ${code(gate.id)} is inconclusive:${where}${detectable}`);
  }
  if (lines.length === 0) return undefined;
  const counted = result.settings.inconclusive === 'fail' ? 'counted as a failure (inconclusive: fail)' : 'counted as a warning (inconclusive: warn)';
  return `❔ **Inconclusive** — the data cannot decide these gates; ${counted}.\n\n${lines.join('\n')}`;
}

function discordantSection(result: CompareChampionResult): string | undefined {
  const d = result.discordantPairs;
  if (!d) return undefined;
  const body = table(
    ['', 'challenger right', 'challenger wrong'],
    [
      ['**champion right**', formatCount(d.bothCorrect), `**${formatCount(d.championOnlyCorrect)}**`],
      ['**champion wrong**', `**${formatCount(d.challengerOnlyCorrect)}**`, formatCount(d.bothWrong)],
    ],
    ['l', 'r', 'r'],
  );
  const test = d.test === 'mcnemar-exact' ? 'exact binomial test' : 'χ² with continuity correction';
  const text = `The challenger alone is right on ${formatCount(d.challengerOnlyCorrect)} rows, the champion alone on ${formatCount(d.championOnlyCorrect)}; McNemar's test (${test}) on these ${formatCount(d.championOnlyCorrect + d.challengerOnlyCorrect)} discordant pairs: p = ${formatPValue(d.pValue)}.`;
  return blocks(heading(3, 'Discordant pairs'), body, text);
}

function errorTestsSection(result: CompareChampionResult): string | undefined {
  const e = result.errorTests;
  if (!e) return undefined;
  const row = (label: string, t: ErrorTest) => [label, formatDelta(t.meanDifference), formatPValue(t.tPValue), formatPValue(t.wilcoxonPValue), t.wilcoxonMethod ?? '—'];
  const body = table(
    ['Per-row error (challenger − champion)', 'Mean difference', 'paired t p-value', 'Wilcoxon p-value', 'Wilcoxon method'],
    [row('absolute error', e.absoluteError), row('squared error', e.squaredError)],
    ['l', 'r', 'r', 'r', 'l'],
  );
  return blocks(heading(3, 'Paired tests on per-row errors'), body);
}

/** Per slice column, the values where the headline metric changed most for the worse. */
function worstSlicesSection(result: CompareChampionResult): string | undefined {
  const columns = Object.keys(result.slices);
  if (columns.length === 0 || result.firstRun !== null) return undefined;
  const metric = headlineMetric({ task: result.task, metrics: result.metrics, gates: result.gates }, COMPARISON_GATES);
  const confidence = formatPercent(result.settings.confidence);
  const parts = [heading(3, `Slices where the challenger does worst (${metric})`)];
  for (const column of columns) {
    const sign = result.metrics[metric]?.direction === 'lower-is-better' ? -1 : 1;
    const entries = Object.entries(result.slices[column])
      .map(([value, s]) => ({ value, rows: s.rows, m: s.metrics[metric] }))
      .filter((e) => e.m !== undefined && e.m.delta !== null)
      .sort((a, b) => sign * a.m.delta! - sign * b.m.delta! || b.rows - a.rows);
    if (entries.length === 0) continue;
    const rows = entries
      .slice(0, WORST_SLICES)
      .map((e) => [
        escapeText(e.value),
        formatCount(e.rows),
        formatNumber(e.m.champion),
        formatNumber(e.m.challenger),
        `${deltaText(metric, e.m.delta!, e.m.ci)}${e.m.ci ? ` (${intervalText(metric, e.m.ci)})` : ''}`,
        changeCell(e.m),
        pValueCell(e.m),
      ]);
    const more = entries.length > WORST_SLICES ? `\n\n${entries.length - WORST_SLICES} more values of ${code(column)} are in the JSON result.` : '';
    parts.push(`${code(column)}\n\n${table(['Value', 'Rows', 'Champion', 'Challenger', `Δ (${confidence} CI)`, 'Challenger is', 'p-value'], rows, ['l', 'r', 'r', 'r', 'r', 'l', 'r'])}${more}`);
  }
  return blocks(...parts);
}

function notesSection(result: CompareChampionResult): string | undefined {
  const notes = [...result.notes];
  const join = result.join;
  if (join && join.onlyChampion.count + join.onlyChallenger.count > 0) {
    const examples = (unpaired: { count: number; examples: string[] }) => (unpaired.count === 0 ? '' : ` (e.g. ${unpaired.examples.join(', ')})`);
    notes.push(
      `allow-partial: ${formatCount(join.paired)} rows are in both files and compared; ${formatCount(join.onlyChampion.count)} only in the champion${examples(join.onlyChampion)} and ${formatCount(join.onlyChallenger.count)} only in the challenger${examples(join.onlyChallenger)} are left out.`,
    );
  }
  if (notes.length === 0) return undefined;
  return notes.map((n) => `> ${escapeText(n)}`).join('\n>\n');
}

function settingsSection(result: CompareChampionResult): string {
  const join = result.join;
  const lines = [
    result.champion ? `- champion: ${code(result.champion.file)} (${formatCount(result.champion.rows)} rows)` : `- champion: none (${escapeText(result.firstRun ?? '')})`,
    `- challenger: ${code(result.challenger.file)} (${formatCount(result.challenger.rows)} rows)`,
    join ? `- rows paired ${join.by === 'id' ? `on ${code(join.idColumn ?? '')}` : 'by position'}: ${formatCount(join.paired)}` : undefined,
    `- task: ${result.task} (${escapeText(result.taskReason)})`,
    result.positiveLabel !== null ? `- positive class: ${code(result.positiveLabel)}` : undefined,
    `- Δ = challenger − champion; intervals at ${formatPercent(result.settings.confidence)}; paired bootstrap ${formatCount(result.settings.bootstrapSamples)} resamples, seed ${result.settings.seed}`,
    result.task === 'regression'
      ? '- tests: mae, mse, mape — paired t-test on the per-row errors (Wilcoxon signed-rank alongside); rmse, r2, explained variance — normal interval on the difference of the two models\' per-row influence (delta method); median absolute error — no interval'
      : '- tests: accuracy — McNemar (exact below 25 discordant pairs) with Newcombe\'s interval; ROC AUC — paired DeLong; the other confusion-matrix metrics — paired bootstrap over the joint (truth, champion, challenger) cells; log loss, Brier, average precision — normal interval on the difference of the per-row influence (delta method)',
    '- minimal detectable difference: 80% power at the confidence level, from the standard error implied by the interval width',
  ].filter((l): l is string => l !== undefined);
  return details('How these numbers were computed', lines.join('\n'));
}
