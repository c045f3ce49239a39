/**
 * Mermaid charts from chart specs (src/report/document/charts.ts), for the PR comment and job
 * summary. Each builder returns the block's source and legend lines (plain text, escaped by the
 * markdown backend): xychart has no legend, so the series are named by colour and mark there.
 *
 * Design within xychart's limits (categorical or evenly spaced x, no error bars, no gaps):
 * - bins: short x labels (`q1…q10`, or the bin labels when they are short) with the bin ranges
 *   in the legend, so labels never overlap; the first series as bars, the others as lines.
 * - ecdf: the difference current − reference of the two ECDFs on up to 33 even points across
 *   the pooled range (a power-of-two step, see {@link CURVE_POINTS}), against a zero line — one curve that shows where and how far the
 *   distributions part, which two nearly equal CDFs would hide.
 * - curve: each series read on 33 even points of [0, 1] (see sample.ts); bands are drawn only
 *   in the HTML report (two more lines per series would be unreadable without a legend).
 * - intervals (forest) and bars: horizontal, one row per item so labels stay readable; the
 *   interval drawn with overlapping bars (see rowsChart), the threshold as a constant line.
 * Heat maps have no Mermaid form (the markdown backend writes a table).
 */
import type { BarChart, BinsChart, ChartSpec, CurveChart, EcdfChart, IntervalChart } from '../document/charts.js';
import { formatNumber } from '../format.js';
import { grid, sampleCurve, sampleEcdf } from './sample.js';
import { COLOUR_WORD, niceCeil, writeXyChart, type ColourName, type XyPlot } from './xychart.js';

export interface MermaidChart {
  /** The source inside the ```mermaid fence. */
  readonly source: string;
  /** Lines that say what each mark is and what each short label stands for. */
  readonly legend: readonly string[];
}

/**
 * Points a curve is read on: 0, 1/32, …, 1. Mermaid (11.12) rebuilds a numeric x-axis's positions
 * by adding (max − min) / (n − 1) to min in floating point and stops when the sum passes max, so
 * with a step such as 0.05 the sum overshoots 1 and the last point is silently dropped. A step
 * that is a power of two (and a min that is a multiple of it) adds up exactly.
 */
export const CURVE_POINTS = 33;

/** At most this many points in the ECDF difference (its step is a power of two, see {@link dyadicGrid}). */
export const ECDF_MAX_POINTS = 33;

/** Labels longer than this (or than their share of {@link LABELS_BUDGET}), or all together longer than the budget, become q1…qn. */
const SHORT_LABEL = 8;
const LABELS_BUDGET = 60;

type DrawableSpec = Exclude<ChartSpec, { kind: 'heatmap' }>;

export function mermaidChart(spec: DrawableSpec): MermaidChart {
  switch (spec.kind) {
    case 'bins':
      return binsChart(spec);
    case 'ecdf':
      return ecdfDifferenceChart(spec);
    case 'curve':
      return curveChart(spec);
    case 'intervals':
      return intervalChart(spec);
    case 'bars':
      return barChart(spec);
  }
}

const SERIES_COLOURS: ColourName[] = ['blue', 'orange', 'red'];

export function binsChart(spec: BinsChart): MermaidChart {
  if (spec.series.length === 0 || spec.series.length > 3) throw new Error(`chart "${spec.title}": 1–3 series, got ${spec.series.length}`);
  // Each label gets an even share of the budget (a few bins may have longer labels than ten can).
  const perLabel = Math.max(SHORT_LABEL, Math.min(24, Math.floor(LABELS_BUDGET / spec.bins.length) - 2));
  const useShort = spec.bins.some((b) => [...b].length > perLabel) || spec.bins.reduce((n, b) => n + [...b].length + 2, 0) > LABELS_BUDGET;
  const labels = useShort ? spec.bins.map((_, i) => `${shortPrefix(spec.xLabel)}${i + 1}`) : [...spec.bins];
  const top = niceCeil(Math.max(0, ...spec.series.flatMap((s) => s.values)));
  const plots: XyPlot[] = spec.series.map((s, i) => ({ type: i === 0 ? 'bar' : 'line', colour: SERIES_COLOURS[i], values: s.values }));
  const marks = spec.series.map((s, i) => `${i === 0 ? `${COLOUR_WORD[SERIES_COLOURS[i]]} bars` : `${COLOUR_WORD[SERIES_COLOURS[i]]} line`}: ${s.name}`);
  const legend = [marks.join(', ')];
  if (useShort) legend.push(spec.bins.map((b, i) => `${labels[i]} ${b}`).join(', '));
  const source = writeXyChart({
    title: spec.title,
    description: spec.description,
    x: { kind: 'band', title: spec.xLabel, labels },
    y: { title: spec.yLabel, min: 0, max: top },
    plots,
  });
  return { source, legend };
}

/** `q` for quantile bins, `b` otherwise. */
function shortPrefix(xLabel: string): string {
  return /quantile/i.test(xLabel) ? 'q' : 'b';
}

export function ecdfDifferenceChart(spec: EcdfChart): MermaidChart {
  if (spec.series.length !== 2) throw new Error(`chart "${spec.title}": the ECDF difference needs two series (reference, current), got ${spec.series.length}`);
  const [reference, current] = spec.series;
  const all = [...reference.x, ...current.x];
  const at = dyadicGrid(Math.min(...all), Math.max(...all), ECDF_MAX_POINTS);
  const min = at[0];
  const max = at[at.length - 1];
  const ref = sampleEcdf(reference.x, reference.p, at);
  const cur = sampleEcdf(current.x, current.p, at);
  const diff = at.map((_, i) => cur[i] - ref[i]);
  let widest = 0;
  for (let i = 1; i < diff.length; i++) if (Math.abs(diff[i]) > Math.abs(diff[widest])) widest = i;
  const span = niceCeil(Math.max(0.05, Math.abs(diff[widest])));
  const source = writeXyChart({
    title: spec.title,
    description: spec.description,
    x: { kind: 'range', title: spec.xLabel, min, max },
    y: { title: `${current.name} − ${reference.name}`, min: -span, max: span },
    plots: [
      { type: 'line', colour: 'grey', values: at.map(() => 0) },
      { type: 'line', colour: 'blue', values: diff },
    ],
  });
  const legend = [
    `blue line: share of ${current.name} values ≤ x minus share of ${reference.name} values ≤ x; grey: no difference`,
    `widest gap on this grid ${formatNumber(diff[widest])} at x = ${formatNumber(at[widest])}`,
  ];
  return { source, legend };
}

export function curveChart(spec: CurveChart): MermaidChart {
  if (spec.series.length === 0 || spec.series.length > 3) throw new Error(`chart "${spec.title}": 1–3 curves, got ${spec.series.length}`);
  const at = grid(0, 1, CURVE_POINTS);
  const plots: XyPlot[] = [];
  const marks: string[] = [];
  if (spec.guide) {
    const guide = spec.guide;
    plots.push({ type: 'line', colour: 'grey', values: at.map((x) => (guide.kind === 'diagonal' ? x : guide.y)) });
    marks.push(`grey: ${guide.label}`);
  }
  spec.series.forEach((s, i) => {
    plots.push({ type: 'line', colour: SERIES_COLOURS[i], values: sampleCurve(s, at).map(clamp01) });
    marks.push(`${COLOUR_WORD[SERIES_COLOURS[i]]}: ${s.name}`);
  });
  const legend = [marks.join(', '), `read at ${CURVE_POINTS} even points of x${spec.series.some((s) => s.lower || s.upper) ? '; intervals are in the HTML report' : ''}`];
  const source = writeXyChart({ title: spec.title, description: spec.description, x: { kind: 'range', title: spec.xLabel, min: 0, max: 1 }, y: { title: spec.yLabel, min: 0, max: 1 }, plots });
  return { source, legend };
}

export function intervalChart(spec: IntervalChart): MermaidChart {
  return rowsChart(spec, spec.threshold, false);
}

export function barChart(spec: BarChart): MermaidChart {
  return rowsChart(spec, spec.threshold, true, spec.domain);
}

/**
 * One row per item, horizontal, so labels stay readable. xychart draws every bar from the axis
 * start and lets later bars cover earlier ones; an interval is drawn with that:
 * - forest (`intervals`): a light-blue bar to the upper bound, a blue bar to the point, then a
 *   white bar to the lower bound that hides everything left of it — what remains is the interval,
 *   blue from lower to point and light blue from point to upper; an item without an interval
 *   keeps a sliver at its point;
 * - bars: the same three bars without the white one: dark blue up to the lower bound, blue to the
 *   value, light blue to the upper bound (a bar that starts at zero, its uncertain end lighter).
 * The threshold is a red line (a constant series).
 */
function rowsChart(spec: IntervalChart | BarChart, threshold: { value: number; label: string } | undefined, bars: boolean, domain?: readonly [number, number]): MermaidChart {
  if (spec.items.length === 0) throw new Error(`chart "${spec.title}" has no items`);
  const values = [...spec.items.flatMap((it) => [it.value, it.lower ?? it.value, it.upper ?? it.value]), ...(threshold ? [threshold.value] : [])];
  const [min, max] = domain ?? axisRange(values, bars);
  const sliver = (max - min) * 0.006;
  const hasInterval = (it: { lower: number | null; upper: number | null }) => it.lower !== null && it.upper !== null;
  const lower = spec.items.map((it) => (hasInterval(it) ? it.lower! : bars ? it.value : it.value - sliver));
  const upper = spec.items.map((it) => (hasInterval(it) ? it.upper! : bars ? it.value : it.value + sliver));
  const point = spec.items.map((it) => it.value);
  if (bars && !spec.items.some(hasInterval)) {
    // Plain bars: one series, nothing to explain about bounds.
    const plain: XyPlot[] = [{ type: 'bar', colour: 'blue', values: point }];
    const marks = [`blue bars: ${spec.axisLabel}`];
    if (threshold) {
      plain.push({ type: 'line', colour: 'red', values: spec.items.map(() => threshold.value) });
      marks.push(`red line: ${threshold.label} (${formatNumber(threshold.value)})`);
    }
    const source = writeXyChart({ title: spec.title, description: spec.description, horizontal: true, height: Math.min(900, 110 + 42 * spec.items.length), x: { kind: 'band', labels: spec.items.map((i) => i.label) }, y: { title: spec.axisLabel, min, max }, plots: plain });
    return { source, legend: [marks.join('; ')] };
  }
  const plots: XyPlot[] = [
    { type: 'bar', colour: 'lightBlue', values: upper },
    { type: 'bar', colour: 'blue', values: point },
    { type: 'bar', colour: bars ? 'darkBlue' : 'white', values: lower },
  ];
  const marks = bars
    ? [`bars: ${spec.axisLabel} — dark blue to the interval's lower bound, blue to the value, light blue to the upper bound`]
    : [`${spec.axisLabel}: each bar spans the interval, blue from the lower bound to the value, light blue from the value to the upper bound`];
  if (threshold) {
    plots.push({ type: 'line', colour: 'red', values: spec.items.map(() => threshold.value) });
    marks.push(`red line: ${threshold.label} (${formatNumber(threshold.value)})`);
  }
  const noInterval = spec.items.filter((it) => !hasInterval(it)).map((it) => it.label);
  const legend = [marks.join('; ')];
  if (noInterval.length > 0) legend.push(`no interval: ${noInterval.join(', ')}`);
  const source = writeXyChart({
    title: spec.title,
    description: spec.description,
    horizontal: true,
    height: Math.min(900, 110 + 42 * spec.items.length),
    x: { kind: 'band', labels: spec.items.map((i) => i.label) },
    y: { title: spec.axisLabel, min, max },
    plots,
  });
  return { source, legend };
}

/**
 * Even positions covering [lo, hi] whose step is a power of two and whose first value is a
 * multiple of it, at most `maxPoints` of them: Mermaid's float accumulation then hits every one.
 * @example dyadicGrid(0.3, 1.1, 9) // [0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1, 1.125]
 */
export function dyadicGrid(lo: number, hi: number, maxPoints: number): number[] {
  const span = hi > lo ? hi - lo : 1;
  let step = 2 ** Math.ceil(Math.log2(span / (maxPoints - 2)));
  let start = Math.floor(lo / step) * step;
  while (Math.ceil((hi - start) / step) + 1 > maxPoints) {
    step *= 2;
    start = Math.floor(lo / step) * step;
  }
  const count = Math.max(2, Math.ceil((hi - start) / step) + 1);
  return Array.from({ length: count }, (_, i) => start + i * step);
}

/** An axis from the data with a little room; bars start at zero unless a value is negative. */
function axisRange(values: readonly number[], fromZero: boolean): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (fromZero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  const min = fromZero && lo === 0 ? 0 : roundDown(lo - pad, hi - lo + 2 * pad);
  const max = roundUp(hi + pad, hi - lo + 2 * pad);
  return [min, max];
}

function roundDown(v: number, span: number): number {
  const unit = 10 ** Math.floor(Math.log10(span) - 1);
  return Math.floor(v / unit) * unit;
}

function roundUp(v: number, span: number): number {
  const unit = 10 ** Math.floor(Math.log10(span) - 1);
  return Math.ceil(v / unit) * unit;
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}
