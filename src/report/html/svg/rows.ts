/**
 * SVG charts with one row per item: the forest plot (a point with its interval against a
 * threshold) and horizontal bars with intervals (a slice metric). Rows keep long labels readable.
 */
import type { BarChart, IntervalChart, IntervalItem } from '../../document/charts.js';
import { formatInterval, formatNumber } from '../../format.js';
import { displayWidth } from '../../document/display-width.js';
import { visibleValue } from '../../document/visible.js';
import { escapeHtml } from '../escape.js';
import { AXIS, PALETTE, RED, TEXT, linear, n, niceDomain, shortLabel, svgOpen, xAxis, type Box } from './frame.js';

const ROW = 26;

export function intervalsSvg(spec: IntervalChart, id: string): string {
  return rowsSvg(spec, id, false, spec.threshold);
}

export function barsSvg(spec: BarChart, id: string): string {
  return rowsSvg(spec, id, true, spec.threshold, spec.domain);
}

function rowsSvg(spec: IntervalChart | BarChart, id: string, bars: boolean, threshold: { value: number; label: string } | undefined, domain?: readonly [number, number]): string {
  const labels = spec.items.map((i) => shortLabel(visibleValue(i.label), 28));
  // About 7 px a column at 12 px; display width counts CJK and emoji as two columns.
  const left = Math.min(230, 18 + Math.max(4, ...labels.map(displayWidth)) * 7);
  const box: Box = { width: 640, height: 30 + spec.items.length * ROW + 44, left, right: 24, top: 30, bottom: 44 };
  const values = spec.items.flatMap((i) => [i.value, i.lower ?? i.value, i.upper ?? i.value]);
  if (threshold) values.push(threshold.value);
  if (bars) values.push(0);
  const x = linear(domain ? [domain[0], domain[1]] : niceDomain(Math.min(...values), Math.max(...values)), [box.left, box.width - box.right]);
  const rows = spec.items.map((item, k) => {
    const cy = box.top + k * ROW + ROW / 2;
    const label = `<text x="${box.left - 8}" y="${n(cy + 4)}" text-anchor="end" fill="${TEXT}">${escapeHtml(labels[k])}${labels[k] !== item.label ? `<title>${escapeHtml(item.label)}</title>` : ''}</text>`;
    const tip = `<title>${escapeHtml(`${item.label}: ${formatNumber(item.value)}${item.lower !== null && item.upper !== null ? ` ${formatInterval([item.lower, item.upper])}` : ''}`)}</title>`;
    const bar = bars ? `<rect class="mark" x="${n(Math.min(x(0), x(item.value)))}" y="${n(cy - 8)}" width="${n(Math.abs(x(item.value) - x(0)))}" height="16" fill="${PALETTE[0]}">${tip}</rect>` : '';
    return `${label}${bar}${whisker(item, x, cy, bars)}${bars ? '' : `<circle class="mark" cx="${n(x(item.value))}" cy="${n(cy)}" r="5" fill="${PALETTE[0]}">${tip}</circle>`}`;
  });
  const t = threshold
    ? `<line class="threshold" x1="${n(x(threshold.value))}" x2="${n(x(threshold.value))}" y1="${box.top - 4}" y2="${box.height - box.bottom}" stroke="${RED}" stroke-width="1.5" stroke-dasharray="5 3"/><text x="${n(x(threshold.value))}" y="${box.top - 10}" text-anchor="middle" fill="${RED}">${escapeHtml(`${threshold.label} ${formatNumber(threshold.value)}`)}</text>`
    : '';
  return `${svgOpen(id, box, spec.title, spec.description)}${xAxis(x, box, spec.axisLabel)}<g class="marks">${rows.join('')}</g>${t}</svg>`;
}

/** The interval as a line with end caps; nothing when the item has none. */
function whisker(item: IntervalItem, x: (v: number) => number, cy: number, onBar: boolean): string {
  if (item.lower === null || item.upper === null) return '';
  const colour = onBar ? TEXT : AXIS;
  const a = n(x(item.lower));
  const b = n(x(item.upper));
  return `<g class="mark whisker" stroke="${colour}" stroke-width="1.5"><line x1="${a}" x2="${b}" y1="${n(cy)}" y2="${n(cy)}"/><line x1="${a}" x2="${a}" y1="${n(cy - 5)}" y2="${n(cy + 5)}"/><line x1="${b}" x2="${b}" y1="${n(cy - 5)}" y2="${n(cy + 5)}"/></g>`;
}
