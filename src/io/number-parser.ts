/**
 * Decimal numbers parsed straight from bytes, without making a string on the fast paths.
 *
 * Grammar (the same as `parseStrictNumber` in table.ts): `[+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?`, or `[+-]?` followed by `inf`, `Inf`, `infinity` or `Infinity`.
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
  // mantissa: the first 15 significant digits; low: up to 4 more (lowDigits of them).
  let mantissa = 0;
  let significant = 0;
  let low = 0;
  let lowDigits = 0;
  let exponent = 0;
  let digits = 0;
  let integer = true;
  for (; i < end; i++) {
    const d = bytes[i] - ZERO;
    if (d < 0 || d > 9) break;
    digits++;
    if (significant < 15) {
      if (significant > 0 || d !== 0) {
        significant++;
        mantissa = mantissa * 10 + d;
      }
    } else {
      significant++;
      if (lowDigits < 4) {
        low = low * 10 + d;
        lowDigits++;
      } else {
        exponent++;
      }
    }
  }
  if (i < end && bytes[i] === DOT) {
    integer = false;
    for (i++; i < end; i++) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      digits++;
      if (significant < 15) {
        if (significant > 0 || d !== 0) {
          significant++;
          mantissa = mantissa * 10 + d;
        }
        exponent--;
      } else {
        significant++;
        if (lowDigits < 4) {
          low = low * 10 + d;
          lowDigits++;
          exponent--;
        }
      }
    }
  }
  if (digits === 0) return i === bodyStart ? parseInfinity(bytes, i, end, negative) : NaN;
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
    let written = 0;
    const expStart = i;
    for (; i < end; i++) {
      const d = bytes[i] - ZERO;
      if (d < 0 || d > 9) break;
      if (written < 100000) written = written * 10 + d;
    }
    if (i === expStart) return NaN;
    exponent += expNegative ? -written : written;
  }
  numberSyntax.integer = integer;
  numberSyntax.end = i;
  let value: number;
  if (mantissa === 0 && low === 0) {
    value = 0;
  } else if (significant <= 15) {
    if (exponent >= -22 && exponent <= 22) value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
    else value = slowPath(bytes, start, i);
  } else if (significant <= 19 && exponent >= -22 && exponent <= 22) {
    value = doubleDoubleRound(mantissa, low, lowDigits, exponent);
    if (value !== value) value = slowPath(bytes, start, i);
  } else {
    value = slowPath(bytes, start, i);
  }
  return negative ? -value : value;
}

function slowPath(bytes: Uint8Array, start: number, end: number): number {
  return Math.abs(Number(Buffer.prototype.latin1Slice.call(bytes, start, end)));
}

// Error-free transformations (Dekker, Knuth): a·b = product + productError, exactly.
let product = 0;
let productError = 0;
const SPLITTER = 134217729; // 2^27 + 1

function twoProduct(a: number, b: number): void {
  product = a * b;
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  productError = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: word 1

/**
 * (mantissa · 10^lowDigits + low) · 10^exponent, correctly rounded, or NaN when it cannot be
 * certified here. mantissa < 10^15, low < 10^lowDigits, |exponent| ≤ 22.
 */
function doubleDoubleRound(mantissa: number, low: number, lowDigits: number, exponent: number): number {
  // w = mantissa·10^k + low exactly, as the double-double a + b.
  twoProduct(mantissa, POW10[lowDigits]);
  const s = productError + low; // exact: both are integers below 2^14 in magnitude
  const a = product + s;
  const b = s - (a - product);
  const p = POW10[exponent < 0 ? -exponent : exponent];
  let hi: number;
  let lo: number;
  if (exponent < 0) {
    hi = a / p;
    twoProduct(hi, p);
    lo = (a - product - productError + b) / p;
  } else {
    twoProduct(a, p);
    hi = product;
    lo = productError + b * p;
  }
  const rounded = hi + lo;
  const offset = hi - rounded + lo; // how far the double-double lies from `rounded`
  bits[0] = rounded;
  const exponentBits = (words[HIGH] >>> 20) & 0x7ff;
  if (exponentBits <= 53 || exponentBits === 0x7ff) return NaN; // subnormal ulp, overflow
  if ((words[HIGH] & 0xfffff) === 0 && words[1 - HIGH] === 0) return NaN; // a power of two
  words[HIGH] = (exponentBits - 53) << 20; // ulp(rounded) / 2
  words[1 - HIGH] = 0;
  const halfUlp = bits[0];
  const distance = Math.abs(offset) - halfUlp;
  if (distance > -halfUlp * 2 ** -40 && distance < halfUlp * 2 ** -40) return NaN;
  if (distance > 0) return NaN;
  return rounded;
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
  numberSyntax.end = end;
  return negative ? -Infinity : Infinity;
}

/** Integers beyond ±2^53 cannot all be held exactly in a double. */
export function isExactInteger(value: number): boolean {
  return value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER;
}
