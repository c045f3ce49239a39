/**
 * Writes one Mermaid `xychart-beta` block. The grammar has a categorical ("band") or numeric
 * ("range") x-axis, a numeric y-axis, and `bar` / `line` series whose values are placed evenly
 * along x — there are no legends, error bars or gaps. The builders beside this file design
 * within that; this file only writes valid source: every label through {@link chartText},
 * every number through {@link mermaidNumber}, the colours in an init directive (which GitHub
 * honours) so a legend line can name them, and `accTitle` / `accDescr` for screen readers. The
 * directive pins a white background and dark text as well: the chart reads the same in GitHub's
 * light and dark themes, and a white bar can hide the part of another bar below an interval
 * (the forest view in index.ts).
 */
import { chartText, chartValue, exactNumber, mermaidNumber } from './text.js';

/** Series colours, named in the legend lines; mid-tones that read on GitHub's light and dark backgrounds. */
export const COLOUR = {
  blue: '#0969da',
  orange: '#d4630b',
  grey: '#8c959f',
  red: '#cf222e',
  lightBlue: '#80ccff',
  darkBlue: '#0a3069',
  white: '#ffffff',
} as const;

export type ColourName = keyof typeof COLOUR;

/** The words a legend uses for each colour. */
export const COLOUR_WORD: Record<ColourName, string> = { blue: 'blue', orange: 'orange', grey: 'grey', red: 'red', lightBlue: 'light blue', darkBlue: 'dark blue', white: 'white' };

const INK = '#1f2328';
const AXIS_INK = '#57606a';

function themeDirective(palette: string, height: number): string {
  const theme = {
    xyChart: {
      backgroundColor: '#ffffff',
      titleColor: INK,
      xAxisTitleColor: INK,
      xAxisLabelColor: AXIS_INK,
      xAxisTickColor: AXIS_INK,
      xAxisLineColor: AXIS_INK,
      yAxisTitleColor: INK,
      yAxisLabelColor: AXIS_INK,
      yAxisTickColor: AXIS_INK,
      yAxisLineColor: AXIS_INK,
      plotColorPalette: palette,
    },
  };
  return `%%{init: ${JSON.stringify({ xyChart: { width: 700, height }, themeVariables: theme })}}%%`;
}

export interface XyPlot {
  readonly type: 'bar' | 'line';
  readonly colour: ColourName;
  readonly values: readonly number[];
}

export interface XyChart {
  readonly title: string;
  readonly description: string;
  readonly horizontal?: boolean;
  /** Pixels; Mermaid's 500 unless given (a row chart grows with its rows). Lower charts crowd the y-axis: Mermaid asks for about ten ticks whatever the height, and at 320 px their labels overlap (the browser tests check). */
  readonly height?: number;
  readonly x: { readonly kind: 'band'; readonly title?: string; readonly labels: readonly string[] } | { readonly kind: 'range'; readonly title: string; readonly min: number; readonly max: number };
  readonly y: { readonly title: string; readonly min: number; readonly max: number };
  readonly plots: readonly XyPlot[];
}

export function writeXyChart(chart: XyChart): string {
  const count = chart.x.kind === 'band' ? chart.x.labels.length : chart.plots[0]?.values.length;
  for (const p of chart.plots) {
    if (p.values.length !== count) throw new Error(`chart "${chart.title}": a ${p.type} series has ${p.values.length} values for ${count} x positions`);
  }
  const palette = chart.plots.map((p) => COLOUR[p.colour]).join(', ');
  const lines = [
    themeDirective(palette, chart.height ?? 500),
    `xychart-beta${chart.horizontal ? ' horizontal' : ''}`,
    `  title "${chartText(chart.title, 80)}"`,
    `  accTitle: ${chartText(chart.title, 120)}`,
    `  accDescr: ${chartText(chart.description, 400)}`,
    chart.x.kind === 'band'
      ? `  x-axis${chart.x.title ? ` "${chartText(chart.x.title)}"` : ''} [${chart.x.labels.map((l) => `"${chartValue(l)}"`).join(', ')}]`
      : `  x-axis "${chartText(chart.x.title)}" ${exactNumber(chart.x.min)} --> ${exactNumber(chart.x.max)}`,
    `  y-axis "${chartText(chart.y.title)}" ${mermaidNumber(chart.y.min)} --> ${mermaidNumber(chart.y.max)}`,
    ...chart.plots.map((p) => `  ${p.type} [${p.values.map((v) => mermaidNumber(v)).join(', ')}]`),
  ];
  return lines.join('\n');
}

/**
 * A round axis end at or above `value`: 1, 2, 2.5 or 5 times a power of ten.
 * @example niceCeil(0.137) // 0.15; niceCeil(7) // 7.5; niceCeil(0) // 1
 */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10]) {
    const candidate = step * power;
    if (candidate >= value * (1 - 1e-12)) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}
