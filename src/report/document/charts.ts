/**
 * Charts as plain data. A chart node in a document holds one of these; each backend draws it in
 * its own medium: Mermaid `xychart-beta` in markdown (src/report/mermaid/), inline SVG in the
 * HTML page (src/report/html/svg/), a few lines of text in the terminal. The numbers are computed
 * by the action (bins, curve points, intervals); a chart only draws what it is given.
 *
 * Every chart has a `title` (shown above it) and a `description`: one or two sentences saying
 * what it shows, used as the SVG `<desc>`, Mermaid's `accDescr` and the terminal's line.
 */
import { formatNumber } from '../format.js';

interface ChartBase {
  readonly title: string;
  readonly description: string;
}

/** Two (or a few) comparable series over the same labelled bins: reference vs current shares. */
export interface BinsChart extends ChartBase {
  readonly kind: 'bins';
  /** What each bin holds, as a reader sees it ("10.2–12.5", "DE"). */
  readonly bins: readonly string[];
  /** 1–3 series, one value per bin. The first is drawn as bars in Mermaid, the others as lines. */
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  readonly xLabel: string;
  readonly yLabel: string;
}

/** Empirical CDFs as step points (x ascending, p the share of values ≤ x), thinned by the caller. */
export interface EcdfChart extends ChartBase {
  readonly kind: 'ecdf';
  readonly xLabel: string;
  /** Exactly two series (reference first) for the Mermaid difference view; 1–3 in SVG. */
  readonly series: readonly { readonly name: string; readonly x: readonly number[]; readonly p: readonly number[] }[];
}

export interface CurveSeries {
  readonly name: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** A pointwise band (same length as x), e.g. a bootstrap or DeLong interval. */
  readonly lower?: readonly number[];
  readonly upper?: readonly number[];
  /**
   * How to read between points: `linear` (ROC, reliability) or `step` (precision–recall: at
   * recall r, the precision of the first point whose recall reaches r — the step scikit-learn's
   * average_precision integrates — never a straight line between points, which overstates PR).
   */
  readonly interpolation?: 'linear' | 'step';
}

/** Curves on the unit square: ROC, precision–recall, a reliability diagram. */
export interface CurveChart extends ChartBase {
  readonly kind: 'curve';
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly CurveSeries[];
  /** A grey guide: `diagonal` (chance for ROC, perfect calibration for reliability), or a horizontal line at y (PR base rate). */
  readonly guide?: { readonly kind: 'diagonal'; readonly label: string } | { readonly kind: 'horizontal'; readonly y: number; readonly label: string };
}

export interface IntervalItem {
  readonly label: string;
  readonly value: number;
  /** Interval bounds; null when the quantity has no interval. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** A forest plot: one point with its interval per item, against a threshold. */
export interface IntervalChart extends ChartBase {
  readonly kind: 'intervals';
  readonly axisLabel: string;
  readonly items: readonly IntervalItem[];
  readonly threshold?: { readonly value: number; readonly label: string };
}

/** A bar per item (a slice's metric), with an optional interval and reference line. */
export interface BarChart extends ChartBase {
  readonly kind: 'bars';
  readonly axisLabel: string;
  readonly items: readonly IntervalItem[];
  readonly threshold?: { readonly value: number; readonly label: string };
  /** The value axis; defaults to [0, max] (bars start at zero). */
  readonly domain?: readonly [number, number];
}

/** A matrix of counts (a confusion matrix): rows × columns. Mermaid has no heat map: markdown shows it as a table. */
export interface HeatmapChart extends ChartBase {
  readonly kind: 'heatmap';
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/**
 * Labels for bins cut at `edges` (n edges → n + 1 bins, the outer two open-ended, left-closed),
 * numbers formatted as everywhere else; what a {@link BinsChart} of reference-quantile bins takes.
 * @example binLabels([10.25, 12]) // ["< 10.25", "10.25–12", "≥ 12"]
 */
export function binLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [`< ${formatNumber(edges[0])}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${formatNumber(edges[i - 1])}–${formatNumber(edges[i])}`);
  labels.push(`≥ ${formatNumber(edges[edges.length - 1])}`);
  return labels;
}

export type ChartSpec = BinsChart | EcdfChart | CurveChart | IntervalChart | BarChart | HeatmapChart;

/**
 * Thins a sorted sample into at most `maxPoints` ECDF step points (x, share ≤ x), keeping the
 * first and last value; what an {@link EcdfChart} series takes.
 * @example ecdfPoints([1, 2, 2, 3], 10) // { x: [1, 2, 3], p: [0.25, 0.75, 1] }
 */
export function ecdfPoints(sorted: ArrayLike<number>, maxPoints = 200): { x: number[]; p: number[] } {
  const n = sorted.length;
  const x: number[] = [];
  const p: number[] = [];
  if (n === 0) return { x, p };
  // Distinct values with the share at or below each; then every k-th, so the steps stay faithful at the chosen resolution.
  const xs: number[] = [];
  const ps: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && sorted[i + 1] === sorted[i]) continue;
    xs.push(sorted[i]);
    ps.push((i + 1) / n);
  }
  const step = Math.max(1, Math.ceil(xs.length / maxPoints));
  for (let i = 0; i < xs.length; i += step) {
    x.push(xs[i]);
    p.push(ps[i]);
  }
  if (x[x.length - 1] !== xs[xs.length - 1]) {
    x.push(xs[xs.length - 1]);
    p.push(1);
  }
  return { x, p };
}
