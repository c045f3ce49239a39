/**
 * The markdown backend: a document as GitHub renders it (the PR comment and the job summary).
 * Every text from data goes through src/report/markdown.ts — `escapeText` and `code` in markdown
 * context, `escapeHtmlText` inside the raw HTML of a `<summary>` — so there is one escaper.
 * Tables are written without padding (the comment's 65,536-character limit counts every space);
 * a table with `foldAfter` shows that many rows and folds the rest into a details block.
 * Charts are Mermaid blocks (src/report/mermaid/) with their legend line above; a heat map,
 * which Mermaid cannot draw, is a table.
 */
import { codeBlock, code as codeSpan, escapeHtmlText, escapeLineStart, escapeText, isSafeHref, link as linkMarkdown } from '../markdown.js';
import { statusIcon } from '../verdict-line.js';
import { formatCount } from '../format.js';
import { heatmapTable } from './heatmap-table.js';
import { mermaidChart } from '../mermaid/index.js';
import type { HeatmapChart } from './charts.js';
import type { Block, Cell, Column, Inline, NoteTone, ReportDocument } from './model.js';
import { shortValue } from './visible.js';

export function toMarkdown(doc: ReportDocument): string {
  return blocksToMarkdown(doc.blocks);
}

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map(blockToMarkdown)
    .filter((b) => b.length > 0)
    .join('\n\n');
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMd(block.content)}`;
    case 'paragraph':
      return escapeLineStart(inlineMd(block.content));
    case 'table':
      return tableMd(block.columns, block.rows, block.foldAfter, block.rowNoun);
    case 'details':
      return detailsMd(summaryHtml(block.summary), blocksToMarkdown(block.children), block.open ?? false);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeLineStart(inlineMd(item))}`).join('\n');
    case 'chart': {
      if (block.chart.kind === 'heatmap') return heatmapMd(block.chart);
      const rendered = mermaidChart(block.chart);
      const caption = `**${escapeText(block.chart.title)}**${rendered.legend.length > 0 ? ` — ${rendered.legend.map(escapeText).join(' · ')}` : ''}`;
      return `${caption}\n\n${codeBlock(rendered.source, 'mermaid')}`;
    }
    case 'note':
      return noteMd(block.tone, blocksToMarkdown(block.children));
    case 'code-block':
      return codeBlock(block.text, block.language ?? '');
  }
}

/** Inline content in markdown context. */
export function inlineMd(content: readonly Inline[]): string {
  return content.map(inlineNodeMd).join('');
}

function inlineNodeMd(node: Inline): string {
  switch (node.kind) {
    case 'text':
      return escapeText(node.text);
    case 'value':
      return escapeText(shortValue(node.text));
    case 'code':
      return codeSpan(shortValue(node.text));
    case 'strong':
      return wrap('**', inlineMd(node.children));
    case 'emphasis':
      return wrap('*', inlineMd(node.children));
    case 'link':
      return linkMarkdown(inlineMd(node.children), node.href);
    case 'status':
      return statusIcon(node.status);
  }
}

/** Emphasis markers only around non-empty text, outside its edge spaces (CommonMark ignores `** a**`). */
function wrap(marker: string, inner: string): string {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(inner)!;
  return m[2].length === 0 ? inner : `${m[1]}${marker}${m[2]}${marker}${m[3]}`;
}

/** Inline content inside raw HTML (a `<summary>`): GitHub does not process markdown there. */
export function summaryHtml(content: readonly Inline[]): string {
  return content.map(inlineNodeHtml).join('');
}

function inlineNodeHtml(node: Inline): string {
  switch (node.kind) {
    case 'text':
      return escapeHtmlText(node.text);
    case 'value':
      return escapeHtmlText(shortValue(node.text));
    case 'code':
      return `<code>${escapeHtmlText(shortValue(node.text))}</code>`;
    case 'strong':
      return `<strong>${summaryHtml(node.children)}</strong>`;
    case 'emphasis':
      return `<em>${summaryHtml(node.children)}</em>`;
    case 'link':
      return isSafeHref(node.href) ? `<a href="${escapeHtmlText(node.href)}">${summaryHtml(node.children)}</a>` : summaryHtml(node.children);
    case 'status':
      return statusIcon(node.status);
  }
}

function detailsMd(summary: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

const ALIGN_MARK = { left: ':--', right: '--:', center: ':-:' } as const;

function tableMd(columns: readonly Column[], rows: readonly (readonly Cell[])[], foldAfter: number | undefined, rowNoun = 'rows'): string {
  const header = `|${columns.map((c) => ` ${cellMd(c.header)} `).join('|')}|\n|${columns.map((c) => ALIGN_MARK[c.align]).join('|')}|`;
  const lines = (part: readonly (readonly Cell[])[]) => part.map((r) => `|${r.map((c) => ` ${cellMd(c.content)} `).join('|')}|`).join('\n');
  // Folding one or two rows saves nothing a reader would notice: show them.
  if (foldAfter === undefined || rows.length <= foldAfter + 2) return rows.length > 0 ? `${header}\n${lines(rows)}` : header;
  const shown = rows.slice(0, foldAfter);
  const rest = rows.slice(foldAfter);
  const first = shown.length > 0 ? `${header}\n${lines(shown)}\n\n` : '';
  return `${first}${detailsMd(`${formatCount(rest.length)} ${shown.length > 0 ? 'more ' : ''}${escapeHtmlText(rowNoun)}`, `${header}\n${lines(rest)}`, false)}`;
}

/** A cell stays one line and never empty-looking when it holds an empty value (visibleValue did that). */
function cellMd(content: readonly Inline[]): string {
  return inlineMd(content);
}

const ALERT: Record<NoteTone, string> = { note: 'NOTE', tip: 'TIP', important: 'IMPORTANT', warning: 'WARNING', caution: 'CAUTION' };

/** A GitHub alert: `> [!WARNING]` and the body quoted line by line. */
function noteMd(tone: NoteTone, body: string): string {
  return [`> [!${ALERT[tone]}]`, ...body.split('\n').map((l) => (l.length > 0 ? `> ${l}` : '>'))].join('\n');
}

function heatmapMd(chart: HeatmapChart): string {
  const t = heatmapTable(chart);
  return `**${escapeText(chart.title)}**\n\n${blockToMarkdown(t)}`;
}
