/**
 * The terminal backend: a document as plain text for the CLI on a TTY. No markdown escapes, no
 * HTML, no entities; tables aligned by display width (emoji and CJK are two columns); values
 * from data shown visibly when empty or blank and with control characters as pictures (a value
 * cannot move the cursor); a folded section is its summary line (the markdown and HTML reports
 * hold the rest), unless `expandFolds`. Colour (ANSI bold, dim, red/green/yellow for statuses)
 * only when the caller says so — {@link useColour} decides it for a stream.
 */
import { formatCount } from '../format.js';
import { isSafeHref } from '../markdown.js';
import { statusIcon } from '../verdict-line.js';
import { heatmapTable } from './heatmap-table.js';
import { terminalChart } from './terminal-charts.js';
import type { Block, Cell, Column, Inline, NoteTone, ReportDocument } from './model.js';
import { displayWidth, pad, truncate } from './display-width.js';
import { controlPictures, visibleValue } from './visible.js';
import type { Status } from '../../result.js';

export interface TerminalOptions {
  /** ANSI colour and bold; see {@link useColour}. */
  readonly colour: boolean;
  /** Widest a table column grows before its cells are cut with `…` (display columns). */
  readonly maxColumnWidth?: number;
  /** Show the body of details blocks and every row of folded tables. */
  readonly expandFolds?: boolean;
}

/**
 * Colour on a stream: only a TTY, and not when `NO_COLOR` is set to anything but the empty
 * string (no-color.org), nor when `TERM` is `dumb`.
 */
export function useColour(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  if (!stream.isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

const ANSI = { bold: ['\u001b[1m', '\u001b[22m'], dim: ['\u001b[2m', '\u001b[22m'], italic: ['\u001b[3m', '\u001b[23m'], underline: ['\u001b[4m', '\u001b[24m'], red: ['\u001b[31m', '\u001b[39m'], green: ['\u001b[32m', '\u001b[39m'], yellow: ['\u001b[33m', '\u001b[39m'], cyan: ['\u001b[36m', '\u001b[39m'] } as const;
type Style = keyof typeof ANSI;

const STATUS_COLOUR: Record<Status, Style> = { pass: 'green', warn: 'yellow', fail: 'red', inconclusive: 'yellow', skipped: 'dim', error: 'red' };

export function toTerminal(doc: ReportDocument, options: TerminalOptions): string {
  return `${renderBlocks(doc.blocks, options).join('\n\n')}\n`;
}

class Painter {
  constructor(private readonly on: boolean) {}
  paint(style: Style, text: string): string {
    return this.on && text.length > 0 ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text;
  }
}

function renderBlocks(blocks: readonly Block[], options: TerminalOptions): string[] {
  return blocks.map((b) => renderBlock(b, options)).filter((s) => s.length > 0);
}

function renderBlock(block: Block, options: TerminalOptions): string {
  const p = new Painter(options.colour);
  switch (block.kind) {
    case 'heading': {
      const text = inlinePlain(block.content);
      const styled = inlineStyled(block.content, p);
      return block.level <= 2 ? `${p.paint('bold', styled)}\n${'─'.repeat(Math.min(80, displayWidth(text)))}` : p.paint('bold', styled);
    }
    case 'paragraph':
      return inlineStyled(block.content, p);
    case 'table':
      return tableText(block.columns, block.rows, block.foldAfter, block.rowNoun ?? 'rows', options, p);
    case 'details': {
      const summary = inlineStyled(block.summary, p);
      if (!options.expandFolds && !block.open) return `▸ ${summary}`;
      return `▾ ${summary}\n${indent(renderBlocks(block.children, options).join('\n\n'), '  ')}`;
    }
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${inlineStyled(item, p)}`).join('\n');
    case 'chart':
      if (block.chart.kind === 'heatmap') {
        const t = heatmapTable(block.chart);
        return `${p.paint('bold', block.chart.title)}\n${renderBlock(t, options)}`;
      }
      return terminalChart(block.chart, (s, t) => p.paint(s, t));
    case 'note':
      return noteText(block.tone, renderBlocks(block.children, options).join('\n\n'), p);
    case 'code-block':
      return indent(block.text.split(/\r\n|\r|\n/).map(controlPictures).join('\n'), '    ');
  }
}

/** Inline content without any styling: what widths are measured on. */
export function inlinePlain(content: readonly Inline[]): string {
  return content.map((n) => inlineNode(n, null)).join('');
}

function inlineStyled(content: readonly Inline[], p: Painter): string {
  return content.map((n) => inlineNode(n, p)).join('');
}

function inlineNode(node: Inline, p: Painter | null): string {
  const paint = (style: Style, text: string) => (p ? p.paint(style, text) : text);
  switch (node.kind) {
    case 'text':
      return controlPictures(node.text.replace(/\r\n|\r|\n/g, ' '));
    case 'value':
      return visibleValue(node.text);
    case 'code':
      return paint('cyan', visibleValue(node.text));
    case 'strong':
      return paint('bold', node.children.map((c) => inlineNode(c, p)).join(''));
    case 'emphasis':
      return paint('italic', node.children.map((c) => inlineNode(c, p)).join(''));
    case 'link': {
      const label = node.children.map((c) => inlineNode(c, p)).join('');
      const plain = node.children.map((c) => inlineNode(c, null)).join('');
      if (!isSafeHref(node.href)) return label;
      const href = controlPictures(node.href);
      return plain === href ? paint('underline', label) : `${label} (${paint('underline', href)})`;
    }
    case 'status':
      return paint(STATUS_COLOUR[node.status], statusIcon(node.status));
  }
}

function tableText(columns: readonly Column[], rows: readonly (readonly Cell[])[], foldAfter: number | undefined, rowNoun: string, options: TerminalOptions, p: Painter): string {
  const max = options.maxColumnWidth ?? 48;
  const folded = !options.expandFolds && foldAfter !== undefined && rows.length > foldAfter + 2;
  const shown = folded ? rows.slice(0, foldAfter) : rows;
  // Cut first (on plain text), measure, then colour: ANSI codes take no columns.
  const cut = (content: readonly Inline[]) => {
    const plain = inlinePlain(content);
    const short = truncate(plain, max);
    return { plain: short, styled: short === plain ? inlineStyled(content, p) : short };
  };
  const header = columns.map((c) => cut(c.header));
  const body = shown.map((r) => r.map((c) => cut(c.content)));
  const widths = columns.map((_, j) => Math.max(displayWidth(header[j].plain), ...body.map((r) => displayWidth(r[j].plain))));
  const line = (cells: { plain: string; styled: string }[]) =>
    cells
      .map((c, j) => pad(c.plain, widths[j], columns[j].align, c.styled))
      .join('  ')
      .replace(/ +$/, '');
  const out = [p.paint('bold', line(header)), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)];
  if (folded) out.push(p.paint('dim', `… ${formatCount(rows.length - shown.length)} ${shown.length > 0 ? 'more ' : ''}${rowNoun}`));
  return out.join('\n');
}

const TONE_WORD: Record<NoteTone, string> = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution' };

function noteText(tone: NoteTone, body: string, p: Painter): string {
  const style: Style = tone === 'warning' || tone === 'caution' ? 'yellow' : 'cyan';
  return indent(`${p.paint('bold', TONE_WORD[tone])}\n${body}`, p.paint(style, '│ '));
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
