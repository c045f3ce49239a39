/**
 * SVG charts on an x–y plane: side-by-side bars per bin (reference vs current), ECDF steps, and
 * curves with pointwise bands (ROC, precision–recall, reliability).
 */
import type { BinsChart, CurveChart, EcdfChart } from '../../document/charts.js';
import { formatNumber } from '../../format.js';
import { visibleValue } from '../../document/visible.js';
import { escapeHtml } from '../escape.js';
import { AXIS, GREY, PALETTE, TEXT, legend, linear, n, niceDomain, shortLabel, svgOpen, xAxis, yAxis, type Box } from './frame.js';

export function binsSvg(spec: BinsChart, id: string): string {
  const box: Box = { width: 640, height: 300, left: 56, right: 16, top: 30, bottom: 64 };
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const y = linear(niceDomain(0, max > 0 ? max : 1), [box.height - box.bottom, box.top]);
  const plotWidth = box.width - box.left - box.right;
  const band = plotWidth / Math.max(1, spec.bins.length);
  const barWidth = (band * 0.8) / spec.series.length;
  // Rotate bin labels when they do not fit under their band at about 7 px a character.
  const rotate = spec.bins.some((b) => [...b].length * 7 > band - 4);
  // One group per series carries the colour; each bar's tooltip names its bin and value.
  const bars = spec.series.map(
    (s, k) =>
      `<g fill="${PALETTE[k % PALETTE.length]}">${s.values
        .map((v, i) => {
          const x = box.left + i * band + band * 0.1 + k * barWidth;
          const top = y(Math.max(0, v));
          return `<rect class="mark" x="${n(x)}" y="${n(top)}" width="${n(barWidth)}" height="${n(box.height - box.bottom - top)}"><title>${escapeHtml(`${s.name}, ${spec.bins[i]}: ${formatNumber(v)}`)}</title></rect>`;
        })
        .join('')}</g>`,
  );
  const labels = spec.bins.map((b, i) => {
    const cx = box.left + (i + 0.5) * band;
    const ly = box.height - box.bottom + 14;
    const text = escapeHtml(shortLabel(visibleValue(b), 14));
    return rotate ? `<text transform="translate(${n(cx)} ${ly}) rotate(-35)">${text}</text>` : `<text x="${n(cx)}" y="${ly}">${text}</text>`;
  });
  const baseline = `<line x1="${box.left}" x2="${box.width - box.right}" y1="${box.height - box.bottom}" y2="${box.height - box.bottom}" stroke="${AXIS}"/>`;
 const xTitle = `<text x="${n(box.left + plotWidth / 2)}" y="${rotate ? box.height - 4 : box.height - box.bottom + 34}" text-anchor="middle" fill="${TEXT}">${escapeHtml(spec.xLabel)}</text>`;
  return `${svgOpen(id, box, spec.title, spec.description)}${yAxis(y, box, spec.yLabel)}<g class="marks">${bars.join('')}</g>${baseline}<g class="axis x-axis"><g fill="${AXIS}" text-anchor="${rotate ? 'end' : 'middle'}">${labels.join('')}</g>${xTitle}</g>${legend(
    spec.series.map((s, k) => ({ label: s.name, colour: PALETTE[k % PALETTE.length], shape: 'box' as const })),
    box,
  )}</svg>`;
}

export function ecdfSvg(spec: EcdfChart, id: string): string {
  const box: Box = { width: 640, height: 300, left: 56, right: 16, top: 30, bottom: 44 };
  const xs = spec.series.flatMap((s) => s.x);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  // The data's own extent (a little room either side): round ticks fall inside it.
  const pad = hi > lo ? (hi - lo) * 0.02 : 1;
  const x = linear([lo - pad, hi + pad], [box.left, box.width - box.right]);
  const y = linear([0, 1], [box.height - box.bottom, box.top]);
  const paths = spec.series.map((s, k) => {
    // A right-continuous step: flat at p[i-1] up to x[i], then up to p[i].
    let d = `M${n(x.range[0])} ${n(y(0))}`;
    for (let i = 0; i < s.x.length; i++) d += `H${n(x(s.x[i]))}V${n(y(s.p[i]))}`;
    d += `H${n(x.range[1])}`;
    return `<path class="mark" d="${d}" fill="none" stroke="${PALETTE[k % PALETTE.length]}" stroke-width="2"${k === 1 ? ' stroke-dasharray="6 3"' : ''}><title>${escapeHtml(s.name)}</title></path>`;
  });
  return `${svgOpen(id, box, spec.title, spec.description)}${xAxis(x, box, spec.xLabel)}${yAxis(y, box, 'share of values ≤ x')}<g class="marks">${paths.join('')}</g>${legend(
    spec.series.map((s, k) => ({ label: s.name, colour: PALETTE[k % PALETTE.length], shape: k === 1 ? ('dash' as const) : ('line' as const) })),
    box,
  )}</svg>`;
}

export function curveSvg(spec: CurveChart, id: string): string {
  const box: Box = { width: 420, height: 400, left: 56, right: 16, top: 30, bottom: 44 };
  const x = linear([0, 1], [box.left, box.width - box.right]);
  const y = linear([0, 1], [box.height - box.bottom, box.top]);
  const parts: string[] = [];
  const entries: { label: string; colour: string; shape: 'line' | 'dash' | 'box' }[] = [];
  if (spec.guide) {
    const g = spec.guide;
    const [y0, y1] = g.kind === 'diagonal' ? [0, 1] : [g.y, g.y];
    parts.push(`<line class="guide" x1="${n(x(0))}" x2="${n(x(1))}" y1="${n(y(y0))}" y2="${n(y(y1))}" stroke="${GREY}" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    entries.push({ label: g.label, colour: GREY, shape: 'dash' });
  }
  spec.series.forEach((s, k) => {
    const colour = PALETTE[k % PALETTE.length];
    const order = s.x.map((_, i) => i).sort((a, b) => s.x[a] - s.x[b] || s.y[a] - s.y[b]);
    const step = s.interpolation === 'step';
    if (s.lower && s.upper) {
      const lower = s.lower;
      const upper = s.upper;
      const top = order.map((i) => `${n(x(s.x[i]))} ${n(y(clamp(upper[i])))}`);
      const bottom = [...order].reverse().map((i) => `${n(x(s.x[i]))} ${n(y(clamp(lower[i])))}`);
      parts.push(`<path class="mark band" d="M${top.join('L')}L${bottom.join('L')}Z" fill="${colour}" fill-opacity="0.18" stroke="none"><title>${escapeHtml(`${s.name}: interval`)}</title></path>`);
    }
    let d = '';
    order.forEach((i, j) => {
      const px = n(x(s.x[i]));
      const py = n(y(clamp(s.y[i])));
      if (j === 0) d += `M${px} ${py}`;
      else if (step) d += `V${py}H${px}`;
      else d += `L${px} ${py}`;
    });
    parts.push(`<path class="mark" d="${d}" fill="none" stroke="${colour}" stroke-width="2"${k === 1 ? ' stroke-dasharray="6 3"' : ''}><title>${escapeHtml(s.name)}</title></path>`);
    entries.push({ label: s.name, colour, shape: k === 1 ? 'dash' : 'line' });
  });
  return `${svgOpen(id, box, spec.title, spec.description)}${xAxis(x, box, spec.xLabel)}${yAxis(y, box, spec.yLabel)}<g class="marks">${parts.join('')}</g>${legend(entries, box)}</svg>`;
}

function clamp(v: number): number {
  return Math.min(1, Math.max(0, v));
}
