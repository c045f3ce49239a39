/**
 * A heat map as a table, for the backends that cannot draw one (markdown: Mermaid has no heat
 * map; the terminal). Rows are labelled in bold; on a square matrix (a confusion matrix) the
 * diagonal is bold too, so the correct predictions stand out as the colour does in the SVG.
 */
import { formatNumber } from '../format.js';
import type { HeatmapChart } from './charts.js';
import type { Block, Cell, Column, Inline } from './model.js';

export function heatmapTable(chart: HeatmapChart): Block {
  const square = chart.rows.length === chart.columns.length;
  const columns: Column[] = [
    { header: [{ kind: 'text', text: `${chart.rowLabel} ↓ / ${chart.columnLabel} →` }], align: 'left' },
    ...chart.columns.map((c): Column => ({ header: [{ kind: 'value', text: c }], align: 'right' })),
  ];
  const rows: Cell[][] = chart.rows.map((r, i) => [
    { content: [{ kind: 'strong', children: [{ kind: 'value', text: r }] }] },
    ...chart.values[i].map((v, j): Cell => {
      const text: Inline = { kind: 'text', text: formatNumber(v) };
      return { content: [square && i === j ? { kind: 'strong', children: [text] } : text], sortKey: v };
    }),
  ]);
  return { kind: 'table', columns, rows, caption: chart.title };
}
