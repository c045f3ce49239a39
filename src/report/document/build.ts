/**
 * Builders for the report document: the functions an action's renderer calls. Each returns a
 * plain node; a document is a list of them (`document(...)`), and `undefined` / `false` entries
 * are dropped so optional sections read as `cond && section()`.
 *
 * @example
 * document(
 *   heading(2, ['Data drift — ', value(name)]),
 *   paragraph([status('fail'), ' ', strong('2 of 30 columns drifted')]),
 *   table([col('Column'), col('p-value', 'right')], rows.map((r) => [cell(code(r.name)), cell(formatPValue(r.p), r.p)]), { foldAfter: 10, rowNoun: 'columns' }),
 * )
 */
import type { Status } from '../../result.js';
import type { ChartSpec } from './charts.js';
import { inline, type Align, type Block, type Cell, type Column, type Content, type Inline, type NoteTone, type ReportDocument } from './model.js';

type Maybe<T> = T | undefined | false | null;

export function document(...blocks: readonly Maybe<Block | readonly Block[]>[]): ReportDocument {
  return { blocks: compact(blocks) };
}

export function heading(level: 1 | 2 | 3 | 4, content: Content): Block {
  return { kind: 'heading', level, content: inline(content) };
}

export function paragraph(content: Content): Block {
  return { kind: 'paragraph', content: inline(content) };
}

/** A column: header content and alignment (numbers right-aligned). */
export function col(header: Content, align: Align = 'left'): Column {
  return { header: inline(header), align };
}

/** A cell, optionally with the key the HTML table sorts it by (pass the raw number). */
export function cell(content: Content, sortKey?: number | string | null): Cell {
  return sortKey === undefined ? { content: inline(content) } : { content: inline(content), sortKey };
}

export function table(
  columns: readonly Column[],
  rows: readonly (readonly (Cell | Content)[])[],
  options: { foldAfter?: number; rowNoun?: string; caption?: string } = {},
): Block {
  for (const [i, row] of rows.entries()) {
    if (row.length !== columns.length) throw new Error(`table row ${i + 1} has ${row.length} cells for ${columns.length} columns`);
  }
  return {
    kind: 'table',
    columns,
    rows: rows.map((row) => row.map((c) => (isCell(c) ? c : cell(c)))),
    ...(options.foldAfter !== undefined ? { foldAfter: options.foldAfter } : {}),
    ...(options.rowNoun !== undefined ? { rowNoun: options.rowNoun } : {}),
    ...(options.caption !== undefined ? { caption: options.caption } : {}),
  };
}

export function details(summary: Content, children: readonly Maybe<Block | readonly Block[]>[], open = false): Block {
  return { kind: 'details', summary: inline(summary), children: compact(children), ...(open ? { open } : {}) };
}

export function list(items: readonly Content[], ordered = false): Block {
  return { kind: 'list', ordered, items: items.map(inline) };
}

export function chart(spec: ChartSpec): Block {
  return { kind: 'chart', chart: spec };
}

export function note(tone: NoteTone, children: readonly Maybe<Block | readonly Block[]>[] | Content): Block {
  const blocks = Array.isArray(children) && children.some(isBlock) ? compact(children as readonly Maybe<Block>[]) : [paragraph(children as Content)];
  return { kind: 'note', tone, children: blocks };
}

export function codeBlock(text: string, language?: string): Block {
  return language ? { kind: 'code-block', text, language } : { kind: 'code-block', text };
}

export function text(value: string): Inline {
  return { kind: 'text', text: value };
}

export function value(text: string): Inline {
  return { kind: 'value', text };
}

export function code(text: string): Inline {
  return { kind: 'code', text };
}

export function strong(content: Content): Inline {
  return { kind: 'strong', children: inline(content) };
}

export function emphasis(content: Content): Inline {
  return { kind: 'emphasis', children: inline(content) };
}

export function link(content: Content, href: string): Inline {
  return { kind: 'link', href, children: inline(content) };
}

export function status(s: Status): Inline {
  return { kind: 'status', status: s };
}

function compact(blocks: readonly Maybe<Block | readonly Block[]>[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (!b) continue;
    if (Array.isArray(b)) out.push(...(b as readonly Block[]));
    else out.push(b as Block);
  }
  return out;
}

function isCell(c: Cell | Content): c is Cell {
  return typeof c === 'object' && c !== null && !Array.isArray(c) && 'content' in c && !('kind' in c);
}

const BLOCK_KINDS = new Set(['heading', 'paragraph', 'table', 'details', 'list', 'chart', 'note', 'code-block']);
function isBlock(b: unknown): boolean {
  return typeof b === 'object' && b !== null && BLOCK_KINDS.has((b as { kind?: string }).kind ?? '');
}
