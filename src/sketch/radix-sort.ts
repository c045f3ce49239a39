/**
 * Sorting finite doubles in place by LSD radix sort on their IEEE-754 bits, for the profile's
 * per-chunk sort (column-state.ts): on chunks of 10⁵ values it is several times faster than
 * Float64Array.prototype.sort, and gives the same order (−0 before +0, as the native sort).
 *
 * Each double's bits become an unsigned 64-bit key whose order is the numbers' order (negative
 * numbers: every bit flipped; others: the sign bit flipped), held as two 32-bit words. Six passes
 * of 11, 11 and 10 bits over each word, least significant first, each a stable counting sort; all
 * six histograms come from one first pass, and a pass whose digit is the same for every key (the
 * exponent bits of values of one magnitude, the low bits of integers) is skipped.
 * Domain: finite values (NaN would sort after +Infinity). Below 512 values the native sort is used.
 * @example radixSortFloat64(Float64Array.of(3, -1, 0.5)) // Float64Array [-1, 0.5, 3]
 */

const DIGITS = [
  { word: 0, shift: 0, bits: 11 },
  { word: 0, shift: 11, bits: 11 },
  { word: 0, shift: 22, bits: 10 },
  { word: 1, shift: 0, bits: 11 },
  { word: 1, shift: 11, bits: 11 },
  { word: 1, shift: 22, bits: 10 },
] as const;

let scratchLo = new Uint32Array(0);
let scratchHi = new Uint32Array(0);
let keysLo = new Uint32Array(0);
let keysHi = new Uint32Array(0);
const histograms = DIGITS.map((d) => new Uint32Array(1 << d.bits));

/** Sorts `values` ascending in place and returns it. */
export function radixSortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 512) return values.sort();
  if (keysLo.length < n) {
    keysLo = new Uint32Array(n);
    keysHi = new Uint32Array(n);
    scratchLo = new Uint32Array(n);
    scratchHi = new Uint32Array(n);
  }
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  let lo = keysLo;
  let hi = keysHi;
  for (const h of histograms) h.fill(0);
  const [h0, h1, h2, h3, h4, h5] = histograms;
  for (let i = 0; i < n; i++) {
    let a = words[2 * i];
    let b = words[2 * i + 1];
    if (b & 0x80000000) {
      a = ~a >>> 0;
      b = ~b >>> 0;
    } else {
      b = (b | 0x80000000) >>> 0;
    }
    lo[i] = a;
    hi[i] = b;
    h0[a & 2047]++;
    h1[(a >>> 11) & 2047]++;
    h2[a >>> 22]++;
    h3[b & 2047]++;
    h4[(b >>> 11) & 2047]++;
    h5[b >>> 22]++;
  }
  let outLo = scratchLo;
  let outHi = scratchHi;
  for (let p = 0; p < DIGITS.length; p++) {
    const { word, shift, bits } = DIGITS[p];
    const histogram = histograms[p];
    const mask = (1 << bits) - 1;
    // A digit shared by every key: the pass would not move anything.
    const first = (word === 0 ? lo[0] : hi[0]) >>> shift & mask;
    if (histogram[first] === n) continue;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
      const c = histogram[d];
      histogram[d] = sum;
      sum += c;
    }
    const key = word === 0 ? lo : hi;
    for (let i = 0; i < n; i++) {
      const at = histogram[(key[i] >>> shift) & mask]++;
      outLo[at] = lo[i];
      outHi[at] = hi[i];
    }
    [lo, outLo] = [outLo, lo];
    [hi, outHi] = [outHi, hi];
  }
  for (let i = 0; i < n; i++) {
    let a = lo[i];
    let b = hi[i];
    if (b & 0x80000000) {
      b = (b & 0x7fffffff) >>> 0;
    } else {
      a = ~a >>> 0;
      b = ~b >>> 0;
    }
    words[2 * i] = a;
    words[2 * i + 1] = b;
  }
  // The buffers may have been swapped: keep the four distinct for the next call.
  keysLo = lo;
  keysHi = hi;
  scratchLo = outLo;
  scratchHi = outHi;
  return values;
}
