/**
 * The HTML backend: a document as an HTML fragment for the report page (page.ts). Semantic
 * elements (headings, `<table>` with `<th scope>`, `<details>`, `<figure>` with an SVG chart,
 * `<aside role="note">`), every text through {@link escapeHtml}, no inline styles (the page's CSP
 * allows none). Tables are marked `sortable` with a button per header (the page's script sorts
 * them, by click and keyboard) and carry every row: the page is where the folded detail lives.
 */
import type { Status } from '../../result.js';
import type { Block, Cell, Column, Inline, NoteTone, ReportDocument } from '../document/model.js';
import { STATUS_WORD, visibleValue, EMPTY_MARK } from '../document/visible.js';
import { isSafeHref } from '../markdown.js';
import { statusIcon } from '../verdict-line.js';
import { escapeHtml, escapeHtmlLines } from './escape.js';
import { svgChart } from './svg/index.js';

export interface FragmentOptions {
  /** Level the document's top headings become (the page's own title is the h1). Default 2. */
  readonly topHeadingLevel?: number;
  /** Prefix for element ids (charts' title/desc ids), unique per fragment on a page. */
  readonly idPrefix?: string;
  /**
   * `auto` (the page's default): the body of a closed details block with a chart inside is not
   * written inline but collected (`lazy` of {@link renderFragment}); the page stores the
   * collection compressed and draws a section when it is opened — 2,000 folded columns with two
   * SVG charts each would otherwise be 18 MB of markup for the browser to read before it shows
   * anything. `off`: everything inline.
   */
  readonly lazy?: 'auto' | 'off';
}

/** The document as an HTML fragment with every section inline. */
export function toHtml(doc: ReportDocument, options: Omit<FragmentOptions, 'lazy'> = {}): string {
  return renderFragment(doc, { ...options, lazy: 'off' }).html;
}

/**
 * The document as an HTML fragment, and the bodies of the sections left out of it (lazy: `auto`):
 * `<details data-lazy="i">` holds a placeholder whose content is `lazy[i]`.
 */
export function renderFragment(doc: ReportDocument, options: FragmentOptions = {}): { html: string; lazy: string[] } {
  const min = Math.min(4, ...collectHeadingLevels(doc.blocks));
  const ctx: Context = { shift: (options.topHeadingLevel ?? 2) - min, prefix: options.idPrefix ?? 'r', counter: 0, lazy: options.lazy === 'auto' ? [] : null };
  return { html: blocksHtml(doc.blocks, ctx), lazy: ctx.lazy ?? [] };
}

interface Context {
  readonly shift: number;
  readonly prefix: string;
  counter: number;
  /** Collected section bodies, or null when everything is inline. */
  readonly lazy: string[] | null;
}

function hasChart(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'chart' || ((b.kind === 'details' || b.kind === 'note') && hasChart(b.children)));
}



function collectHeadingLevels(blocks: readonly Block[]): number[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : b.kind === 'details' || b.kind === 'note' ? collectHeadingLevels(b.children) : []));
}

function blocksHtml(blocks: readonly Block[], ctx: Context): string {
  return blocks.map((b) => blockHtml(b, ctx)).join('\n');
}

function blockHtml(block: Block, ctx: Context): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level + ctx.shift));
      return `<h${level}>${inlineHtml(block.content)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'table':
      return tableHtml(block.columns, block.rows, block.caption);
    case 'details': {
      const summary = `<summary>${inlineHtml(block.summary)}</summary>`;
      if (ctx.lazy && !block.open && hasChart(block.children)) {
        ctx.lazy.push(blocksHtml(block.children, ctx));
        return `<details data-lazy="${ctx.lazy.length - 1}">${summary}\n<p class="lazy-note">Opening this section draws its charts.</p>\n</details>`;
      }
      return `<details${block.open ? ' open' : ''}>${summary}\n${blocksHtml(block.children, ctx)}\n</details>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'chart': {
      const id = `${ctx.prefix}-chart-${++ctx.counter}`;
      return `<figure class="chart" id="${id}"><figcaption>${escapeHtml(block.chart.title)}</figcaption>${svgChart(block.chart, id)}</figure>`;
    }
    case 'note':
      return `<aside class="note note-${block.tone}" role="note"><p class="note-title">${TONE_WORD[block.tone]}</p>\n${blocksHtml(block.children, ctx)}\n</aside>`;
    case 'code-block':
      return `<pre><code${block.language ? ` class="language-${escapeHtml(block.language)}"` : ''}>${escapeHtmlLines(block.text)}</code></pre>`;
  }
}

const TONE_WORD: Record<NoteTone, string> = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' };

export function inlineHtml(content: readonly Inline[]): string {
  return content.map(inlineNodeHtml).join('');
}

function inlineNodeHtml(node: Inline): string {
  switch (node.kind) {
    case 'text':
      return escapeHtml(node.text);
    case 'value':
      return valueHtml(node.text, 'value');
    case 'code':
      return valueHtml(node.text, 'code');
    case 'strong':
      return `<strong>${inlineHtml(node.children)}</strong>`;
    case 'emphasis':
      return `<em>${inlineHtml(node.children)}</em>`;
    case 'link':
      return isSafeHref(node.href) ? `<a href="${escapeHtml(node.href)}">${inlineHtml(node.children)}</a>` : inlineHtml(node.children);
    case 'status':
      return statusHtml(node.status);
  }
}

/** A value: `<code>` or a span; an empty or blank one is marked and titled so it reads as what it is. */
function valueHtml(text: string, kind: 'code' | 'value'): string {
  const shown = visibleValue(text);
  const marked = shown !== text;
  const title = text.length === 0 ? 'empty value' : marked ? 'value with invisible characters shown' : '';
  const tag = kind === 'code' ? 'code' : 'span';
  const cls = [kind === 'value' ? 'value' : '', shown === EMPTY_MARK && text.length === 0 ? 'empty' : marked ? 'marked' : ''].filter(Boolean).join(' ');
  return `<${tag}${cls ? ` class="${cls}"` : ''}${title ? ` title="${title}"` : ''}>${escapeHtml(shown)}</${tag}>`;
}

function statusHtml(s: Status): string {
  return `<span class="status status-${s}" role="img" aria-label="${STATUS_WORD[s]}" title="${STATUS_WORD[s]}">${statusIcon(s)}</span>`;
}

const ALIGN_CLASS = { left: '', right: ' class="num"', center: ' class="mid"' } as const;

function tableHtml(columns: readonly Column[], rows: readonly (readonly Cell[])[], caption: string | undefined): string {
  const numeric = columns.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j].sortKey === 'number' || r[j].sortKey === null));
  const head = columns
    .map((c, j) => {
      const label = c.header.length > 0 ? inlineHtml(c.header) : `<span class="visually-hidden">${rows.every((r) => r[j].content.every((n) => n.kind === 'status')) ? 'Status' : `Column ${j + 1}`}</span>`;
      return `<th scope="col"${ALIGN_CLASS[c.align]} aria-sort="none"${numeric[j] ? ' data-type="number"' : ''}><button type="button" class="sort">${label}<span class="sort-icon" aria-hidden="true"></span></button></th>`;
    })
    .join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, j) => `<td${ALIGN_CLASS[columns[j].align]}${c.sortKey !== undefined ? ` data-sort="${c.sortKey === null ? '' : escapeHtml(String(c.sortKey))}"` : ''}>${inlineHtml(c.content)}</td>`).join('')}</tr>`)
    .join('\n');
  const name = caption ?? columns.map((c) => inlineText(c.header)).filter(Boolean).join(', ');
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(name || 'table')}"><table class="sortable">${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/** Inline content as plain text (for an accessible name). */
function inlineText(content: readonly Inline[]): string {
  return content.map((n) => ('text' in n ? n.text : n.kind === 'status' ? STATUS_WORD[n.status] : inlineText(n.children))).join('');
}
