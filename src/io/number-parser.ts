/**
 * Decimal numbers parsed straight from bytes, without making a string on the fast paths.
 *
 * Grammar (the same as `parseStrictNumber` in table.ts): `[+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?`, or `[+-]?` followed by `inf`, `Inf`, `INF`, `infinity`, `Infinity` or
 * `INFINITY` (as numpy and pandas write them).
 * Thousands separators, hex, `0x`, `1_000` and a lone `.` are not numbers.
 *
 * Exactness — every result equals `Number(text)` (correctly rounded, round-half-even):
 * 1. Up to 15 significant digits and a decimal exponent within ±22: the digits and the power of
 *    ten are exact doubles, so one multiplication or division is correctly rounded (Clinger's
 *    fast path).
 * 2. 16 to 19 significant digits (what full-precision exports such as pandas' `to_csv` write),
 *    exponent within ±22: the digits are held exactly as a double-double, multiplied or divided
 *    by the power of ten in double-double arithmetic (error below 2^-100 relative), and rounded
 *    once. When that value lies too close to a rounding midpoint to certify, or the result is a
 *    power of two or subnormal, the token goes to path 3.
 * 3. Anything else: `Number()` on the token's text.
 */

/**
 * Side results of the last {@link scanNumber} / {@link parseNumberBytes}: whether the number was
 * written as an integer, and where its text ended.
 */
export const numberSyntax = { integer: false, end: 0 };

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
  const value = scanNumber(bytes, start, end);
  return numberSyntax.end === end ? value : NaN;
}

/**
 * The number whose text starts at `start` and runs as far as the grammar allows (at most to
 * `end`); `numberSyntax.end` is where it stopped. NaN when no number starts there (then `end`
 * is meaningless). The CSV reader uses it to parse a field while finding where the field ends.
 */
export function scanNumber(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  if (i >= end) return NaN;
  let negative = false;
  const first = bytes[i];
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS;
    if (++i >= end) return NaN;
  }
  const bodyStart = i;
  // All digits go into `mantissa`; `significant` counts those from the first non-zero one. The
  // value is exact while significant ≤ 15; longer mantissas are re-read by longMantissa().
  let mantissa = 0;
  let significant = 0;
  // Where the 15th significant digit ends, and the (exact) mantissa there, for longMantissa().
  let cut = -1;
  let mantissa15 = 0;
  for (; i < end; i++) {
    const d = bytes[i] - ZERO;
    if (d >>> 0 > 9) break;
    mantissa = mantissa * 10 + d;
    if (mantissa !== 0 && ++significant === 15) {
      cut = i + 1;
      mantissa15 = mantissa;
    }
  }
  let digits = i - bodyStart;
  let exponent = 0;
  let integer = true;
  let dot = -1;
  if (i < end && bytes[i] === DOT) {
    integer = false;
    dot = i;
    const fractionStart = ++i;
    for (; i < end; i++) {
      const d = bytes[i] - ZERO;
      if (d >>> 0 > 9) break;
      mantissa = mantissa * 10 + d;
      if (mantissa !== 0 && ++significant === 15) {
        cut = i + 1;
        mantissa15 = mantissa;
      }
    }
    exponent = fractionStart - i;
    digits += i - fractionStart;
  }
  if (digits === 0) return i === bodyStart ? parseInfinity(bytes, i, end, negative) : NaN;
  const mantissaEnd = i;
  let written = 0;
  if (i < end && (bytes[i] | 0x20) === 101) {
    // e or E: an exponent must follow, else the text is not a number
    integer = false;
    if (++i >= end) return NaN;
    let expNegative = false;
    const sign = bytes[i];
    if (sign === MINUS || sign === PLUS) {
      expNegative = sign === MINUS;
      if (++i >= end) return NaN;
    }
    const expStart = i;
    for (; i < end; i++) {
      const d = bytes[i] - ZERO;
      if (d >>> 0 > 9) break;
      if (written < 100000) written = written * 10 + d;
    }
    if (i === expStart) return NaN;
    if (expNegative) written = -written;
    exponent += written;
  }
  numberSyntax.integer = integer;
  numberSyntax.end = i;
  let value: number;
  if (significant <= 15) {
    if (mantissa === 0) value = 0;
    else if (exponent >= -22 && exponent <= 22) value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    else value = slowPath(bytes, start, i);
  } else {
    value = longMantissa(bytes, cut, mantissaEnd, mantissa15, dot, written);
    if (value !== value) value = slowPath(bytes, start, i);
  }
  return negative ? -value : value;
}

/**
 * The value of a mantissa of more than 15 significant digits times 10^written: `mantissa15`
 * holds the first 15 (ending at `cut`), the digits in `bytes[cut, to)` follow (`dot` is the
 * decimal point's position, or -1). Exact through {@link doubleDoubleRound} for up to 19
 * significant digits and a decimal exponent within ±22; NaN otherwise (then Number() decides).
 */
function longMantissa(bytes: Uint8Array, cut: number, to: number, mantissa15: number, dot: number, written: number): number {
  let low = 0;
  let lowDigits = 0;
  let last = cut; // just after the last digit used
  for (let j = cut; j < to; j++) {
    const c = bytes[j];
    if (c === DOT) continue;
    if (lowDigits === 4) return NaN; // more than 19 significant digits
    low = low * 10 + (c - ZERO);
    lowDigits++;
    last = j + 1;
  }
  const exponent = written - (dot >= 0 && last > dot ? last - dot - 1 : 0);
  if (exponent < -22 || exponent > 22) return NaN;
  return doubleDoubleRound(mantissa15, low, lowDigits, exponent);
}

function slowPath(bytes: Uint8Array, start: number, end: number): number {
  return Math.abs(Number(Buffer.prototype.latin1Slice.call(bytes, start, end)));
}

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's splitting constant
/** Bound on the double-double result's relative error (about 2^-104), with ample margin. */
const CERTAINTY = 2 ** -90;

/**
 * (mantissa · 10^lowDigits + low) · 10^exponent, correctly rounded, or NaN when it cannot be
 * certified here. mantissa < 10^15, low < 10^lowDigits, |exponent| ≤ 22, so the result is a
 * normal double. Products are made exact with Dekker's two-product (Veltkamp splitting).
 */
function doubleDoubleRound(mantissa: number, low: number, lowDigits: number, exponent: number): number {
  // w = mantissa·10^k + low exactly, as the double-double a + b.
  const scale = POW10[lowDigits];
  let product = mantissa * scale;
  let t = SPLITTER * mantissa;
  let xHigh = t - (t - mantissa);
  let xLow = mantissa - xHigh;
  t = SPLITTER * scale;
  let yHigh = t - (t - scale);
  let yLow = scale - yHigh;
  let error = xHigh * yHigh - product + xHigh * yLow + xLow * yHigh + xLow * yLow;
  const s = error + low; // exact: both are integers below 2^14 in magnitude
  const a = product + s;
  const b = s - (a - product);
  const p = POW10[exponent < 0 ? -exponent : exponent];
  t = SPLITTER * p;
  yHigh = t - (t - p);
  yLow = p - yHigh;
  let hi: number;
  let lo: number;
  if (exponent < 0) {
    hi = a / p;
    product = hi * p;
    t = SPLITTER * hi;
    xHigh = t - (t - hi);
    xLow = hi - xHigh;
    error = xHigh * yHigh - product + xHigh * yLow + xLow * yHigh + xLow * yLow;
    lo = (a - product - error + b) / p;
  } else {
    hi = a * p;
    t = SPLITTER * a;
    xHigh = t - (t - a);
    xLow = a - xHigh;
    lo = xHigh * yHigh - hi + xHigh * yLow + xLow * yHigh + xLow * yLow + b * p;
  }
  // The true value lies within ±margin of hi + lo. If both ends of that interval round to the
  // same double, that double is the correctly rounded result; else (near a midpoint) give up.
  const margin = (hi < 0 ? -hi : hi) * CERTAINTY;
  const up = hi + (lo + margin);
  return up === hi + (lo - margin) ? up : NaN;
}

/** `inf`, `Inf`, `INF`, `infinity`, `Infinity`, `INFINITY` (the sign was already read). */
function parseInfinity(bytes: Uint8Array, i: number, end: number, negative: boolean): number {
  const length = end - i;
  if (length !== 3 && length !== 8) return NaN;
  const word = length === 3 ? 'inf' : 'infinity';
  // The first letter in either case, the rest all lower case or (only after a capital) all upper.
  if ((bytes[i] | 0x20) !== 105) return NaN;
  const upper = bytes[i] === 73 && bytes[i + 1] === 78; // "IN…"
  for (let k = 1; k < length; k++) if (bytes[i + k] !== word.charCodeAt(k) - (upper ? 32 : 0)) return NaN;
  numberSyntax.integer = false;
  numberSyntax.end = end;
  return negative ? -Infinity : Infinity;
}

/** Integers beyond ±2^53 cannot all be held exactly in a double. */
export function isExactInteger(value: number): boolean {
  return value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER;
}
