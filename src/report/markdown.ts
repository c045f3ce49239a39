/**
 * Small markdown pieces every report is built from. Data never reaches markdown unescaped:
 * table cells and inline text go through {@link escapeText}.
 */
import { markdownTable } from 'markdown-table';

/**
 * Escapes text from data for inline markdown: markdown punctuation, HTML, table pipes, line
 * breaks (a cell must stay on one line), and `@` (so a value never mentions anyone).
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;')
    .replace(/\r\n|\r|\n/g, ' ');
}

export function heading(level: 1 | 2 | 3 | 4, text: string): string {
  return `${'#'.repeat(level)} ${text}`;
}

export type Align = 'l' | 'r' | 'c';

/**
 * A table. Cells are markdown already (callers escape data with escapeText or build cells from
 * formatted numbers); the header is escaped here.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Align[]): string {
  return markdownTable([header.map(escapeText), ...rows.map((r) => [...r])], { align: align ? [...align] : undefined });
}

/** A collapsed section; the body is markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Joins non-empty blocks with blank lines. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n');
}

/** Inline code for a name from data (a column, a metric). */
export function code(text: string): string {
  const clean = text.replace(/\r\n|\r|\n/g, ' ');
  const ticks = clean.includes('`') ? '``' : '`';
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${clean.replace(/\|/g, '\\|')}${pad}${ticks}`;
}
