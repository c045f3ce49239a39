/**
 * The fuzzers' source of randomness: mlgate's own seeded xoshiro128** (src/stats/rng.ts), one
 * stream per (seed, target, case) so that any single case can be replayed on its own
 * (`npm run fuzz -- --target csv --seed 1 --case 4711`), plus the few helpers generators need.
 */
import { createRandom, type Random } from '../../src/stats/rng.js';

export class Rng {
  private readonly source: Random;
  constructor(seed: number) {
    this.source = createRandom(seed);
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.source.next() * n);
  }

  /** A uniform integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.source.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Mostly small, sometimes large: lengths and counts that find both edge cases and size bugs. */
  size(max: number): number {
    const r = this.source.next();
    return r < 0.6 ? this.int(Math.min(max, 4) + 1) : r < 0.9 ? this.int(Math.min(max, 40) + 1) : this.int(max + 1);
  }

  /** A string of `length` characters drawn from `alphabet` (code points). */
  text(length: number, alphabet: readonly string[]): string {
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick(alphabet);
    return out;
  }

  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = this.int(256);
    return out;
  }
}

/** A 32-bit hash of the parts, to seed one case's stream (FNV-1a). */
export function caseSeed(seed: number, target: string, index: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}\u0000${target}\u0000${index}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Characters that break parsers: delimiters, quotes, line ends, escapes, controls, Unicode. */
export const NASTY_CHARS = [
  'a', 'b', 'x', '0', '1', '9', '.', '-', '+', 'e', 'E', ' ', '\t', ',', ';', '|', '"', "'", '`', '\\', '/',
  '\n', '\r', '\r\n', '\u0000', '\u0001', '\u001b', '\u007f', '\u00a0', '\u2028', '\u2029', '\ufeff', '\ufffd',
  'é', 'ß', '中', '😀', '\ud800', '#', '@', '%', '&', '<', '>', '{', '}', '[', ']', ':', '=', '!', '*', '?', '~', '$',
];

/** Tokens that mean something to some parser: numbers at the edges, missing markers, dates, keywords. */
export const NASTY_TOKENS = [
  '', ' ', '0', '-0', '1', '-1', '007', '1e400', '-1e400', '1e-400', '1e308', '4.9e-324', '9007199254740993',
  '123456789012345678901234567890', '0x1F', '1_000', '1,5', '.5', '5.', '+3', 'NaN', 'nan', '-NaN', 'Infinity',
  '-Infinity', 'inf', 'NA', 'N/A', 'null', 'NULL', 'None', 'true', 'false', 'TRUE', 'True', 'yes', 'no',
  '2024-01-01', '2024-02-30', '2024-01-01T00:00:00Z', '2024-01-01T25:61:61', '1970-01-01T00:00:00.000+99:99',
  '9999-12-31', '0000-01-01', '-000001-01-01T00:00:00Z', '"quoted"', '"unterminated', 'a""b', '"a""b"', ' padded ',
  '@octocat', '#1', '<!-- x -->', '\u0000', 'é', '😀',
];
