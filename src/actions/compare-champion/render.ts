/**
 * The compare-champion report, derived from the result object alone: the verdict and what to do,
 * the one-sentence answer, the gates, a forest view of each gated Δ with its interval against the
 * gate's threshold, champion vs challenger ROC, the metrics (gated first, the rest folded), the
 * discordant pairs, per-class differences, trends and the worst slices. The HTML report adds the
 * forest of every metric, the precision–recall curves and the curves' bands.
 *
 * Curves, per-class differences and trends are drawn when the result carries them
 * (src/metrics/paired-ranking-bootstrap.ts, paired-per-class.ts, trend.ts) and skipped cleanly
 * when it does not.
 */
import { COMPARISON_GATES } from '../../comparison/gate-catalogue.js';
import type { ComparedMetric, ComparisonOutcome, ErrorTest } from '../../comparison/outcome.js';
import type { PairedClassMetrics } from '../../metrics/paired-per-class.js';
import type { PairedCurve, PairedOperatingPoint } from '../../metrics/paired-ranking-bootstrap.js';
import type { MetricTrend } from '../../metrics/trend.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { gatesTable, gateTally, reportTitle, verdictLine, type ActionReport } from '../../report/action-report.js';
import { conclusionLine, headlineMetric, subjectOf } from '../../report/comparison-conclusion.js';
import { changeOf, deltaText, intervalText, magnitude } from '../../report/difference-wording.js';
import { cell, chart, code, col, details, document, heading, list, note, paragraph, strong, table, value, type Block, type Cell, type Content, type CurveSeries, type IntervalItem } from '../../report/document/index.js';
import { formatCount, formatDelta, formatInterval, formatNumber, formatPercent, formatPValue } from '../../report/format.js';
import { trendSection } from '../../report/trend-table.js';

/** What the result may carry beyond ComparisonOutcome (issue 16's fields; each optional here). */
export interface ComparisonExtras {
  curves?: { roc?: PairedCurve | null; pr?: PairedCurve | null; resamples?: number } | null;
  perClass?: PairedClassMetrics[] | null;
  trends?: Record<string, MetricTrend> | null;
  operatingPoints?: Record<string, PairedOperatingPoint> | null;
}

type CompareChampionResult = ActionResult<ComparisonOutcome> & ComparisonExtras;
type Medium = 'comment' | 'page';

/** Slice values listed per column in the worst-slices table. */
const WORST_SLICES = 5;
const CLASS_ROWS = 10;

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

export function renderCompareChampion(result: CompareChampionResult, presentation: Presentation): ActionReport {
  const title = reportTitle('Champion vs challenger', presentation.name);
  return { title, comment: build(result, title, 'comment'), page: () => build(result, title, 'page') };
}

function build(result: CompareChampionResult, title: string, medium: Medium) {
  const rows = result.firstRun !== null ? `${formatCount(result.rows)} rows` : `${formatCount(result.rows)} paired rows`;
  const facts = [result.firstRun !== null ? 'no champion yet' : undefined, gateTally(result.gates), result.task, rows].filter(Boolean).join(' · ');
  const pictures = result.firstRun !== null ? [] : [...forestCharts(result, medium), ...curveCharts(result, medium)];
  return document(
    verdictLine(title, result),
    paragraph(facts),
    paragraph(strong(result.conclusion ?? compareChampionConclusion(result))),
    gatesTable(result.gates),
    inconclusiveSection(result),
    pictures.length > 0 && heading(3, 'Differences'),
    pictures,
    heading(3, 'Metrics'),
    result.firstRun !== null ? firstRunTable(result) : metricsTable(result, medium),
    discordantSection(result),
    errorTestsSection(result),
    operatingPointsSection(result),
    perClassSection(result, medium),
    trendSection(result.trends),
    worstSlicesSection(result, medium),
    notesSection(result),
    settingsSection(result),
  );
}

/** The metric and field each gate names (`accuracy`, `delta.lower`). */
function gatedFields(result: CompareChampionResult): { gate: CompareChampionResult['gates'][number]; metric: string; field?: string }[] {
  return result.gates.map((gate) => ({ gate, ...subjectOf(gate, COMPARISON_GATES) }));
}

function deltaItem(metric: string, m: ComparedMetric): IntervalItem | undefined {
  if (m.delta === null) return undefined;
  return { label: metric, value: m.delta, lower: m.ci?.[0] ?? null, upper: m.ci?.[1] ?? null };
}

/**
 * Forest views of Δ = challenger − champion with their intervals: one per threshold the Δ gates
 * use (each against its gate's line), and on the page every metric against "no difference" for
 * classification (regression metrics have unrelated scales: the table holds them).
 */
function forestCharts(result: CompareChampionResult, medium: Medium): Block[] {
  const confidence = formatPercent(result.settings.confidence);
  const byThreshold = new Map<number, { metrics: string[]; gates: string[] }>();
  for (const { gate, metric, field } of gatedFields(result)) {
    if (!field?.startsWith('delta') || !result.metrics[metric] || result.metrics[metric].delta === null) continue;
    const group = byThreshold.get(gate.threshold) ?? { metrics: [], gates: [] };
    if (!group.metrics.includes(metric)) group.metrics.push(metric);
    group.gates.push(gate.id);
    byThreshold.set(gate.threshold, group);
  }
  const out: Block[] = [];
  for (const [threshold, group] of byThreshold) {
    const items = group.metrics.map((m) => deltaItem(m, result.metrics[m])).filter((i): i is IntervalItem => i !== undefined);
    out.push(
      chart({
        kind: 'intervals',
        title: `Δ ${group.metrics.join(', ')} against the gate at ${formatNumber(threshold)}`,
        description: `Challenger − champion for ${group.metrics.join(', ')}, each with its ${confidence} interval, against the threshold ${formatNumber(threshold)} of ${group.gates.join('; ')}.`,
        axisLabel: 'Δ (challenger − champion)',
        items,
        threshold: { value: threshold, label: 'gate' },
      }),
    );
  }
  const everyMetric = result.task !== 'regression' && (medium === 'page' || out.length === 0);
  if (everyMetric) {
    const items = Object.entries(result.metrics)
      .map(([name, m]) => deltaItem(name, m))
      .filter((i): i is IntervalItem => i !== undefined);
    if (items.length > 0) {
      out.push(
        chart({
          kind: 'intervals',
          title: 'Δ of every metric (challenger − champion)',
          description: `Each metric's difference challenger − champion with its ${confidence} interval; for log loss and Brier lower is better, for the others higher.`,
          axisLabel: 'Δ (challenger − champion)',
          items,
          threshold: { value: 0, label: 'no difference' },
        }),
      );
    }
  }
  return out;
}

function curveSeries(name: string, x: readonly number[], c: PairedCurve['champion'], interpolation: 'linear' | 'step'): CurveSeries | undefined {
  const keep = x.map((_, i) => i).filter((i) => c.y[i] !== null && Number.isFinite(c.y[i]));
  if (keep.length < 2) return undefined;
  const band = c.lower && c.upper && keep.every((i) => c.lower![i] !== null && c.upper![i] !== null);
  return {
    name,
    x: keep.map((i) => x[i]),
    y: keep.map((i) => c.y[i] as number),
    ...(band ? { lower: keep.map((i) => c.lower![i] as number), upper: keep.map((i) => c.upper![i] as number) } : {}),
    interpolation,
  };
}

function pairedCurveChart(curve: PairedCurve, kind: 'roc' | 'pr', result: CompareChampionResult, medium: Medium): Block | undefined {
  const step = kind === 'pr' ? 'step' : 'linear';
  const series = [curveSeries('champion', curve.x, curve.champion, step), curveSeries('challenger', curve.x, curve.challenger, step)].filter((s): s is CurveSeries => s !== undefined);
  if (series.length === 0) return undefined;
  const resamples = result.curves?.resamples;
  const band = medium === 'page' && curve.ciMethod ? `; the bands are pointwise ${formatPercent(result.settings.confidence)} paired ${curve.ciMethod} intervals${resamples ? ` (${formatCount(resamples)} resamples)` : ''}` : '';
  const metric = kind === 'roc' ? result.metrics.roc_auc : result.metrics.average_precision;
  const delta = metric?.delta !== null && metric?.delta !== undefined ? ` (Δ ${kind === 'roc' ? 'AUC' : 'average precision'} ${formatDelta(metric.delta)})` : '';
  return kind === 'roc'
    ? chart({ kind: 'curve', title: `ROC, champion vs challenger${delta}`, description: `True positive rate against false positive rate for both models on the same rows${band}; the diagonal is a model that guesses.`, xLabel: 'false positive rate', yLabel: 'true positive rate', series, guide: { kind: 'diagonal', label: 'chance' } })
    : chart({ kind: 'curve', title: `Precision–recall, champion vs challenger${delta}`, description: `Precision against recall for both models on the same rows, read as the step average precision integrates${band}.`, xLabel: 'recall', yLabel: 'precision', series });
}

function curveCharts(result: CompareChampionResult, medium: Medium): Block[] {
  const out: Block[] = [];
  if (result.curves?.roc) {
    const roc = pairedCurveChart(result.curves.roc, 'roc', result, medium);
    if (roc) out.push(roc);
  }
  if (medium === 'page' && result.curves?.pr) {
    const pr = pairedCurveChart(result.curves.pr, 'pr', result, medium);
    if (pr) out.push(pr);
  }
  return out;
}

const ARROW = { 'higher-is-better': '↑', 'lower-is-better': '↓' } as const;

function metricsTable(result: CompareChampionResult, medium: Medium): Block[] {
  const confidence = formatPercent(result.settings.confidence);
  const gated = new Set(gatedFields(result).map((g) => g.metric));
  const entries = Object.entries(result.metrics);
  const ordered = [...entries.filter(([n]) => gated.has(n)), ...entries.filter(([n]) => !gated.has(n))];
  const rows = ordered.map(([name, m]) => [
    cell([code(name), ` ${ARROW[m.direction]}`]),
    cell(formatNumber(m.champion), m.champion),
    cell(formatNumber(m.challenger), m.challenger),
    cell(m.delta === null ? '—' : deltaText(name, m.delta, m.ci), m.delta),
    cell(m.ci ? intervalText(name, m.ci) : '—', m.ci?.[0] ?? null),
    cell(changeCell(m)),
    cell(pValueCell(m), m.pValue),
    cell(testCell(m)),
  ]);
  const shown = gated.size > 0 ? Math.max(gated.size, 4) : undefined;
  return [
    paragraph('↑ higher is better, ↓ lower is better; Δ = challenger − champion.'),
    table([col('Metric'), col('Champion', 'right'), col('Challenger', 'right'), col('Δ', 'right'), col(`${confidence} CI of Δ`, 'right'), col('Challenger is'), col('p-value', 'right'), col('Test')], rows, {
      foldAfter: medium === 'comment' ? shown : undefined,
      rowNoun: 'metrics without a gate',
      caption: 'Metrics',
    }),
  ];
}

function changeCell(m: ComparedMetric): string {
  const change = changeOf(m);
  if (change === 'unknown') return '—';
  return change === 'better' ? '🟢 better' : change === 'worse' ? '🔴 worse' : change;
}

/** A p-value at its floor (a bootstrap's 2/(B + 1)) says only "this small or smaller". */
function pValueCell(m: { pValue: number | null; pValueAtFloor?: true }): string {
  return m.pValueAtFloor ? `≤ ${formatPValue(m.pValue)}` : formatPValue(m.pValue);
}

function testCell(m: ComparedMetric): string {
  const parts: string[] = [];
  if (m.test) parts.push(TEST_NAMES[m.test] ?? m.test);
  if (m.ciMethod && m.ciMethod !== m.test) parts.push(`interval ${m.ciMethod === 'newcombe' ? 'Newcombe' : m.ciMethod}`);
  if (m.note) parts.push(m.note);
  return parts.length > 0 ? parts.join('; ') : '—';
}

function firstRunTable(result: CompareChampionResult): Block {
  const rows = Object.entries(result.metrics).map(([name, m]) => [cell(code(name)), cell(formatNumber(m.challenger), m.challenger), cell(formatInterval(m.challengerCi ?? null)), cell(m.note ?? '')]);
  return table([col('Metric'), col('Challenger', 'right'), col(`${formatPercent(result.settings.confidence)} interval`, 'center'), col('Note')], rows, { caption: 'Metrics' });
}

/** Each inconclusive gate explained, with the smallest difference the data could detect. */
function inconclusiveSection(result: CompareChampionResult): Block | undefined {
  const items: Content[] = [];
  for (const gate of result.gates) {
    if (gate.status !== 'inconclusive') continue;
    const { metric, field } = subjectOf(gate, COMPARISON_GATES);
    const entry = result.metrics[metric];
    const interval = field?.startsWith('delta') ? entry?.ci : entry?.challengerCi;
    const detectable =
      field?.startsWith('delta') && entry?.minimalDetectableDifference != null
        ? [` With ${formatCount(result.rows)} paired rows, the smallest true difference in `, code(metric), ` this comparison detects (80% power, ${formatPercent(result.settings.confidence)} confidence) is about ${magnitude(metric, entry.minimalDetectableDifference, 2)}: more rows, or a wider margin, would decide it.`]
        : [];
    const where = interval && gate.point !== undefined ? ` the estimate ${formatNumber(gate.point)} meets the threshold ${formatNumber(gate.threshold)}, but its ${formatPercent(result.settings.confidence)} interval ${formatInterval(interval)} reaches past it, so the data cannot confirm it.` : '';
    items.push([code(gate.id), ` is inconclusive:${where}`, ...detectable]);
  }
  if (items.length === 0) return undefined;
  const counted = result.settings.inconclusive === 'fail' ? 'counted as a failure (inconclusive: fail)' : 'counted as a warning (inconclusive: warn)';
  return note('important', [paragraph(['❔ ', strong('Inconclusive'), ` — the data cannot decide these gates; ${counted}.`]), list(items)]);
}

function discordantSection(result: CompareChampionResult): Block[] | undefined {
  const d = result.discordantPairs;
  if (!d) return undefined;
  const body = table(
    [col(''), col('challenger right', 'right'), col('challenger wrong', 'right')],
    [
      [cell(strong('champion right')), cell(formatCount(d.bothCorrect), d.bothCorrect), cell(strong(formatCount(d.championOnlyCorrect)), d.championOnlyCorrect)],
      [cell(strong('champion wrong')), cell(strong(formatCount(d.challengerOnlyCorrect)), d.challengerOnlyCorrect), cell(formatCount(d.bothWrong), d.bothWrong)],
    ],
    { caption: 'Discordant pairs' },
  );
  const test = d.test === 'mcnemar-exact' ? 'exact binomial test' : 'χ² with continuity correction';
  const text = `The challenger alone is right on ${formatCount(d.challengerOnlyCorrect)} rows, the champion alone on ${formatCount(d.championOnlyCorrect)}; McNemar's test (${test}) on these ${formatCount(d.championOnlyCorrect + d.challengerOnlyCorrect)} discordant pairs: p = ${formatPValue(d.pValue)}.`;
  return [heading(3, 'Discordant pairs'), body, paragraph(text)];
}

function errorTestsSection(result: CompareChampionResult): Block[] | undefined {
  const e = result.errorTests;
  if (!e) return undefined;
  const row = (label: string, t: ErrorTest) => [cell(label), cell(formatDelta(t.meanDifference), t.meanDifference), cell(formatPValue(t.tPValue), t.tPValue), cell(formatPValue(t.wilcoxonPValue), t.wilcoxonPValue), cell(t.wilcoxonMethod ?? '—')];
  const body = table(
    [col('Per-row error (challenger − champion)'), col('Mean difference', 'right'), col('paired t p-value', 'right'), col('Wilcoxon p-value', 'right'), col('Wilcoxon method')],
    [row('absolute error', e.absoluteError), row('squared error', e.squaredError)],
    { caption: 'Paired tests on per-row errors' },
  );
  return [heading(3, 'Paired tests on per-row errors'), body];
}

/** The operating points the gates name, both models and Δ with its paired bootstrap interval. */
function operatingPointsSection(result: CompareChampionResult): Block[] | undefined {
  const points = Object.entries(result.operatingPoints ?? {});
  if (points.length === 0 || result.firstRun !== null) return undefined;
  const rows = points.map(([name, p]) => [
    cell(code(name)),
    cell(formatNumber(p.champion), p.champion),
    cell(formatNumber(p.challenger), p.challenger),
    cell(formatDelta(p.delta), p.delta),
    cell(formatInterval(p.ci), p.ci?.[0] ?? null),
    cell(formatPValue(p.pValue), p.pValue),
    cell(`${formatNumber(p.championThreshold)} / ${formatNumber(p.challengerThreshold)}`),
    cell(p.note ?? ''),
  ]);
  return [
    heading(3, 'Operating points'),
    table([col('Operating point'), col('Champion', 'right'), col('Challenger', 'right'), col('Δ', 'right'), col(`${formatPercent(result.settings.confidence)} CI of Δ`, 'right'), col('p-value', 'right'), col('Thresholds (champion / challenger)', 'right'), col('Note')], rows, { caption: 'Operating points' }),
  ];
}

function pairedCell(name: string, m: PairedClassMetrics['precision']): Cell {
  if (m.delta === null) return cell('—', null);
  return cell(`${deltaText(name, m.delta, m.ci)}${m.ci ? ` (${intervalText(name, m.ci)})` : ''}`, m.delta);
}

function perClassSection(result: CompareChampionResult, medium: Medium): Block[] | undefined {
  const classes = result.perClass;
  if (!classes || classes.length === 0 || result.firstRun !== null) return undefined;
  const confidence = formatPercent(result.settings.confidence);
  const rows = classes.map((k) => [cell(value(k.label)), cell(formatCount(k.support), k.support), pairedCell('precision', k.precision), pairedCell('recall', k.recall), pairedCell('f1', k.f1), pairedCell('roc_auc', k.roc_auc)]);
  return [
    heading(3, 'Per class'),
    paragraph(`Δ = challenger − champion per class, with its ${confidence} paired interval.`),
    table([col('Class'), col('Support', 'right'), col('Δ precision', 'right'), col('Δ recall', 'right'), col('Δ F1', 'right'), col('Δ ROC AUC', 'right')], rows, { foldAfter: medium === 'comment' ? CLASS_ROWS : undefined, rowNoun: 'classes', caption: 'Per-class differences' }),
  ];
}

/** Per slice column, the values where the headline metric changed most for the worse. */
function worstSlicesSection(result: CompareChampionResult, medium: Medium): Block[] | undefined {
  const columns = Object.keys(result.slices);
  if (columns.length === 0 || result.firstRun !== null) return undefined;
  const metric = headlineMetric({ task: result.task, metrics: result.metrics, gates: result.gates }, COMPARISON_GATES);
  const confidence = formatPercent(result.settings.confidence);
  const parts: Block[] = [heading(3, `Slices where the challenger does worst (${metric})`)];
  for (const column of columns) {
    const sign = result.metrics[metric]?.direction === 'lower-is-better' ? -1 : 1;
    const entries = Object.entries(result.slices[column])
      .map(([v, s]) => ({ value: v, rows: s.rows, m: s.metrics[metric] }))
      .filter((e) => e.m !== undefined && e.m.delta !== null)
      .sort((a, b) => sign * a.m.delta! - sign * b.m.delta! || b.rows - a.rows);
    if (entries.length === 0) continue;
    const rows = entries.map((e) => [
      cell(value(e.value)),
      cell(formatCount(e.rows), e.rows),
      cell(formatNumber(e.m.champion), e.m.champion),
      cell(formatNumber(e.m.challenger), e.m.challenger),
      cell(deltaText(metric, e.m.delta!, e.m.ci), e.m.delta),
      cell(e.m.ci ? intervalText(metric, e.m.ci) : '—', e.m.ci?.[0] ?? null),
      cell(changeCell(e.m)),
      cell(pValueCell(e.m), e.m.pValue),
    ]);
    parts.push(
      paragraph(strong(code(column))),
      table([col('Value'), col('Rows', 'right'), col('Champion', 'right'), col('Challenger', 'right'), col('Δ', 'right'), col(`${confidence} CI of Δ`, 'right'), col('Challenger is'), col('p-value', 'right')], rows, {
        foldAfter: medium === 'comment' ? WORST_SLICES : undefined,
        rowNoun: `values of ${column}`,
        caption: `Slices by ${column}, worst first`,
      }),
    );
  }
  return parts;
}

function notesSection(result: CompareChampionResult): Block | undefined {
  const notes: Content[] = [...result.notes];
  const join = result.join;
  if (join && join.onlyChampion.count + join.onlyChallenger.count > 0) {
    const examples = (unpaired: { count: number; examples: string[] }) => (unpaired.count === 0 ? '' : ` (e.g. ${unpaired.examples.join(', ')})`);
    notes.push(
      `allow-partial: ${formatCount(join.paired)} rows are in both files and compared; ${formatCount(join.onlyChampion.count)} only in the champion${examples(join.onlyChampion)} and ${formatCount(join.onlyChallenger.count)} only in the challenger${examples(join.onlyChallenger)} are left out.`,
    );
  }
  if (notes.length === 0) return undefined;
  return note('note', notes.map((n) => paragraph(n)));
}

function settingsSection(result: CompareChampionResult): Block {
  const join = result.join;
  const items: (Content | undefined)[] = [
    result.champion ? ['champion: ', code(result.champion.file), ` (${formatCount(result.champion.rows)} rows)`] : `champion: none (${result.firstRun ?? ''})`,
    ['challenger: ', code(result.challenger.file), ` (${formatCount(result.challenger.rows)} rows)`],
    join ? ['rows paired ', join.by === 'id' ? ['on ', code(join.idColumn ?? '')] : 'by position', `: ${formatCount(join.paired)}`] : undefined,
    `task: ${result.task} (${result.taskReason})`,
    result.positiveLabel !== null ? ['positive class: ', code(result.positiveLabel)] : undefined,
    `Δ = challenger − champion; intervals at ${formatPercent(result.settings.confidence)}; paired bootstrap ${formatCount(result.settings.bootstrapSamples)} resamples, seed ${result.settings.seed}`,
    result.task === 'regression'
      ? "tests: mae, mse, mape — paired t-test on the per-row errors (Wilcoxon signed-rank alongside); rmse, r2, explained variance — normal interval on the difference of the two models' per-row influence (delta method); median absolute error — no interval"
      : "tests: accuracy — McNemar (exact below 25 discordant pairs) with Newcombe's interval; ROC AUC — paired DeLong; the other confusion-matrix metrics — paired bootstrap over the joint (truth, champion, challenger) cells; log loss, Brier, average precision — normal interval on the difference of the per-row influence (delta method)",
    'minimal detectable difference: 80% power at the confidence level, from the standard error implied by the interval width',
  ];
  return details('How these numbers were computed', [list(items.filter((i): i is Content => i !== undefined))]);
}
