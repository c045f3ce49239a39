/**
 * Distinct numbers and order statistics in linear time, for columns of a million values where
 * a full sort (about 250 ms per million on a CI runner) would dominate validation.
 */

/** murmur3's 32-bit finaliser. */
function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const box = new Float64Array(1);
const words = new Uint32Array(box.buffer);

function slotOf(v: number, mask: number): number {
  box[0] = v;
  return fmix(words[0] ^ fmix(words[1] + 0x9e3779b9)) & mask;
}

/** Beyond this many distinct values the hash table leaves the cache and a sort is faster. */
const HASH_LIMIT = 1 << 16;

function countDistinctBySorting(values: Float64Array, state: Uint8Array | undefined, keep: number): number {
  let kept = values;
  if (state !== undefined) {
    let count = 0;
    for (let i = 0; i < values.length; i++) if (state[i] === keep) count++;
    kept = new Float64Array(count);
    let k = 0;
    for (let i = 0; i < values.length; i++) if (state[i] === keep) kept[k++] = values[i];
  } else {
    kept = values.slice();
  }
  kept.sort();
  let distinct = 0;
  for (let i = 0; i < kept.length; i++) if (i === 0 || kept[i] !== kept[i - 1]) distinct++;
  return distinct;
}

/**
 * How many distinct values `values[i]` hold over the rows where `state[i] === keep` (all rows
 * when `state` is undefined). NaN rows must be excluded by `state`; -0 and 0 count as one value.
 * An open-addressing hash set in typed arrays (linear probing, load ≤ 1/2) that starts small and
 * doubles, so a column of few values stays in cache; past {@link HASH_LIMIT} distinct values, a sort.
 */
export function countDistinct(values: Float64Array, state?: Uint8Array, keep = 0): number {
  const n = values.length;
  let size = 1024;
  let mask = size - 1;
  let keys = new Float64Array(size);
  let used = new Uint8Array(size);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (state !== undefined && state[i] !== keep) continue;
    const v = values[i] === 0 ? 0 : values[i];
    let slot = slotOf(v, mask);
    for (;;) {
      if (used[slot] === 0) {
        used[slot] = 1;
        keys[slot] = v;
        distinct++;
        break;
      }
      if (keys[slot] === v) break;
      slot = (slot + 1) & mask;
    }
    if (distinct > HASH_LIMIT) return countDistinctBySorting(values, state, keep);
    if (distinct * 2 > size) {
      // Double the table and re-insert every key.
      const oldKeys = keys;
      const oldUsed = used;
      size *= 2;
      mask = size - 1;
      keys = new Float64Array(size);
      used = new Uint8Array(size);
      for (let s = 0; s < oldKeys.length; s++) {
        if (oldUsed[s] === 0) continue;
        let t = slotOf(oldKeys[s], mask);
        while (used[t] === 1) t = (t + 1) & mask;
        used[t] = 1;
        keys[t] = oldKeys[s];
      }
    }
  }
  return distinct;
}

/**
 * The k-th smallest (0-based) of `values`, rearranging them (Hoare's quickselect with a
 * median-of-three pivot). `values` must not hold NaN.
 */
export function selectInPlace(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const middle = (left + right) >>> 1;
    // Median of three as the pivot, which also guards against sorted input.
    if (values[middle] < values[left]) swap(values, middle, left);
    if (values[right] < values[left]) swap(values, right, left);
    if (values[right] < values[middle]) swap(values, right, middle);
    const pivot = values[middle];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k];
  }
  return values[k];
}

function swap(values: Float64Array, i: number, j: number): void {
  const t = values[i];
  values[i] = values[j];
  values[j] = t;
}

/** The median of `values` (mean of the two middle values for an even count), leaving `values` untouched. */
export function medianOf(values: Float64Array): number {
  return medianInPlace(values.slice());
}

/** {@link medianOf}, rearranging `scratch` instead of copying it. */
export function medianInPlace(scratch: Float64Array): number {
  const n = scratch.length;
  if (n === 0) return NaN;
  const upper = selectInPlace(scratch, n >> 1);
  if (n % 2 === 1) return upper;
  // After selecting the upper middle, everything left of it is ≤ it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (scratch[i] > lower) lower = scratch[i];
  return (lower + upper) / 2;
}
