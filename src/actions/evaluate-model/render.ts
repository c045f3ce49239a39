/**
 * The evaluate-model report, derived from the result object alone: the verdict and what to do,
 * the gates, the metrics with their intervals, and the pictures — ROC and precision–recall
 * curves, the reliability diagram, the confusion matrix, each slice column's headline metric with
 * its interval — then per-class metrics, the threshold sweep, trends and the slice tables. The
 * comment folds long tables; the HTML report shows every row and draws the curves' bands.
 *
 * Curves, calibration, per-class metrics, the threshold sweep and trends are drawn when the
 * result carries them (src/metrics/curves.ts, calibration.ts, per-class.ts, threshold-sweep.ts,
 * trend.ts) and skipped cleanly when it does not.
 */
import { EVALUATION_GATES } from '../../evaluation/gate-catalogue.js';
import type { EvaluationOutcome, MetricEntry } from '../../evaluation/outcome.js';
import type { CalibrationResult } from '../../metrics/calibration.js';
import { METRICS } from '../../metrics/catalogue.js';
import type { SampledCurve } from '../../metrics/curves.js';
import type { OperatingPointValue } from '../../metrics/operating-points.js';
import type { ClassMetrics } from '../../metrics/per-class.js';
import type { SweepPoint } from '../../metrics/threshold-sweep.js';
import type { MetricTrend } from '../../metrics/trend.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { gatesTable, gateTally, reportTitle, verdictLine, type ActionReport } from '../../report/action-report.js';
import { subjectOf } from '../../report/comparison-conclusion.js';
import { cell, chart, code, col, details, document, heading, list, paragraph, strong, table, value, type Block, type CurveSeries } from '../../report/document/index.js';
import { formatCount, formatInterval, formatNumber, formatPercent } from '../../report/format.js';
import { trendSection } from '../../report/trend-table.js';

/** What the result may carry beyond EvaluationOutcome (issue 16's fields; each optional here). */
export interface EvaluationExtras {
  curves?: { roc?: SampledCurve | null; pr?: SampledCurve | null } | null;
  calibration?: (Omit<CalibrationResult, 'ece' | 'variant'> & { variant?: CalibrationResult['variant']; ece: CalibrationResult['ece'] | number | null }) | null;
  perClass?: ClassMetrics[] | null;
  thresholdSweep?: SweepPoint[] | null;
  trends?: Record<string, MetricTrend> | null;
  operatingPoints?: Record<string, OperatingPointValue> | null;
}

type EvaluateModelResult = ActionResult<EvaluationOutcome> & EvaluationExtras;
type Medium = 'comment' | 'page';

/** Slice values per column shown in the comment's table and chart before the rest is folded. */
const SLICE_ROWS = 12;
/** Per-class rows shown in the comment before the rest is folded. */
const CLASS_ROWS = 10;

export function renderEvaluateModel(result: EvaluateModelResult, presentation: Presentation): ActionReport {
  const title = reportTitle('Model evaluation', presentation.name);
  return { title, comment: build(result, title, 'comment'), page: () => build(result, title, 'page') };
}

function build(result: EvaluateModelResult, title: string, medium: Medium) {
  const charts = [...curveCharts(result, medium), reliabilityChart(result, medium)].filter((b): b is Block => b !== undefined);
  return document(
    verdictLine(title, result),
    paragraph(`${gateTally(result.gates)} · ${result.task} · ${formatCount(result.rows)} rows${result.positiveLabel !== null ? ` · positive class ${result.positiveLabel}` : ''}`),
    gatesTable(result.gates),
    heading(3, 'Metrics'),
    metricsTable(result),
    charts.length > 0 && heading(3, 'Curves'),
    charts,
    result.confusionMatrix && result.labels ? confusionSection(result.confusionMatrix, result.labels) : undefined,
    operatingPointsSection(result),
    perClassSection(result, medium),
    trendSection(result.trends),
    sweepSection(result, medium),
    slicesSection(result, medium),
    settingsSection(result),
  );
}

function metricsTable(result: EvaluateModelResult): Block {
  const confidence = `${formatPercent(result.settings.confidence)} interval`;
  const rows = Object.entries(result.metrics).map(([name, m]) => [cell(code(name)), cell(formatNumber(m.value), m.value), cell(formatInterval(m.ci), m.ci?.[0] ?? null), cell(intervalNote(m))]);
  return table([col('Metric'), col('Value', 'right'), col(confidence, 'center'), col('Interval method')], rows, { caption: 'Metrics', rowNoun: 'metrics' });
}

function intervalNote(m: MetricEntry): string {
  if (m.note) return m.ciMethod ? `${m.ciMethod}; ${m.note}` : m.note;
  return m.ciMethod ?? '—';
}

/** A sampled curve as a chart series: the points where it is defined, with its band where it has one. */
function series(name: string, curve: { x: readonly number[]; y: readonly (number | null)[]; lower?: readonly (number | null)[] | null; upper?: readonly (number | null)[] | null }, interpolation: 'linear' | 'step'): CurveSeries | undefined {
  const keep = curve.x.map((_, i) => i).filter((i) => curve.y[i] !== null && Number.isFinite(curve.y[i]));
  if (keep.length < 2) return undefined;
  const band = curve.lower && curve.upper && keep.every((i) => curve.lower![i] !== null && curve.upper![i] !== null);
  return {
    name,
    x: keep.map((i) => curve.x[i]),
    y: keep.map((i) => curve.y[i] as number),
    ...(band ? { lower: keep.map((i) => curve.lower![i] as number), upper: keep.map((i) => curve.upper![i] as number) } : {}),
    interpolation,
  };
}

function bandWords(method: string | null | undefined, confidence: number): string {
  return method ? `; the shaded band is the pointwise ${formatPercent(confidence)} ${method} interval` : '';
}

function curveCharts(result: EvaluateModelResult, medium: Medium): Block[] {
  const out: Block[] = [];
  const roc = result.curves?.roc ? series('model', result.curves.roc, 'linear') : undefined;
  if (roc && result.curves?.roc) {
    const auc = result.metrics.roc_auc?.value;
    out.push(
      chart({
        kind: 'curve',
        title: `ROC curve${auc !== undefined && auc !== null ? ` (AUC ${formatNumber(auc)})` : ''}`,
        description: `True positive rate against false positive rate at every threshold of the score${medium === 'page' ? bandWords(result.curves.roc.ciMethod, result.settings.confidence) : ''}; the diagonal is a model that guesses.`,
        xLabel: 'false positive rate',
        yLabel: 'true positive rate',
        series: [roc],
        guide: { kind: 'diagonal', label: 'chance' },
      }),
    );
  }
  const pr = result.curves?.pr ? series('model', result.curves.pr, 'step') : undefined;
  if (pr && result.curves?.pr) {
    const ap = result.metrics.average_precision?.value;
    out.push(
      chart({
        kind: 'curve',
        title: `Precision–recall curve${ap !== undefined && ap !== null ? ` (average precision ${formatNumber(ap)})` : ''}`,
        description: `Precision against recall at every threshold of the score, read as the step average precision integrates${medium === 'page' ? bandWords(result.curves.pr.ciMethod, result.settings.confidence) : ''}.`,
        xLabel: 'recall',
        yLabel: 'precision',
        series: [pr],
      }),
    );
  }
  return out;
}

function eceValue(ece: unknown): number | null {
  if (typeof ece === 'number') return ece;
  if (ece && typeof ece === 'object' && 'value' in ece) return (ece as { value: number | null }).value;
  return null;
}

function reliabilityChart(result: EvaluateModelResult, medium: Medium): Block | undefined {
  const c = result.calibration;
  if (!c) return undefined;
  const bins = c.reliability.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observed !== null);
  if (bins.length < 2) return undefined;
  const band = bins.every((b) => b.observedCi !== null);
  const ece = eceValue(c.ece);
  return chart({
    kind: 'curve',
    title: `Reliability diagram${ece !== null ? ` (ECE ${formatNumber(ece)}${c.mce !== null ? `, MCE ${formatNumber(c.mce)}` : ''})` : ''}`,
    description: `Observed frequency of the ${c.variant === 'top-label' ? 'top label being right' : 'positive class'} against the mean predicted probability, in ${formatCount(c.bins)} ${c.strategy === 'quantile' ? 'equal-mass' : 'equal-width'} bins (${formatCount(bins.length)} with rows)${medium === 'page' && band ? `; the band is each bin's ${formatPercent(result.settings.confidence)} Wilson interval` : ''}; the diagonal is perfect calibration.`,
    xLabel: 'mean predicted probability',
    yLabel: 'observed frequency',
    series: [
      {
        name: 'model',
        x: bins.map((b) => b.meanPredicted as number),
        y: bins.map((b) => b.observed as number),
        ...(band ? { lower: bins.map((b) => b.observedCi![0]), upper: bins.map((b) => b.observedCi![1]) } : {}),
        interpolation: 'linear' as const,
      },
    ],
    guide: { kind: 'diagonal', label: 'perfect calibration' },
  });
}

function confusionSection(matrix: number[][], labels: readonly string[]): Block[] {
  const heat = chart({
    kind: 'heatmap',
    title: 'Confusion matrix',
    description: `Rows are the true class, columns the predicted class; each cell counts the rows, shaded by its share of its row (the diagonal is each class's recall).`,
    rowLabel: 'true',
    columnLabel: 'predicted',
    rows: [...labels],
    columns: [...labels],
    values: matrix,
  });
  return labels.length <= 12 ? [heat] : [details(`Confusion matrix (${labels.length} classes)`, [heat])];
}

function withInterval(entry: { value: number | null; ci: [number, number] | null } | undefined): string {
  if (!entry) return '—';
  return entry.ci ? `${formatNumber(entry.value)} ${formatInterval(entry.ci)}` : formatNumber(entry.value);
}

/** The operating points the gates name: the metric with its interval and the threshold that achieves it. */
function operatingPointsSection(result: EvaluateModelResult): Block[] | undefined {
  const points = Object.entries(result.operatingPoints ?? {});
  if (points.length === 0) return undefined;
  const rows = points.map(([name, p]) => [
    cell(code(name)),
    cell(withInterval(p), p.value),
    cell(p.threshold === null ? '—' : `score ≥ ${formatNumber(p.threshold)}`, p.threshold),
    cell(formatInterval(p.thresholdCi), p.thresholdCi?.[0] ?? null),
    cell(formatNumber(p.precision), p.precision),
    cell(formatNumber(p.recall), p.recall),
    cell(p.note ?? ''),
  ]);
  return [
    heading(3, 'Operating points'),
    table([col('Operating point'), col('Value', 'right'), col('Threshold', 'right'), col('Threshold interval', 'right'), col('Precision', 'right'), col('Recall', 'right'), col('Note')], rows, { caption: 'Operating points' }),
  ];
}

function perClassSection(result: EvaluateModelResult, medium: Medium): Block[] | undefined {
  const classes = result.perClass;
  if (!classes || classes.length === 0) return undefined;
  const rows = classes.map((k) => [
    cell(value(k.label)),
    cell(formatCount(k.support), k.support),
    cell(formatCount(k.predicted), k.predicted),
    cell(withInterval(k.precision), k.precision.value),
    cell(withInterval(k.recall), k.recall.value),
    cell(withInterval(k.f1), k.f1.value),
    cell(withInterval(k.roc_auc), k.roc_auc.value),
  ]);
  const columns = [col('Class'), col('Support', 'right'), col('Predicted', 'right'), col('Precision', 'right'), col('Recall', 'right'), col('F1', 'right'), col('ROC AUC (one vs rest)', 'right')];
  const body = table(columns, rows, { foldAfter: medium === 'comment' ? CLASS_ROWS : undefined, rowNoun: 'classes', caption: 'Per-class metrics' });
  const worst = classes.filter((k) => k.recall.value !== null).length > 1 && medium === 'page' ? recallChart(classes, result.settings.confidence) : undefined;
  return [heading(3, 'Per class'), body, worst].filter((b): b is Block => b !== undefined);
}

function recallChart(classes: readonly ClassMetrics[], confidence: number): Block {
  const shown = classes.filter((k) => k.recall.value !== null);
  return chart({
    kind: 'bars',
    title: 'Recall per class',
    description: `Each class's recall (the share of its rows predicted as it) with its ${formatPercent(confidence)} Wilson interval.`,
    axisLabel: 'recall',
    items: shown.map((k) => ({ label: k.label, value: k.recall.value as number, lower: k.recall.ci?.[0] ?? null, upper: k.recall.ci?.[1] ?? null })),
    domain: [0, 1],
  });
}

function sweepSection(result: EvaluateModelResult, medium: Medium): Block | undefined {
  const sweep = result.thresholdSweep;
  if (!sweep || sweep.length === 0) return undefined;
  const rows = sweep.map((p) => [
    cell(formatNumber(p.threshold), p.threshold),
    cell(formatPercent(p.selectionRate), p.selectionRate),
    cell(formatNumber(p.precision), p.precision),
    cell(formatNumber(p.recall), p.recall),
    cell(formatNumber(p.f1), p.f1),
    cell(formatNumber(p.falsePositiveRate), p.falsePositiveRate),
    cell(`${formatCount(p.tp)} / ${formatCount(p.fp)} / ${formatCount(p.fn)} / ${formatCount(p.tn)}`),
  ]);
  const body = table([col('Threshold', 'right'), col('Selected', 'right'), col('Precision', 'right'), col('Recall', 'right'), col('F1', 'right'), col('FPR', 'right'), col('TP / FP / FN / TN', 'right')], rows, { caption: 'Threshold sweep' });
  const unit = sweep.every((p) => p.threshold >= 0 && p.threshold <= 1);
  const line = (name: string, pick: (p: SweepPoint) => number | null): CurveSeries | undefined => series(name, { x: sweep.map((p) => p.threshold), y: sweep.map(pick) }, 'linear');
  const lines = [line('precision', (p) => p.precision), line('recall', (p) => p.recall), line('F1', (p) => p.f1)].filter((s): s is CurveSeries => s !== undefined);
  const picture =
    medium === 'page' && unit && lines.length > 0
      ? chart({ kind: 'curve', title: 'Precision, recall and F1 by decision threshold', description: 'The hard-prediction metrics of the classifier score ≥ t, for each threshold t.', xLabel: 'threshold t (score ≥ t is positive)', yLabel: 'metric', series: lines })
      : undefined;
  return details(`Threshold sweep (${formatCount(sweep.length)} thresholds)`, [picture, body], medium === 'page');
}

/** The metric the slice charts show: the one a slice gate names, else the task's first slice metric. */
function sliceMetric(result: EvaluateModelResult, metrics: readonly string[]): string | undefined {
  for (const gate of result.gates) {
    const { metric, field } = subjectOf(gate, EVALUATION_GATES);
    if (field?.startsWith('slice') && metrics.includes(metric)) return metric;
  }
  return metrics[0];
}

function slicesSection(result: EvaluateModelResult, medium: Medium): Block[] | undefined {
  const columns = Object.keys(result.slices);
  if (columns.length === 0) return undefined;
  const metrics = METRICS.filter((m) => m.inSliceTable && m.tasks.includes(result.task)).map((m) => m.name);
  const headline = sliceMetric(result, metrics);
  const minRows = result.settings.minSliceRows;
  const parts: Block[] = [heading(3, 'Slices')];
  let small = false;
  for (const column of columns) {
    const entries = Object.entries(result.slices[column]).sort((a, b) => b[1].rows - a[1].rows);
    const rows = entries.map(([v, s]) => {
      small ||= s.belowMinRows === true;
      return [cell(value(v)), cell(s.belowMinRows ? `${formatCount(s.rows)} ⚠️` : formatCount(s.rows), s.rows), ...metrics.map((m) => cell(withInterval(s.metrics[m]), s.metrics[m]?.value ?? null))];
    });
    const gaps = result.columnGaps[column] ?? {};
    const gapRow = [cell(strong('largest gap')), cell(''), ...metrics.map((m) => cell(gaps[m] === undefined ? '—' : result.sliceGaps[m]?.column === column ? strong(formatNumber(gaps[m].gap)) : formatNumber(gaps[m].gap)))];
    parts.push(paragraph([strong(code(column))]));
    const charted = headline ? entries.filter(([, s]) => s.metrics[headline]?.value !== null && s.metrics[headline]?.value !== undefined) : [];
    if (headline && charted.length > 0) {
      const drawn = medium === 'comment' ? charted.slice(0, SLICE_ROWS) : charted;
      const gate = result.gates.find((g) => subjectOf(g, EVALUATION_GATES).metric === headline && subjectOf(g, EVALUATION_GATES).field?.startsWith('slice_m'));
      parts.push(
        chart({
          kind: 'bars',
          title: `${headline} by ${column}${drawn.length < charted.length ? ` (the ${drawn.length} largest of ${charted.length} values)` : ''}`,
          description: `${headline} in each value of ${column}, largest slices first, with its ${formatPercent(result.settings.confidence)} interval${gate ? `; the line is the gate ${gate.id}` : ''}.`,
          axisLabel: headline,
          items: drawn.map(([v, s]) => ({ label: v, value: s.metrics[headline].value as number, lower: s.metrics[headline].ci?.[0] ?? null, upper: s.metrics[headline].ci?.[1] ?? null })),
          ...(gate ? { threshold: { value: gate.threshold, label: 'gate' } } : {}),
        }),
      );
    }
    const slicesTable = table([col('Value'), col('Rows', 'right'), ...metrics.map((m) => col(m, 'right'))], [...rows, gapRow], { foldAfter: medium === 'comment' ? SLICE_ROWS : undefined, rowNoun: `values of ${column}`, caption: `Slices by ${column}` });
    parts.push(slicesTable);
    const fairness = result.fairness[column];
    if (fairness) {
      parts.push(
        paragraph([
          'Fairness by ',
          code(column),
          `: demographic parity difference ${formatNumber(fairness.demographicParityDifference)}, equal opportunity difference ${formatNumber(fairness.equalOpportunityDifference)}.`,
        ]),
      );
    }
  }
  if (small) parts.push(paragraph(`⚠️ fewer than ${formatCount(minRows)} rows (min-slice-rows): shown, but left out of the largest gaps, the slice gates and the fairness differences.`));
  return parts;
}

function settingsSection(result: EvaluateModelResult): Block {
  const items = [
    ['predictions: ', code(result.settings.predictions), ` (${formatCount(result.rows)} rows)`],
    `task: ${result.task} (${result.taskReason})`,
    result.positiveLabel !== null ? ['positive class: ', code(result.positiveLabel)] : undefined,
    `intervals: ${formatPercent(result.settings.confidence)}; bootstrap ${formatCount(result.settings.bootstrapSamples)} resamples, seed ${result.settings.seed}`,
    Object.keys(result.slices).length > 0 ? `slices of fewer than ${formatCount(result.settings.minSliceRows)} rows are not gated (min-slice-rows)` : undefined,
    result.curves ? 'curves: read on fixed grids (ROC at 28 false positive rates, precision–recall at 26 recalls); bands are pointwise, not simultaneous' : undefined,
    `an inconclusive gate counts as ${result.settings.inconclusive === 'fail' ? 'a failure' : 'a warning'} (inconclusive: ${result.settings.inconclusive})`,
  ].filter((l) => l !== undefined);
  return details('How these numbers were computed', [list(items)]);
}
