/**
 * Small markdown pieces every report is built from, and the ONE place where text from data is
 * made safe for GitHub markdown: {@link escapeText} for inline text and table cells,
 * {@link code} for names shown as code. Other code imports these; none escapes on its own.
 *
 * "Safe" means, on GitHub (cmark-gfm, then its HTML filters):
 * - the text renders as itself: markdown punctuation and HTML are escaped;
 * - a table cell stays one cell and a row one row: pipes are escaped, line breaks become spaces;
 * - nothing acts: `@user` and `@org/team` do not mention (GitHub decodes `&#64;` back to `@`
 *   before its mention filter, so the `@` is followed by an invisible word joiner instead), and
 *   `#123`, `GH-123` and `owner/repo#123` do not link or cross-reference an issue (same joiner
 *   after the `#` / `GH-`). Inside code spans GitHub neither mentions nor links, so
 *   {@link code} only has to keep its fence closed;
 * - no value can write mlgate's hidden `<!-- mlgate… -->` markers (`<` is escaped; a code span
 *   is never at the start of a line).
 */
import { markdownTable } from 'markdown-table';

/** U+2060 WORD JOINER: zero-width, not a word character, no line-break opportunity. */
export const INERT = '\u2060';

/**
 * `text` with mentions and issue references made inert by a word joiner, and nothing else
 * changed: for markdown that is already escaped (a report relayed from another run).
 * @example inertReferences('@octocat fixed #12') // '@\u2060octocat fixed #\u206012'
 */
export function inertReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${INERT}`)
    .replace(/(?<!&)#(?=\d)/g, `#${INERT}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${INERT}`);
}

/**
 * Escapes text from data for inline markdown: markdown punctuation, HTML, table pipes, line
 * breaks (a cell must stay on one line), mentions and issue references (see the file header).
 * @example escapeText('@org/team #1 | <b>') // '@\u2060org/team \\#\u20601 \\| &lt;b&gt;'
 */
export function escapeText(text: string): string {
  return inertReferences(
    text
      .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\r\n|\r|\n/g, ' '),
  );
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

/**
 * Inline code for a name from data (a column, a metric): one line, in a fence longer than any
 * backtick run inside (so no value can close it early and spill raw markdown), padded when the
 * value starts or ends with a backtick or a space (CommonMark strips one space each side), with
 * pipes escaped so it may sit in a table cell, and no `<!--` (a comment marker to the sticky
 * comment's search of the raw body).
 * @example code('a`b') // '``a`b``'
 */
export function code(text: string): string {
  // `<!--` would read as a comment marker to a search of the raw body: a word joiner breaks it, invisibly.
  const clean = text.replace(/\r\n|\r|\n/g, ' ').replace(/<!--/g, `<!${INERT}--`);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(clean) ? ' ' : '';
  return `${ticks}${pad}${clean.replace(/\|/g, '\\|')}${pad}${ticks}`;
}

/**
 * Escapes text from data for an HTML context inside markdown (a `<summary>`, a `<sub>`): GitHub
 * passes such raw HTML through without markdown processing, so backslash escapes would show, and
 * entities are decoded before its mention and reference filters run. HTML specials become
 * entities; mentions and issue references are broken as everywhere else ({@link inertReferences});
 * line breaks become spaces.
 * @example escapeHtmlText('<b> @octocat #12') // "&lt;b&gt; @\u2060octocat #\u206012"
 */
export function escapeHtmlText(text: string): string {
  return inertReferences(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')).replace(/\r\n|\r|\n/g, ' ');
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
