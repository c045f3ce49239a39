/**
 * Making a markdown report fit a size limit (a PR comment: 65,536 characters; a job summary:
 * 1 MiB) while staying readable: first the detail is folded — the bodies of the largest top-level
 * `<details>` blocks are replaced by a short note, keeping their `<summary>` — and only if that is
 * not enough the text is cut at a line boundary, with open code fences and `<details>` closed and
 * a note appended. The head (verdict, gates) is what survives.
 */

/** How size is counted: UTF-16 code units (GitHub's comment limit) or UTF-8 bytes (files). */
export type Measure = 'chars' | 'utf8-bytes';

export interface FitOptions {
  /** The largest size allowed, in units of `measure`. */
  limit: number;
  measure: Measure;
  /** Markdown put in place of a folded `<details>` body. */
  foldNote: string;
  /** Markdown appended after a cut. */
  cutNote: string;
}

export interface Fitted {
  text: string;
  /** How many `<details>` bodies were folded. */
  folded: number;
  /** Whether the text had to be cut as well. */
  cut: boolean;
}

/**
 * `text` unchanged when it fits, else folded and, if needed, cut to at most `limit`.
 * @throws RangeError when even the notes alone do not fit in `limit`
 */
export function fitMarkdown(text: string, options: FitOptions): Fitted {
  const size = sizer(options.measure);
  if (size(text) <= options.limit) return { text, folded: 0, cut: false };

  const folding = fold(text, options, size);
  if (size(folding.text) <= options.limit) return { text: folding.text, folded: folding.folded, cut: false };
  return { text: cut(folding.text, options, size), folded: folding.folded, cut: true };
}

function sizer(measure: Measure): (text: string) => number {
  return measure === 'chars' ? (text) => text.length : (text) => Buffer.byteLength(text, 'utf8');
}

interface DetailsBlock {
  /** Where the folded part starts (after `</summary>`, or after `<details>` without one) and ends (before `</details>`). */
  start: number;
  end: number;
  size: number;
}

const DETAILS_TAG = /<(\/?)details\b[^>]*>/gi;

function topLevelDetails(text: string, size: (text: string) => number): DetailsBlock[] {
  const blocks: DetailsBlock[] = [];
  let depth = 0;
  let openEnd = 0;
  for (const match of text.matchAll(DETAILS_TAG)) {
    const closing = match[1] === '/';
    if (!closing) {
      if (depth === 0) openEnd = match.index + match[0].length;
      depth += 1;
    } else if (depth > 0) {
      depth -= 1;
      if (depth === 0) {
        const summaryEnd = /<\/summary>/i.exec(text.slice(openEnd, match.index));
        const start = summaryEnd ? openEnd + summaryEnd.index + summaryEnd[0].length : openEnd;
        blocks.push({ start, end: match.index, size: size(text.slice(start, match.index)) });
      }
    }
  }
  return blocks;
}

/** Folds the largest `<details>` bodies first, only as many as needed, in one rebuild. */
function fold(text: string, options: FitOptions, size: (text: string) => number): { text: string; folded: number } {
  const replacement = `\n\n${options.foldNote}\n\n`;
  const replacementSize = size(replacement);
  const blocks = topLevelDetails(text, size)
    .filter((block) => block.size > replacementSize)
    .sort((a, b) => b.size - a.size);
  let total = size(text);
  const chosen: DetailsBlock[] = [];
  for (const block of blocks) {
    if (total <= options.limit) break;
    chosen.push(block);
    total -= block.size - replacementSize;
  }
  if (chosen.length === 0) return { text, folded: 0 };
  chosen.sort((a, b) => a.start - b.start);
  let result = '';
  let position = 0;
  for (const block of chosen) {
    result += text.slice(position, block.start) + replacement;
    position = block.end;
  }
  return { text: result + text.slice(position), folded: chosen.length };
}

/** The longest prefix of `text` ending at a line break whose size is at most `budget`. */
function prefixWithin(text: string, budget: number, measure: Measure): string {
  if (budget <= 0) return '';
  if (measure === 'chars') {
    const head = text.slice(0, budget);
    const lineEnd = head.lastIndexOf('\n');
    return lineEnd >= 0 ? head.slice(0, lineEnd + 1) : '';
  }
  const bytes = Buffer.from(text, 'utf8').subarray(0, budget);
  // A newline byte never occurs inside a multi-byte character, so this cut is always valid UTF-8.
  const lineEnd = bytes.lastIndexOf(0x0a);
  return lineEnd >= 0 ? bytes.subarray(0, lineEnd + 1).toString('utf8') : '';
}

/** What must be appended to `head` to close its open code fence and `<details>` blocks. */
function closers(head: string): string {
  let fence: string | undefined;
  let depth = 0;
  for (const line of head.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    for (const match of line.matchAll(DETAILS_TAG)) depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
  }
  return (fence !== undefined ? `${fence}\n` : '') + '\n</details>\n'.repeat(depth);
}

function cut(text: string, options: FitOptions, size: (text: string) => number): string {
  const note = `\n${options.cutNote}\n`;
  let budget = options.limit - size(note);
  if (budget < 0) throw new RangeError(`a limit of ${options.limit} leaves no room for the cut note`);
  for (;;) {
    const head = prefixWithin(text, budget, options.measure);
    const result = head + closers(head) + note;
    const over = size(result) - options.limit;
    if (over <= 0) return result;
    budget -= over;
  }
}
