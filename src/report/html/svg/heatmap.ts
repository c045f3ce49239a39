/**
 * A heat map of counts (a confusion matrix). Each cell is shaded by its share of its row (for a
 * confusion matrix: the share of a true class predicted as each class, so the diagonal reads as
 * recall whatever the class sizes) and shows its count in text whose colour keeps ≥ 4.5:1
 * contrast on the shade.
 */
import type { HeatmapChart } from '../../document/charts.js';
import { formatCount, formatPercent } from '../../format.js';
import { displayWidth } from '../../document/display-width.js';
import { visibleValue } from '../../document/visible.js';
import { escapeHtml } from '../escape.js';
import { AXIS, TEXT, n, shortLabel, svgOpen, type Box } from './frame.js';

const LIGHT = [246, 248, 250];
const DARK = [9, 105, 218];

export function heatmapSvg(spec: HeatmapChart, id: string): string {
  const cell = Math.max(28, Math.min(64, Math.floor(480 / Math.max(spec.columns.length, spec.rows.length))));
  const rowLabels = spec.rows.map((r) => shortLabel(visibleValue(r), 16));
  const left = 40 + Math.max(...rowLabels.map(displayWidth)) * 7;
  const box: Box = { width: left + spec.columns.length * cell + 16, height: 70 + spec.rows.length * cell + 24, left, right: 16, top: 70, bottom: 24 };
  const cells: string[] = [];
  spec.values.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    row.forEach((v, j) => {
      const share = total > 0 ? v / total : 0;
      const { rgb, ink } = shade(share);
      const fill = `rgb(${rgb.join(',')})`;
      const x = box.left + j * cell;
      const y = box.top + i * cell;
      cells.push(
        `<rect class="mark" x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${fill}"><title>${escapeHtml(`${spec.rowLabel} ${spec.rows[i]}, ${spec.columnLabel} ${spec.columns[j]}: ${formatCount(v)} (${formatPercent(share)} of the row)`)}</title></rect><text x="${n(x + cell / 2)}" y="${n(y + cell / 2 + 4)}" text-anchor="middle" fill="${ink}">${escapeHtml(formatCount(v))}</text>`,
      );
    });
  });
  const columnLabels = spec.columns.map((c, j) => `<text transform="translate(${n(box.left + (j + 0.5) * cell)} ${box.top - 6}) rotate(-35)" fill="${AXIS}">${escapeHtml(shortLabel(visibleValue(c), 12))}</text>`);
  const rowText = rowLabels.map((r, i) => `<text x="${box.left - 6}" y="${n(box.top + (i + 0.5) * cell + 4)}" text-anchor="end" fill="${AXIS}">${escapeHtml(r)}</text>`);
  const titles = `<text x="${box.left}" y="14" fill="${TEXT}">${escapeHtml(`${spec.columnLabel} →`)}</text><text transform="translate(14 ${n(box.top + (spec.rows.length * cell) / 2)}) rotate(-90)" text-anchor="middle" fill="${TEXT}">${escapeHtml(`${spec.rowLabel} →`)}</text>`;
  return `${svgOpen(id, box, spec.title, spec.description)}${titles}<g class="axis">${columnLabels.join('')}${rowText.join('')}</g><g class="marks">${cells.join('')}</g></svg>`;
}

const INK_DARK = [31, 35, 40];

/**
 * The cell colour for a share and the text colour that reads on it. Between the shades where dark
 * text still has 4.5:1 and those where white text has, no text colour passes: the ramp skips that
 * band (a share there takes the first darker shade where white text passes).
 */
export function shade(share: number): { rgb: number[]; ink: string } {
  for (let t = Math.min(1, Math.max(0, share)); ; t = Math.min(1, t + 0.01)) {
    const rgb = LIGHT.map((c, k) => Math.round(c + (DARK[k] - c) * t));
    if (contrast(rgb, INK_DARK) >= 4.5) return { rgb, ink: TEXT };
    if (contrast(rgb, [255, 255, 255]) >= 4.5 || t >= 1) return { rgb, ink: '#ffffff' };
  }
}

/** WCAG contrast ratio of two sRGB colours (0–255 channels). */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
