/**
 * The parts every SVG chart shares: scales, round ticks, axes, a legend, the `<svg>` element with
 * its `<title>`/`<desc>`. Our own small SVG rather than a charting library: the output is a
 * deterministic string (snapshot-testable, the same bytes every run), there is no DOM shim or
 * megabyte bundle in the action (a 2,000-column report draws 4,000 charts, so bytes per chart
 * matter), and the accessibility markup is ours to get right.
 *
 * Colours are chosen for contrast on the white page (WCAG 1.4.11, ≥ 3:1 for graphics; text
 * ≥ 4.5:1): blue #0969da 5.2:1, orange #bc4c00 5.0:1, red #cf222e 5.4:1, grey #6e7781 4.6:1,
 * text #1f2328 15.8:1. Every drawn datum carries class `mark` (the browser tests count them).
 */
import { formatNumber } from '../../format.js';
import { escapeHtml } from '../escape.js';

export const PALETTE = ['#0969da', '#bc4c00', '#8250df'] as const;
export const GREY = '#6e7781';
export const RED = '#cf222e';
export const TEXT = '#1f2328';
export const AXIS = '#57606a';

export interface Scale {
  (v: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linear(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Scale;
  return Object.assign(f, { domain, range });
}

/**
 * About `count` round tick values covering [lo, hi] (steps of 1, 2 or 5 times a power of ten).
 * @example ticks(0, 1, 5) // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  // Each tick as a multiple of the step (never a running sum, whose rounding turns 0 into -1.4e-17).
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) out.push(k === 0 ? 0 : Number((k * step).toPrecision(12)));
  return out;
}

/** A domain extended to round ticks. */
export function niceDomain(lo: number, hi: number, count = 5): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const t = ticks(lo, hi, count);
  const step = t.length > 1 ? t[1] - t[0] : hi - lo;
  return [Math.min(lo, Math.floor(lo / step + 1e-9) * step), Math.max(hi, Math.ceil(hi / step - 1e-9) * step)];
}

/** Coordinates with one decimal: a tenth of a pixel is below what a screen shows, and 4,000 charts stay small. */
export function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export function svgOpen(id: string, box: Box, title: string, description: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="system-ui, sans-serif" font-size="12"><title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>`;
}

/**
 * A horizontal value axis at the bottom: grid lines and tick labels (their shared attributes on
 * the group, so a chart repeats none), the axis line, its label.
 */
export function xAxis(x: Scale, box: Box, label: string, format: (v: number) => string = formatNumber, tickCount = 5): string {
  const y = box.height - box.bottom;
  const at = ticks(x.domain[0], x.domain[1], tickCount);
  const grid = at.map((t) => `<line x1="${n(x(t))}" x2="${n(x(t))}" y1="${box.top}" y2="${y}"/>`).join('');
  const labels = at.map((t) => `<text x="${n(x(t))}" y="${y + 16}">${escapeHtml(format(t))}</text>`).join('');
  return `<g class="axis x-axis"><g stroke="#d0d7de">${grid}</g><g fill="${AXIS}" text-anchor="middle">${labels}</g><line x1="${box.left}" x2="${box.width - box.right}" y1="${y}" y2="${y}" stroke="${AXIS}"/><text x="${n((box.left + box.width - box.right) / 2)}" y="${box.height - 6}" text-anchor="middle" fill="${TEXT}">${escapeHtml(label)}</text></g>`;
}

/** A vertical value axis on the left: grid lines, tick labels, the axis line, its label (rotated). */
export function yAxis(y: Scale, box: Box, label: string, format: (v: number) => string = formatNumber, tickCount = 5): string {
  const at = ticks(y.domain[0], y.domain[1], tickCount);
  const grid = at.map((t) => `<line x1="${box.left}" x2="${box.width - box.right}" y1="${n(y(t))}" y2="${n(y(t))}"/>`).join('');
  const labels = at.map((t) => `<text x="${box.left - 6}" y="${n(y(t) + 4)}">${escapeHtml(format(t))}</text>`).join('');
  const mid = (box.top + box.height - box.bottom) / 2;
  return `<g class="axis y-axis"><g stroke="#d0d7de">${grid}</g><g fill="${AXIS}" text-anchor="end">${labels}</g><line x1="${box.left}" x2="${box.left}" y1="${box.top}" y2="${box.height - box.bottom}" stroke="${AXIS}"/><text transform="translate(14 ${n(mid)}) rotate(-90)" text-anchor="middle" fill="${TEXT}">${escapeHtml(label)}</text></g>`;
}

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly shape: 'box' | 'line' | 'dash';
}

/** A one-line legend across the top. Widths are estimated (7 px a character): no layout engine here. */
export function legend(entries: readonly LegendEntry[], box: Box): string {
  let x = box.left;
  const items = entries.map((e) => {
    const swatch =
      e.shape === 'box'
        ? `<rect x="${x}" y="6" width="12" height="12" fill="${e.colour}"/>`
        : `<line x1="${x}" x2="${x + 14}" y1="12" y2="12" stroke="${e.colour}" stroke-width="2.5"${e.shape === 'dash' ? ' stroke-dasharray="4 3"' : ''}/>`;
    const text = `<text x="${x + 18}" y="16" fill="${TEXT}">${escapeHtml(e.label)}</text>`;
    x += 30 + Math.min(40, [...e.label].length) * 7;
    return swatch + text;
  });
  return `<g class="legend">${items.join('')}</g>`;
}

/** Cuts a label to `max` characters for drawing; the full text goes into a `<title>` beside it. */
export function shortLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
