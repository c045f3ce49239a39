/**
 * The pooled sample of two sorted samples as tie groups: the distinct values in ascending order
 * with how many of each sample sit on each. Rank tests (Mann–Whitney, Anderson–Darling,
 * Cramér–von Mises) need nothing more, so one merge of the two sorted arrays serves them all
 * in O(n + m), and a permutation of the pooled sample is a re-draw of the per-group counts.
 */
export interface PooledTies {
  /** Distinct values, ascending. */
  readonly values: Float64Array;
  /** countA[j]: observations of sample A equal to values[j]. */
  readonly countA: Int32Array;
  /** countB[j]: observations of sample B equal to values[j]. */
  readonly countB: Int32Array;
  readonly sizeA: number;
  readonly sizeB: number;
}

/** Domain: both samples sorted ascending, without NaN. */
export function poolTies(sortedA: Float64Array, sortedB: Float64Array): PooledTies {
  const nA = sortedA.length;
  const nB = sortedB.length;
  const values = new Float64Array(nA + nB);
  const countA = new Int32Array(nA + nB);
  const countB = new Int32Array(nA + nB);
  let k = 0;
  let i = 0;
  let j = 0;
  while (i < nA || j < nB) {
    const value = j >= nB || (i < nA && sortedA[i] <= sortedB[j]) ? sortedA[i] : sortedB[j];
    const i0 = i;
    const j0 = j;
    while (i < nA && sortedA[i] === value) i++;
    while (j < nB && sortedB[j] === value) j++;
    values[k] = value;
    countA[k] = i - i0;
    countB[k] = j - j0;
    k++;
  }
  return { values: values.slice(0, k), countA: countA.slice(0, k), countB: countB.slice(0, k), sizeA: nA, sizeB: nB };
}

/** True when some value occurs more than once in the pooled sample. */
export function hasTies(pooled: PooledTies): boolean {
  return pooled.values.length < pooled.sizeA + pooled.sizeB;
}

/**
 * Σ (t³ − t) / (N³ − N) over tie groups of size t: the share by which ties shrink the variance of
 * rank statistics (0 without ties, 1 when all values are equal).
 */
export function tieFactor(pooled: PooledTies): number {
  const n = pooled.sizeA + pooled.sizeB;
  if (n < 2) return 0;
  let sum = 0;
  for (let k = 0; k < pooled.values.length; k++) {
    const t = pooled.countA[k] + pooled.countB[k];
    sum += t * t * t - t;
  }
  return sum / (n * n * n - n);
}
