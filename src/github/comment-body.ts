/**
 * The text of mlgate's sticky PR comment. The first line is a hidden marker naming the comment id,
 * `<!-- mlgate:<id> -->`, by which later runs find the comment again. When several jobs share one
 * comment, each owns a section between hidden markers keyed by its name; composing a job's body
 * replaces only its own section and keeps the others. The whole body is kept under
 * {@link COMMENT_LIMIT} characters (GitHub refuses more than 65,536).
 *
 * ```
 * <!-- mlgate:evaluate-model -->
 * <!-- mlgate-section:model-a -->
 * …model-a's report…
 * <!-- /mlgate-section:model-a -->
 * ```
 *
 * A shared comment (two sections or more) opens with a summary table, one row per section — its
 * name (linked to the section), verdict, first gate and that gate's value — rebuilt from every
 * section's hidden row marker (`<!-- mlgate-row:… -->`, written by the section's own job) each
 * time any job writes.
 */
import { ConfigurationError } from '../errors.js';
import type { SectionRow } from '../artifacts/report-payload.js';
import { code, escapeText, table } from '../report/markdown.js';

export type { SectionRow };
import { fitMarkdown } from './fit-markdown.js';

/** The largest comment body mlgate writes, in characters (UTF-16 code units, as GitHub counts). */
export const COMMENT_LIMIT = 65_000;

/**
 * The marker line for `commentId`.
 * @throws ConfigurationError when the id could end the HTML comment early or span lines
 */
export function commentMarker(commentId: string): string {
  if (commentId === '' || /--|[<>\s]/.test(commentId)) {
    throw new ConfigurationError(`input "comment-id": "${commentId}" must be non-empty without spaces, "<", ">" or "--"`);
  }
  return `<!-- mlgate:${commentId} -->`;
}

/** Whether `body` is the comment marked with `marker`: the marker must be its exact first line. */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (typeof body !== 'string' || !body.startsWith(marker)) return false;
  const next = body.charAt(marker.length);
  return next === '' || next === '\n' || next === '\r';
}

/** Line breaks as GitHub may return them (`\r\n`) made `\n`, so bodies compare equal. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// A section name is URI-encoded, and every "-" followed by "-" escaped, so it cannot hold "--".
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/-(?=-)/g, '%2D');
}

function decodeName(key: string): string {
  try {
    return decodeURIComponent(key);
  } catch {
    return key; // a hand-edited marker: sort it by its raw text
  }
}

function sectionOpen(key: string): string {
  return `<!-- mlgate-section:${key} -->`;
}

function sectionClose(key: string): string {
  return `<!-- /mlgate-section:${key} -->`;
}

const OPEN_LINE = /^<!-- mlgate-section:(\S+) -->$/;
const ROW_LINE = /^<!-- mlgate-row:(\S+) -->$/;


function rowMarker(row: SectionRow): string {
  return `<!-- mlgate-row:${encodeName(JSON.stringify(row))} -->`;
}

/** A section's row, read from its first line; undefined for a section written without one. */
function rowOf(content: string): SectionRow | undefined {
  const match = ROW_LINE.exec(content.split('\n', 1)[0]);
  if (!match) return undefined;
  try {
    const value = JSON.parse(decodeName(match[1])) as Record<string, unknown>;
    const verdict = ['pass', 'warn', 'fail', 'error'].includes(value.verdict as string) ? (value.verdict as SectionRow['verdict']) : undefined;
    if (verdict === undefined) return undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return { verdict, gate: text(value.gate), observed: text(value.observed) };
  } catch {
    return undefined;
  }
}

/** The anchor a section starts with, for the summary table's links (GitHub prefixes names with `user-content-`). */
function anchorOf(key: string): string {
  return `mlgate-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const VERDICT_ICON: Record<SectionRow['verdict'], string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '🛑' };

function summaryTable(keys: readonly string[], sections: ReadonlyMap<string, string>): string {
  const rows = keys.map((key) => {
    const row = rowOf(sections.get(key)!);
    const name = `[${escapeText(decodeName(key))}](#${anchorOf(key)})`;
    if (!row) return ['', name, '—', '—', '—'];
    return [VERDICT_ICON[row.verdict], name, row.verdict.toUpperCase(), row.gate ? code(row.gate) : '—', row.observed ? escapeText(row.observed) : '—'];
  });
  return table(['', 'Section', 'Verdict', 'First gate', 'Value'], rows, ['c', 'l', 'l', 'l', 'r']);
}
const CLOSE_LINE = /^<!-- \/mlgate-section:(\S+) -->$/;

/**
 * The sections of a comment body, by encoded key, in order. Markers count only as whole lines
 * (a marker inside a table cell or a code span is text), and a section ends at the first line
 * that closes it, so a value quoting another section's close marker can neither cut that
 * section short nor swallow the next one (composeComment also never writes such a line from a
 * report: see {@link neutraliseMarkers}). Text outside sections is dropped.
 */
function parseSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const lines = normalise(body).split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = OPEN_LINE.exec(lines[i]);
    if (!open) continue;
    const key = open[1];
    const content: string[] = [];
    let j = i + 1;
    while (j < lines.length && CLOSE_LINE.exec(lines[j])?.[1] !== key && !OPEN_LINE.test(lines[j])) content.push(lines[j++]);
    // An unclosed section (a hand-edited or cut comment) is dropped rather than guessed at.
    if (j < lines.length && CLOSE_LINE.exec(lines[j])?.[1] === key) {
      sections.set(key, content.join('\n'));
      i = j;
    } else {
      i = j - 1;
    }
  }
  return sections;
}

/**
 * A report's lines that look like mlgate's hidden markers, made visible text (`&lt;!--`), so no
 * report — whatever data it quotes — can forge a marker line or close another job's section.
 * Renderers escape data already (src/report/markdown.ts); this is the second wall.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(/^([ \t]*)<(!--\s*\/?\s*mlgate)/gim, '$1&lt;$2');
}

/** The content of the section named `section` in `body`, or undefined when it has none. */
export function sectionContent(body: string, section: string): string | undefined {
  return parseSections(body).get(encodeName(section));
}

export interface ComposeInput {
  commentId: string;
  /** This job's report (markdown). */
  body: string;
  /** This job's section name; absent: the report is the whole comment. */
  section?: string;
  /** The comment's current body, whose other sections are kept. */
  existing?: string;
  /** Linked from the notes when the report had to be folded or cut. */
  runUrl?: string;
  /** With `section`: this section's row in the summary table of a shared comment. */
  row?: SectionRow;
}

/**
 * The comment body: marker line, then the report — or, with `section`, every section of
 * `existing` with this one replaced or added, ordered by name (numbers in names compare as
 * numbers: `model-2` before `model-10`). Fits {@link COMMENT_LIMIT}: when too long, the longest
 * sections are shortened first (each folded, then cut, with a link to the run).
 */
export function composeComment(input: ComposeInput): string {
  const marker = commentMarker(input.commentId);
  const body = neutraliseMarkers(normalise(input.body).trimEnd());
  const notes = sizeNotes(input.runUrl);
  if (input.section === undefined) {
    return `${marker}\n${fitMarkdown(body, { limit: COMMENT_LIMIT - marker.length - 1, measure: 'chars', ...notes }).text}`;
  }
  const sections = input.existing !== undefined ? parseSections(input.existing) : new Map<string, string>();
  const own = encodeName(input.section);
  sections.set(own, input.row ? `${rowMarker(input.row)}\n<a name="${anchorOf(own)}"></a>\n\n${body}` : body);
  const keys = [...sections.keys()].sort((a, b) => decodeName(a).localeCompare(decodeName(b), 'en', { numeric: true }));
  const separator = '\n\n';
  const head = keys.length >= 2 ? `${summaryTable(keys, sections)}${separator}` : '';
  const wrapperSize =
    marker.length + 1 + head.length + keys.reduce((sum, key) => sum + sectionOpen(key).length + sectionClose(key).length + 2, 0) +
    separator.length * (keys.length - 1);
  const cap = fairShare(keys.map((key) => sections.get(key)!.length), COMMENT_LIMIT - wrapperSize);
  const parts = keys.map((key) => {
    let content = sections.get(key)!;
    if (content.length > cap) content = fitWithin(content, cap, notes).trimEnd();
    return `${sectionOpen(key)}\n${content}\n${sectionClose(key)}`;
  });
  return `${marker}\n${head}${parts.join(separator)}`;
}

function sizeNotes(runUrl: string | undefined): { foldNote: string; cutNote: string } {
  const where = runUrl ? `[the full report is in the run](${runUrl})` : 'the full report is in the run\'s job summary';
  return {
    foldNote: `_Folded to fit GitHub's comment size limit; ${where}._`,
    cutNote: `\n---\n_Cut to fit GitHub's ${COMMENT_LIMIT.toLocaleString('en')}-character comment limit; ${where}._`,
  };
}

function fitWithin(content: string, limit: number, notes: { foldNote: string; cutNote: string }): string {
  try {
    return fitMarkdown(content, { limit, measure: 'chars', ...notes }).text;
  } catch {
    // So many sections that not even the note fits in a share: the note alone is the least bad.
    return notes.cutNote.trim();
  }
}

/**
 * The largest per-item size `c` such that shortening every item longer than `c` to `c` makes
 * the total fit `available` (water-filling): items under their share are never touched.
 */
export function fairShare(sizes: readonly number[], available: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let remaining = available;
  for (let i = 0; i < sorted.length; i += 1) {
    const share = Math.floor(remaining / (sorted.length - i));
    if (sorted[i] > share) return Math.max(0, share);
    remaining -= sorted[i];
  }
  return Number.POSITIVE_INFINITY;
}
