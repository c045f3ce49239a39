/**
 * Text and numbers inside a Mermaid block. Mermaid sanitises labels as HTML, so `<` and `&`
 * would show as `&lt;` / `&amp;` in the drawn chart (issue 15's raw entities): chart text carries
 * no HTML specials at all — they become look-alike characters or words. A label sits in double
 * quotes, so quotes, backticks (Mermaid's markdown strings, and the markdown fence around the
 * block), `#…;` (Mermaid's entity syntax) and line breaks are replaced too.
 */
import { visibleValue } from '../document/visible.js';

const REPLACE: Record<string, string> = {
  '<': '‹',
  '>': '›',
  '&': '+',
  '"': '″',
  '`': '′',
  '\\': '/',
  '\n': ' ',
  '\r': ' ',
  '\t': ' ',
};

/** Text safe inside a quoted Mermaid label, cut to `max` characters (with an ellipsis). */
export function chartText(text: string, max = 60): string {
  let out = text.replace(/[<>&"`\\\n\r\t]/g, (c) => REPLACE[c]);
  // Mermaid decodes `#name;` and `#123;` as entities; a space after the `#` keeps the text as written.
  out = out.replace(/#(?=\w+;)/g, '# ');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  // `%%` starts a Mermaid comment and `{`/`}` delimit directives and accDescr blocks.
  out = out.replace(/%%/g, '%').replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'));
  return [...out].length > max ? `${[...out].slice(0, max - 1).join('')}…` : out;
}

/**
 * A number as Mermaid's xychart grammar reads it: plain decimal (it has no exponent syntax),
 * `significant` digits, trailing zeros dropped. Non-finite values are a caller's bug.
 * @example mermaidNumber(0.000012345) // "0.000012345"; mermaidNumber(0.30000000000000004) // "0.3"; mermaidNumber(-2) // "-2"
 */
export function mermaidNumber(value: number, significant = 6): string {
  if (!Number.isFinite(value)) throw new Error(`a chart value must be finite, got ${value}`);
  if (value === 0) return '0';
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const rounded = Number(value.toPrecision(significant));
  const decimals = Math.min(20, Math.max(0, significant - 1 - Math.floor(Math.log10(Math.abs(rounded)))));
  const text = rounded.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A label from data (a bin, a category, a slice value): empty or blank shown visibly, then made safe. */
export function chartValue(text: string, max = 24): string {
  return chartText(visibleValue(text), max);
}

/**
 * A number written so Mermaid reads back exactly the same double (the x-axis range, from which it
 * rebuilds point positions): the shortest round-trip form when it has no exponent.
 * @example exactNumber(0.0009765625) // "0.0009765625"
 */
export function exactNumber(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? mermaidNumber(value, 17) : text;
}
