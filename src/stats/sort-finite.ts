/**
 * The finite values of a numeric column, sorted ascending — the one expensive step of every rank
 * and ECDF statistic at a million rows, so it is done once per column side and shared.
 *
 * Three strategies, each giving exactly the order of `Float64Array.prototype.sort` (−0 before +0):
 * - integer values spanning a small range (at most max(2²⁰, 2n) apart, typical of counts, codes
 *   and ages): a counting sort, O(n + range);
 * - other arrays of 4,096 values or more: a least-significant-digit radix sort on the IEEE-754 bit
 *   patterns (mapped so that unsigned order is numeric order), six 11-bit digits, skipping every
 *   digit that is the same for all values (the low-mantissa digits of rounded data, the exponent
 *   digits of data within one binade) — O(n) per pass, 2–3× faster than the comparison sort;
 * - small arrays: the built-in sort.
 * NaN and ±Infinity are dropped and counted (they are missing values for drift statistics).
 */

const RADIX_MIN_LENGTH = 4096;
const COUNTING_MIN_RANGE = 1 << 20;

export interface FiniteSorted {
  values: Float64Array;
  /** How many NaN and ±Infinity were dropped. */
  dropped: number;
}

export function sortFinite(input: Float64Array): FiniteSorted {
  let finite = 0;
  let allIntegers = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < input.length; i++) {
    const v = input[i];
    if (v - v !== 0) continue; // NaN or ±Infinity
    finite++;
    if (v < min) min = v;
    if (v > max) max = v;
    if (allIntegers && (Math.floor(v) !== v || Object.is(v, -0))) allIntegers = false;
  }
  const dropped = input.length - finite;
  if (finite === 0) return { values: new Float64Array(0), dropped };
  if (allIntegers && max - min <= Math.max(COUNTING_MIN_RANGE, 2 * finite)) return { values: countingSort(input, finite, min, max), dropped };
  const values = new Float64Array(finite);
  if (dropped === 0) values.set(input);
  else for (let i = 0, k = 0; i < input.length; i++) if (input[i] - input[i] === 0) values[k++] = input[i];
  return { values: finite >= RADIX_MIN_LENGTH ? radixSort(values) : values.sort(), dropped };
}

function countingSort(input: Float64Array, finite: number, min: number, max: number): Float64Array {
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < input.length; i++) {
    const v = input[i];
    if (v - v === 0) counts[v - min]++;
  }
  const out = new Float64Array(finite);
  let k = 0;
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j];
    if (c === 0) continue;
    out.fill(j + min, k, k + c);
    k += c;
  }
  return out;
}

const SHIFTS = [0, 11, 22, 0, 11, 22];
const MASKS = [2047, 2047, 1023, 2047, 2047, 1023];

/** LSD radix sort of finite doubles (in place semantics: returns a new sorted array). */
export function radixSort(values: Float64Array): Float64Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n); // little-endian: [lo, hi] per value
  let hiA = new Uint32Array(n);
  let loA = new Uint32Array(n);
  let hiB = new Uint32Array(n);
  let loB = new Uint32Array(n);
  const histogram = new Uint32Array(6 * 2048);
  for (let i = 0; i < n; i++) {
    let lo = words[2 * i];
    let hi = words[2 * i + 1];
    // negative: flip all bits; positive: flip the sign bit — unsigned order becomes numeric order
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    hiA[i] = hi;
    loA[i] = lo;
    histogram[lo & 2047]++;
    histogram[2048 + ((lo >>> 11) & 2047)]++;
    histogram[4096 + (lo >>> 22)]++;
    histogram[6144 + (hi & 2047)]++;
    histogram[8192 + ((hi >>> 11) & 2047)]++;
    histogram[10240 + (hi >>> 22)]++;
  }
  for (let pass = 0; pass < 6; pass++) {
    const base = pass * 2048;
    let sum = 0;
    let trivial = false;
    for (let d = 0; d < 2048; d++) {
      const count = histogram[base + d];
      if (count === n) {
        trivial = true;
        break;
      }
      histogram[base + d] = sum;
      sum += count;
    }
    if (trivial) continue;
    const key = pass < 3 ? loA : hiA;
    const shift = SHIFTS[pass];
    const mask = MASKS[pass];
    for (let i = 0; i < n; i++) {
      const slot = histogram[base + ((key[i] >>> shift) & mask)]++;
      hiB[slot] = hiA[i];
      loB[slot] = loA[i];
    }
    [hiA, hiB] = [hiB, hiA];
    [loA, loB] = [loB, loA];
  }
  const out = new Float64Array(n);
  const outWords = new Uint32Array(out.buffer);
  for (let i = 0; i < n; i++) {
    let lo = loA[i];
    let hi = hiA[i];
    if (hi & 0x80000000) {
      hi = (hi & 0x7fffffff) >>> 0;
    } else {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    }
    outWords[2 * i] = lo;
    outWords[2 * i + 1] = hi;
  }
  return out;
}
