/** Inline SVG for a chart spec (see frame.ts for why our own SVG). */
import type { ChartSpec } from '../../document/charts.js';
import { heatmapSvg } from './heatmap.js';
import { barsSvg, intervalsSvg } from './rows.js';
import { binsSvg, curveSvg, ecdfSvg } from './xy.js';

/** The chart as an `<svg>` element; `id` must be unique on the page (its title/desc ids derive from it). */
export function svgChart(spec: ChartSpec, id: string): string {
  switch (spec.kind) {
    case 'bins':
      return binsSvg(spec, id);
    case 'ecdf':
      return ecdfSvg(spec, id);
    case 'curve':
      return curveSvg(spec, id);
    case 'intervals':
      return intervalsSvg(spec, id);
    case 'bars':
      return barsSvg(spec, id);
    case 'heatmap':
      return heatmapSvg(spec, id);
  }
}
