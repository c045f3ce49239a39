/**
 * Charts as a few lines of terminal text: bars of block characters (eighths, so ten bins fit in
 * 30 columns), a forest row per interval, a sparkline per curve. Enough to see the shape at the
 * prompt; the HTML report has the drawing.
 */
import type { ChartSpec, IntervalItem } from './charts.js';
import { formatInterval, formatNumber } from '../format.js';
import { sparkline } from '../sparkline.js';
import { grid, sampleCurve, sampleEcdf } from '../mermaid/sample.js';
import { displayWidth, pad, truncate } from './display-width.js';
import { controlPictures, visibleValue } from './visible.js';

export type Paint = (style: 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan', text: string) => string;

const BAR_WIDTH = 30;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar `value / max` of BAR_WIDTH columns, in eighths. */
export function bar(value: number, max: number, width = BAR_WIDTH): string {
  if (!(max > 0) || !(value > 0)) return '';
  const eighths = Math.round(Math.min(1, value / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

const clean = (s: string) => truncate(visibleValue(s), 32);

export function terminalChart(chart: Exclude<ChartSpec, { kind: 'heatmap' }>, paint: Paint): string {
  const head = `${paint('bold', controlPictures(chart.title))}\n${paint('dim', controlPictures(chart.description))}`;
  switch (chart.kind) {
    case 'bins': {
      const max = Math.max(0, ...chart.series.flatMap((s) => s.values));
      const labels = chart.bins.map(clean);
      const names = chart.series.map((s) => clean(s.name));
      const lw = Math.max(...labels.map(displayWidth));
      const nw = Math.max(...names.map(displayWidth));
      const rows = labels.flatMap((label, i) =>
        chart.series.map((s, k) => `  ${pad(k === 0 ? label : '', lw, 'left')}  ${pad(names[k], nw, 'left')}  ${paint(k === 0 ? 'cyan' : 'yellow', pad(bar(s.values[i], max), BAR_WIDTH, 'left'))} ${formatNumber(s.values[i])}`),
      );
      return [head, ...rows].join('\n');
    }
    case 'ecdf': {
      if (chart.series.length !== 2) return head;
      const [ref, cur] = chart.series;
      const all = [...ref.x, ...cur.x];
      const at = grid(Math.min(...all), Math.max(...all), 101);
      const a = sampleEcdf(ref.x, ref.p, at);
      const b = sampleEcdf(cur.x, cur.p, at);
      let widest = 0;
      for (let i = 0; i < at.length; i++) if (Math.abs(b[i] - a[i]) > Math.abs(b[widest] - a[widest])) widest = i;
      return `${head}\n  widest gap between the ECDFs: ${formatNumber(b[widest] - a[widest])} at x = ${formatNumber(at[widest])}`;
    }
    case 'curve': {
      const at = grid(0, 1, 21);
      const names = chart.series.map((s) => clean(s.name));
      const nw = Math.max(...names.map(displayWidth));
      // Sparkline heights are relative to the largest count: add a full-height sentinel so 1.0 is the top.
      const lines = chart.series.map((s, k) => `  ${pad(names[k], nw, 'left')}  ${paint('cyan', sparkline([...sampleCurve(s, at).map((y) => Math.max(0, y) + 1e-9), 1]).slice(0, -1))}  ${chart.yLabel} over ${chart.xLabel} 0 → 1`);
      return [head, ...lines].join('\n');
    }
    case 'intervals':
    case 'bars':
      return [head, ...forestRows(chart.items, chart.threshold?.value, chart.kind === 'bars', paint)].join('\n');
  }
}

/** One row per item: label, the interval as ├──●──┤ on a shared scale, the threshold as ┊, the numbers. */
function forestRows(items: readonly IntervalItem[], threshold: number | undefined, fromZero: boolean, paint: Paint): string[] {
  const values = items.flatMap((i) => [i.value, i.lower ?? i.value, i.upper ?? i.value]);
  if (threshold !== undefined) values.push(threshold);
  if (fromZero) values.push(0);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const at = (v: number) => Math.round(((v - lo) / span) * (BAR_WIDTH - 1));
  const labels = items.map((i) => clean(i.label));
  const lw = Math.max(...labels.map(displayWidth));
  return items.map((item, k) => {
    const row = Array.from({ length: BAR_WIDTH }, () => ' ');
    if (threshold !== undefined) row[at(threshold)] = '┊';
    const a = at(item.lower ?? item.value);
    const b = at(item.upper ?? item.value);
    for (let c = a; c <= b; c++) row[c] = '─';
    if (item.lower !== null) row[a] = '├';
    if (item.upper !== null) row[b] = '┤';
    row[at(item.value)] = '●';
    const interval = item.lower !== null && item.upper !== null ? ` ${formatInterval([item.lower, item.upper])}` : '';
    const beyond = threshold !== undefined && item.lower !== null && item.upper !== null && (item.lower > threshold || item.upper < threshold);
    return `  ${pad(labels[k], lw, 'left')}  ${paint(beyond ? 'cyan' : 'yellow', row.join(''))} ${formatNumber(item.value)}${interval}`;
  });
}
