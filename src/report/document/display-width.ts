/**
 * Display width in terminal columns: East Asian wide characters and emoji take two, combining
 * marks none (string-width, which reads Unicode's East Asian Width and emoji properties per
 * grapheme). The terminal backend aligns tables by it, never by `.length`.
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Pads to `width` columns: left-aligned text gets spaces after, right-aligned before, centred
 * both. `shown` (the same text with ANSI styling) is what is written; `text` is what is measured.
 */
export function pad(text: string, width: number, align: 'left' | 'right' | 'center', shown = text): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(gap) + shown;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + shown + ' '.repeat(gap - Math.floor(gap / 2));
  return shown + ' '.repeat(gap);
}

/** Cuts to at most `width` columns on a grapheme boundary, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}
