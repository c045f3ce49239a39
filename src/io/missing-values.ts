/**
 * Which tokens mean "no value". A field that is empty after trimming is always missing; so are
 * `NaN`, `nan`, `-NaN` and `-nan` (as in pandas, whose default also treats them as missing: a
 * NaN in a data file is a gap, not a measurement). Further tokens come from the caller's
 * `nullValues` (validate-data's `null_values`). `NA`, `N/A`, `null` and the like are values unless
 * listed there: validate-data reports them, other actions stop on them in numeric columns.
 */

/** Tokens that are missing whatever the caller says. */
export const BUILTIN_NULL_TOKENS: readonly string[] = ['NaN', 'nan', '-NaN', '-nan'];

import { parseNumberBytes } from './number-parser.js';

export class MissingValues {
  private readonly tokens: Buffer[];
  private readonly strings: Set<string>;
  private readonly maxLength: number;
  /** Some missing token is a number (say -999): numbers must then be checked one by one. */
  readonly hasNumericToken: boolean;
  /** 1 for every byte some missing token starts with: most tokens are rejected by one lookup. */
  readonly firstBytes = new Uint8Array(256);

  constructor(nullValues: readonly string[] = []) {
    const all = [...new Set([...BUILTIN_NULL_TOKENS, ...nullValues.map((t) => t.trim())])].filter((t) => t !== '');
    this.tokens = all.map((t) => Buffer.from(t, 'utf8'));
    this.strings = new Set(all);
    this.maxLength = Math.max(0, ...this.tokens.map((t) => t.length));
    for (const token of this.tokens) this.firstBytes[token[0]] = 1;
    this.hasNumericToken = this.tokens.some((t) => !Number.isNaN(parseNumberBytes(t, 0, t.length)));
  }

  /** Whether the trimmed token `bytes[start, end)` means missing. */
  isMissingBytes(bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (length === 0) return true;
    if (length > this.maxLength || this.firstBytes[bytes[start]] === 0) return false;
    outer: for (const token of this.tokens) {
      if (token.length !== length) continue;
      for (let k = 0; k < length; k++) if (token[k] !== bytes[start + k]) continue outer;
      return true;
    }
    return false;
  }

  /** Whether the trimmed text means missing. */
  isMissingString(trimmed: string): boolean {
    return trimmed === '' || this.strings.has(trimmed);
  }
}
