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

/**
 * Escapes text from data for an HTML context inside markdown (a `<summary>`, a `<sub>`): GitHub
 * passes such raw HTML through without markdown processing, so backslash escapes would show, and
 * entities are decoded before its mention and reference filters run. HTML specials become
 * entities; a zero-width space after `@` and `#` keeps a value from mentioning anyone or linking
 * an issue; line breaks become spaces.
 * @example escapeHtmlText('<b> @octocat #12') // "&lt;b&gt; @\u200boctocat #\u200b12"
 */
export function escapeHtmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([@#])/g, '$1\u200b')
    .replace(/\r\n|\r|\n/g, ' ');
}

/**
 * Keeps an escaped line from starting a block it was not meant to start: a leading `-`, `+`, `=`
 * or `1.` would make a paragraph from data into a list or a heading underline.
 * @example escapeLineStart('- a') // "\\- a"; escapeLineStart('1. a') // "1\\. a"
 */
export function escapeLineStart(markdown: string): string {
  return markdown.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * A link whose text is markdown already (escaped by the caller) and whose target is a URL from
 * configuration or the run context. Only http(s), mailto and in-page targets link; anything else
 * (a `javascript:` URL) renders as its text alone. Spaces and parentheses in the URL are
 * percent-encoded so the target cannot end early.
 */
export function link(textMarkdown: string, href: string): string {
  if (!isSafeHref(href)) return textMarkdown;
  const target = href.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${textMarkdown}](${target})`;
}

/** http(s), mailto, an in-page anchor, or a relative path: the targets a report may link to. */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//');
}
