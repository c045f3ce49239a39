/**
 * A cheap upper estimate of a document's markdown length, so a caller can keep a comment under
 * GitHub's 65,536-character limit (choosing how many rows to show, which sections to fold or cut)
 * without rendering it again and again. One walk, no strings built except each chart's Mermaid
 * source (small). An upper bound: every character that an escaper might expand is counted at the
 * longest expansion (6, e.g. `&#64;` + one) — tests check it never undershoots and stays within
 * about 1.5× on report-like documents.
 */
import { mermaidChart } from '../mermaid/index.js';
import type { Block, Cell, Column, Inline, ReportDocument } from './model.js';

const EXPANDABLE = /[\\`*_[\]#|~&<>@"'!()\r\n-]/g;
const EXPANSION = 6;

/** Upper estimate of `toMarkdown(doc).length`. */
export function estimateMarkdownSize(doc: ReportDocument): number {
  return Math.ceil(estimateBlocks(doc.blocks));
}

export function estimateBlocks(blocks: readonly Block[]): number {
  let total = 0;
  for (const b of blocks) total += estimateBlock(b) + 2;
  return total;
}

export function estimateBlock(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return block.level + 1 + estimateInline(block.content);
    case 'paragraph':
      return 2 + estimateInline(block.content);
    case 'table': {
      const header = block.columns.reduce((n, c) => n + estimateInline(c.header) + 7, 2);
      const rows = block.rows.reduce((n, r) => r.reduce((m, c) => m + estimateInline(c.content) + 3, n + 2), 0);
      const folded = block.foldAfter !== undefined && block.rows.length > block.foldAfter + 2;
      return header * (folded ? 2 : 1) + rows + (folded ? 80 + textCost(block.rowNoun ?? 'rows') : 0);
    }
    case 'details':
      return 60 + estimateInline(block.summary) + estimateBlocks(block.children);
    case 'list':
      return block.items.reduce((n, item, i) => n + estimateInline(item) + 4 + String(i + 1).length, 0);
    case 'chart': {
      if (block.chart.kind === 'heatmap') {
        const c = block.chart;
        const cells = c.values.reduce((n, r) => n + r.length * 20, 0);
        return 200 + textCost(c.title) + cells + [...c.rows, ...c.columns].reduce((n, l) => n + textCost(l) + 12, 0);
      }
      const m = mermaidChart(block.chart);
      return 20 + textCost(block.chart.title) + m.source.length + m.legend.reduce((n, l) => n + textCost(l) + 3, 0);
    }
    case 'note':
      return 16 + estimateBlocks(block.children) * 1.1;
    case 'code-block':
      return block.text.length + 16 + (block.language?.length ?? 0);
  }
}

export function estimateInline(content: readonly Inline[]): number {
  let total = 0;
  for (const node of content) {
    switch (node.kind) {
      case 'text':
      case 'value':
      case 'code':
        total += textCost(node.text) + (node.kind === 'code' ? 6 : 0);
        break;
      case 'strong':
      case 'emphasis':
        total += 4 + estimateInline(node.children);
        break;
      case 'link':
        total += 4 + node.href.length * 3 + estimateInline(node.children);
        break;
      case 'status':
        total += 4;
        break;
    }
  }
  return total;
}

/** Characters after the worst escaping; an empty or blank value shows as marks (∅, ␠). */
function textCost(text: string): number {
  if (text.length === 0) return 1;
  const specials = text.match(EXPANDABLE)?.length ?? 0;
  return text.length + specials * (EXPANSION - 1);
}

/**
 * How many of `rows` (in order) fit a table whose markdown must stay within `budget` characters,
 * header included — for a comment that shows the rows that matter and points to the HTML report
 * for the rest. Uses the same upper estimate, so the rendered table is never over budget.
 * @example rowsWithin(table.columns, table.rows, 20_000) // e.g. 180
 */
export function rowsWithin(columns: readonly Column[], rows: readonly (readonly Cell[])[], budget: number): number {
  let used = columns.reduce((n, c) => n + estimateInline(c.header) + 7, 2) + 2;
  for (let i = 0; i < rows.length; i++) {
    used += rows[i].reduce((m, c) => m + estimateInline(c.content) + 3, 2);
    if (used > budget) return i;
  }
  return rows.length;
}
