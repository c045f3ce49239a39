/**
 * A metric's trend across runs (the `history` input: the result JSON of the last N successful runs
 * on the default branch), for the report (a sparkline with first/last) and the gate
 * `<metric>.trend`.
 *
 * Definition: given the previous runs' values v_1 … v_n (oldest first; runs where the metric was
 * missing or null are skipped and counted) and the current run's value c,
 *   trend = c − median(v_1 … v_n),
 * the change of this run against the typical recent value, in the metric's own unit (median as
 * numpy.median: the mean of the two middle values for an even n). The median, not the mean or the
 * last value, so that one broken or lucky run in the window does not move the baseline; a slow
 * decline still shows, since the median lags it by about half the window. A gate reads
 * `roc_auc.trend >= -0.01` ("no more than one point below the recent typical value") or, for a
 * loss, `log_loss.trend <= 0.02`; the direction is the gate's, as for any metric.
 * `relativeTrend` = trend / |median| (null when the median is 0) for gates written in percent.
 * `slope` is the Theil–Sen slope per run over the previous runs and the current one, run
 * positions as x (as scipy.stats.theilslopes(values, positions).slope): a robust drift rate, for
 * the report, not a gate.
 *
 * Domain: finite values or null. Undefined (null with a note) without a current value or without
 * an earlier value.
 * @example metricTrend([{ runId: '1', value: 0.91 }, { runId: '2', value: 0.93 }, { runId: '3', value: 0.92 }], { runId: '4', value: 0.9 }).trend
 * // -0.020000000000000018  (0.9 − median(0.91, 0.93, 0.92))
 */

/** One run's value of the metric. */
export interface TrendPoint {
  /** The run (GitHub run id, or any label). */
  runId: string;
  /** When it ran (ISO 8601), for the report. */
  time?: string;
  /** null or absent: the run did not have the metric. */
  value: number | null;
}

export interface MetricTrend {
  /** current − median(previous); the value of the gate `<metric>.trend`. */
  trend: number | null;
  /** trend / |baseline|. */
  relativeTrend: number | null;
  /** median of the previous values. */
  baseline: number | null;
  current: number | null;
  /** Previous runs with a value, and those without one. */
  runs: number;
  skipped: number;
  /** Theil–Sen slope per run (previous and current points). */
  slope: number | null;
  /** First and last values of the series (the oldest value, the current one), min and max, for the sparkline. */
  first: number | null;
  last: number | null;
  min: number | null;
  max: number | null;
  /** The series, oldest first, the current run last. */
  series: TrendPoint[];
  note?: string;
}

/**
 * The trend of a metric.
 * @param history the previous runs, oldest first.
 * @param current this run.
 * @throws RangeError for a value that is neither null nor a finite number.
 */
export function metricTrend(history: readonly TrendPoint[], current: TrendPoint): MetricTrend {
  const series = [...history, current].map((p) => ({ ...p, value: p.value ?? null }));
  for (const point of series) {
    if (point.value !== null && !Number.isFinite(point.value)) throw new RangeError(`run ${point.runId}: the value ${point.value} is not a finite number`);
  }
  const previous = series.slice(0, -1).flatMap((p) => (p.value === null ? [] : [p.value]));
  const skipped = history.length - previous.length;
  const c = series[series.length - 1].value;
  const valued = series.flatMap((p, position) => (p.value === null ? [] : [{ x: position, y: p.value }]));
  const values = valued.map((p) => p.y);
  const base: MetricTrend = {
    trend: null,
    relativeTrend: null,
    baseline: previous.length > 0 ? median(previous) : null,
    current: c,
    runs: previous.length,
    skipped,
    slope: valued.length >= 2 ? theilSenSlope(valued) : null,
    first: values.length > 0 ? values[0] : null,
    last: c,
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    series,
  };
  if (c === null) return { ...base, note: 'undefined: this run has no value of the metric' };
  if (base.baseline === null) return { ...base, note: `undefined: no earlier run has a value of the metric${skipped > 0 ? ` (${skipped} without it)` : ''}` };
  const trend = c - base.baseline;
  return { ...base, trend, relativeTrend: base.baseline === 0 ? null : trend / Math.abs(base.baseline) };
}

/** numpy.median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >>> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of the slopes (y_j − y_i)/(x_j − x_i) over all pairs with x_i < x_j (scipy.stats.theilslopes). */
function theilSenSlope(points: readonly { x: number; y: number }[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) slopes.push((points[j].y - points[i].y) / (points[j].x - points[i].x));
  }
  return median(slopes);
}
