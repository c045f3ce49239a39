/**
 * Mann–Whitney U test (Wilcoxon rank-sum), two-sided, as scipy.stats.mannwhitneyu(x, y) with its
 * defaults in scipy 1.10 (use_continuity=True, method='auto'):
 * - U = R_x − n_x(n_x + 1)/2 from the midranks of the pooled sample (reported: U of x);
 * - exact when min(n_x, n_y) ≤ 8 and there are no ties: 2·P(U ≥ max(U_x, U_y)) from the exact null
 *   distribution (the generating function Π (1 − q^(n+i)) / (1 − q^i)), capped at 1;
 * - otherwise asymptotic: z = (max(U_x, U_y) − n_x n_y/2 − ½) / σ with the tie-corrected
 *   σ² = n_x n_y/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))), p = 2·P(Z > z).
 * All values tied gives σ = 0 and p NaN, as scipy's.
 * Domain: two non-empty samples sorted ascending, no NaN. Range: U in [0, n_x n_y], p in [0, 1].
 * @throws RangeError if a sample is empty.
 * @example mannWhitneyU(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6)) // { statistic: 0, pValue: 0.1, method: 'exact' }
 */
import { normalSf } from './normal.js';
import { hasTies, poolTies, type PooledTies } from './pooled-ties.js';

export interface MannWhitneyResult {
  /** U of the first sample. */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

export function mannWhitneyU(sortedX: Float64Array, sortedY: Float64Array): MannWhitneyResult {
  if (sortedX.length === 0 || sortedY.length === 0) throw new RangeError('mannwhitneyu needs two non-empty samples');
  return mannWhitneyUPooled(poolTies(sortedX, sortedY));
}

export function mannWhitneyUPooled(pooled: PooledTies): MannWhitneyResult {
  const n1 = pooled.sizeA;
  const n2 = pooled.sizeB;
  const n = n1 + n2;
  let rankSum = 0;
  let tieTerm = 0;
  let below = 0;
  for (let k = 0; k < pooled.values.length; k++) {
    const t = pooled.countA[k] + pooled.countB[k];
    rankSum += pooled.countA[k] * (below + (t + 1) / 2);
    tieTerm += t * t * t - t;
    below += t;
  }
  const u1 = rankSum - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const u = Math.max(u1, u2);
  const exact = !(n1 > 8 && n2 > 8) && !hasTies(pooled);
  let p: number;
  if (exact) {
    p = 2 * exactUpperTail(Math.round(u), n1, n2);
  } else {
    const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    p = 2 * normalSf((u - (n1 * n2) / 2 - 0.5) / sigma);
  }
  return { statistic: u1, pValue: Number.isNaN(p) ? NaN : Math.min(1, Math.max(0, p)), method: exact ? 'exact' : 'asymptotic' };
}

/** P(U ≥ u) under the null for sizes m, n: by symmetry P(U ≤ mn − u), summed from the exact pmf. */
function exactUpperTail(u: number, m: number, n: number): number {
  const [small, large] = m <= n ? [m, n] : [n, m];
  const maxU = small * large;
  // coefficients of the Gaussian binomial [small + large choose small]_q: counts of each U value
  let counts = new Float64Array(maxU + 1);
  counts[0] = 1;
  for (let i = 1; i <= small; i++) {
    const next = counts.slice();
    const a = large + i;
    for (let k = maxU; k >= a; k--) next[k] -= next[k - a]; // × (1 − q^(large+i))
    for (let k = i; k <= maxU; k++) next[k] += next[k - i]; // ÷ (1 − q^i)
    counts = next;
  }
  let total = 0;
  for (let k = 0; k <= maxU; k++) total += counts[k];
  let tail = 0;
  for (let k = 0; k <= maxU - u; k++) tail += counts[k];
  return tail / total;
}
