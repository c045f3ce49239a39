/**
 * The trend of each gated metric over recent runs (src/metrics/trend.ts), as a table with a
 * sparkline of the series: shared by evaluate-model and compare-champion.
 */
import type { MetricTrend } from '../metrics/trend.js';
import { cell, code, col, heading, table } from './document/build.js';
import type { Block, Cell } from './document/model.js';
import { formatCount, formatDelta, formatNumber } from './format.js';
import { sparkline } from './sparkline.js';

/** The "Trend over recent runs" section; none when the result has no trends. */
export function trendSection(trends: Readonly<Record<string, MetricTrend>> | null | undefined): Block[] | undefined {
  const entries = Object.entries(trends ?? {});
  if (entries.length === 0) return undefined;
  const rows: Cell[][] = entries.map(([metric, t]) => [
    cell(code(metric)),
    cell(formatCount(t.runs), t.runs),
    cell(t.min !== null && t.max !== null ? code(sparkline(t.series.map((p) => (p.value === null ? 0 : p.value - t.min! + (t.max! - t.min! || 1) * 0.05)))) : '—'),
    cell(formatNumber(t.baseline), t.baseline),
    cell(formatNumber(t.current), t.current),
    cell(formatDelta(t.trend), t.trend),
    cell(t.note ?? (t.slope !== null ? `${formatDelta(t.slope)} per run` : '—')),
  ]);
  return [
    heading(3, 'Trend over recent runs'),
    table([col('Metric'), col('Earlier runs', 'right'), col('Series, oldest → this run'), col('Median before', 'right'), col('This run', 'right'), col('Trend', 'right'), col('Slope or note')], rows, { caption: 'Trends' }),
  ];
}
