/**
 * Decimal numbers parsed straight from bytes, without making a string on the fast path.
 *
 * Grammar (the same as `parseStrictNumber` in table.ts): `[+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?`, or `[+-]?` followed by `inf`, `Inf`, `infinity` or `Infinity`.
 * Thousands separators, hex, `0x`, `1_000` and a lone `.` are not numbers.
 *
 * Exactness: with at most 15 significant digits and a decimal exponent within ±22, both the
 * digits and the power of ten are exact doubles, so one multiplication or division is correctly
 * rounded (Clinger's fast path) and equals `Number(text)`. Anything longer goes through
 * `Number()` on the token's text, which is correctly rounded too.
 */

/** Set by {@link parseNumberBytes}: the last token that parsed was written as an integer. */
export const numberSyntax = { integer: false };

const POW10 = new Float64Array(23);
POW10[0] = 1;
for (let i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;

const ZERO = 48;
const DOT = 46;
const PLUS = 43;
const MINUS = 45;

/**
 * The number written in `bytes[start, end)` (already trimmed), or NaN when it is not a number.
 * Sets `numberSyntax.integer` when the token has no fraction, exponent or infinity.
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i >= end) return NaN;
  let negative = false;
  let c = bytes[i];
  if (c === MINUS || c === PLUS) {
    negative = c === MINUS;
    if (++i >= end) return NaN;
    c = bytes[i];
  }
  const bodyStart = i;
  let mantissa = 0;
  let significant = 0;
  let exponent = 0;
  let digits = 0;
  // integer part
  while (i < end) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) break;
    if (significant > 0 || d !== 0) {
      significant++;
      mantissa = mantissa * 10 + d;
    }
    digits++;
    i++;
  }
  let integer = true;
  if (i < end && bytes[i] === DOT) {
    integer = false;
    i++;
    while (i < end) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      if (significant > 0 || d !== 0) {
        significant++;
        mantissa = mantissa * 10 + d;
      }
      exponent--;
      digits++;
      i++;
    }
  }
  if (digits === 0) return i === bodyStart ? parseInfinity(bytes, i, end, negative) : NaN;
  if (i < end) {
    c = bytes[i];
    if (c !== 101 && c !== 69) return NaN; // e or E
    integer = false;
    if (++i >= end) return NaN;
    let expNegative = false;
    c = bytes[i];
    if (c === MINUS || c === PLUS) {
      expNegative = c === MINUS;
      if (++i >= end) return NaN;
    }
    let written = 0;
    const expStart = i;
    while (i < end) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) return NaN;
      if (written < 100000) written = written * 10 + d;
      i++;
    }
    if (i === expStart) return NaN;
    exponent += expNegative ? -written : written;
  }
  numberSyntax.integer = integer;
  let value: number;
  if (mantissa === 0) value = 0;
  else if (significant <= 15 && exponent >= -22 && exponent <= 22) {
    value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
  } else {
    value = Math.abs(Number(latin1(bytes, start, end)));
  }
  return negative ? -value : value;
}

/** `inf`, `Inf`, `infinity`, `Infinity` (the sign was already read). */
function parseInfinity(bytes: Uint8Array, i: number, end: number, negative: boolean): number {
  const length = end - i;
  if (length !== 3 && length !== 8) return NaN;
  const first = bytes[i];
  if (first !== 105 && first !== 73) return NaN; // i or I
  const word = length === 3 ? 'nf' : 'nfinity';
  for (let k = 0; k < word.length; k++) if (bytes[i + 1 + k] !== word.charCodeAt(k)) return NaN;
  numberSyntax.integer = false;
  return negative ? -Infinity : Infinity;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/** Integers beyond ±2^53 cannot all be held exactly in a double. */
export function isExactInteger(value: number): boolean {
  return value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER;
}
