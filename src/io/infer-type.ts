/**
 * Type inference for one column, token by token.
 *
 * A column gets the type of its first non-missing token, tried in this order: number (integer
 * when written without fraction or exponent), boolean (`true`/`false`, `True`/`False`,
 * `TRUE`/`FALSE`), ISO 8601 datetime (see datetime-parser.ts), else string. It keeps that type
 * only if EVERY later non-missing token parses the same way; one token that does not (`1,234`,
 * `N/A`, `yes` in a boolean column) makes the whole column a string column with the raw
 * (trimmed) tokens, so nothing is silently coerced. A column of integers that holds one beyond
 * ±2^53 (e.g. 20-digit ids), which a double cannot hold exactly, is text too; among numbers with
 * fractions such a token is just a number, rounded to the nearest double like any other.
 *
 * An explicit type (configuration) is strict instead: a token that does not parse is an error
 * naming file, column, row and token. Explicit `boolean` also accepts any letter case and 1/0.
 */

/** What a column's tokens have looked like so far. `unknown`: only missing values yet. */
export type InferredKind = 'unknown' | 'number' | 'boolean' | 'datetime' | 'string';

const TRUE_FORMS = ['true', 'True', 'TRUE'].map((t) => Buffer.from(t));
const FALSE_FORMS = ['false', 'False', 'FALSE'].map((t) => Buffer.from(t));

function equalsAt(bytes: Uint8Array, start: number, end: number, word: Uint8Array): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[start + k] !== word[k]) return false;
  return true;
}

function equalsIgnoreCase(bytes: Uint8Array, start: number, end: number, lowerWord: string): boolean {
  if (end - start !== lowerWord.length) return false;
  for (let k = 0; k < lowerWord.length; k++) if ((bytes[start + k] | 0x20) !== lowerWord.charCodeAt(k)) return false;
  return true;
}

/** 1 for true, 0 for false, -1 when the token is not one of the inferred boolean spellings. */
export function parseBooleanBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 4) {
    for (const form of TRUE_FORMS) if (equalsAt(bytes, start, end, form)) return 1;
  } else if (length === 5) {
    for (const form of FALSE_FORMS) if (equalsAt(bytes, start, end, form)) return 0;
  }
  return -1;
}

/** The explicit-type spelling: `true`/`false` in any case, or `1`/`0`. */
export function parseBooleanLenient(bytes: Uint8Array, start: number, end: number): number {
  if (end - start === 1) {
    if (bytes[start] === 49) return 1;
    if (bytes[start] === 48) return 0;
    return -1;
  }
  if (equalsIgnoreCase(bytes, start, end, 'true')) return 1;
  if (equalsIgnoreCase(bytes, start, end, 'false')) return 0;
  return -1;
}
