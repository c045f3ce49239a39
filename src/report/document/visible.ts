/**
 * How a value from data that a reader could not see is shown — decided once, for every backend.
 * An empty value is `∅`; whitespace a renderer would swallow (all of a blank value, and any
 * leading or trailing run) shows as control pictures (`␠` space, `␉` tab, `␤` line break, `␍`
 * carriage return); a line break or tab inside a value shows as its picture too, so a cell stays
 * one line. Other control characters become their control pictures (U+2400 + code), so a value
 * cannot move a terminal's cursor or colour its output.
 *
 * @example visibleValue('') // "∅"; visibleValue('  ') // "␠␠"; visibleValue(' DE') // "␠DE"; visibleValue('a\nb') // "a␤b"
 */

export const EMPTY_MARK = '∅';

const PICTURE: Record<string, string> = { ' ': '␠', '\t': '␉', '\n': '␤', '\r': '␍' };

/** The visible form of a value (see the file header). */
export function visibleValue(text: string): string {
  if (text.length === 0) return EMPTY_MARK;
  const inner = controlPictures(text.replace(/[\t\n\r]/g, (c) => PICTURE[c]));
  return inner.replace(/^\s+|\s+$/g, (run) => [...run].map((c) => PICTURE[c] ?? '␠').join(''));
}

/** Longest value the markdown comment shows (code points); the HTML report and the JSON hold it whole. */
export const MAX_VALUE_LENGTH = 100;

/**
 * {@link visibleValue}, cut to `max` code points with `…` — for the comment, where one 10,000-character
 * value would push a table off the screen and eat the size limit.
 * @example shortValue('x'.repeat(300), 10) // "xxxxxxxxx…"
 */
export function shortValue(text: string, max = MAX_VALUE_LENGTH): string {
  const shown = visibleValue(text);
  const chars = [...shown];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : shown;
}

/** C0 controls and DEL as their Unicode control pictures (␀ … ␟, ␡); C1 controls as `�`. */
export function controlPictures(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '␡';
    return '\ufffd';
  });
}

/** Words for a status icon, for screen readers and for the terminal's no-colour fallback. */
export const STATUS_WORD = {
  pass: 'pass',
  warn: 'warning',
  fail: 'fail',
  inconclusive: 'inconclusive',
  skipped: 'skipped',
  error: 'error',
} as const;
