/**
 * Two-sample Kolmogorov–Smirnov test, two-sided: D = sup_x |F_a(x) − F_b(x)| over the empirical
 * CDFs of the two samples, as scipy.stats.ks_2samp(a, b, alternative='two-sided', method='auto')
 * in scipy 1.10:
 * - `auto` is exact when max(n_a, n_b) ≤ 10,000, asymptotic beyond;
 * - exact: the lattice-path probability P(D ≥ d) with d rounded to the lattice h / lcm(n_a, n_b)
 *   (the reported statistic is that rounded d, as scipy's), by the outside-square formula when the
 *   sizes are equal and Hodges' inside method (Viehmann's 1 − p recursion) otherwise; it falls back
 *   to asymptotic when lcm is too large or the recursion fails, as scipy does;
 * - asymptotic: kstwo.sf(d, round(n_a n_b / (n_a + n_b))), the one-sample distribution at the
 *   effective size.
 * Ties are allowed (ECDFs are evaluated after every tie group); the p-value then is conservative.
 * Domain: both samples sorted ascending, non-empty, no NaN. Statistic in [0, 1], p-value in [0, 1].
 * @throws RangeError if a sample is empty.
 * @example ksTwoSample(Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6, 7)) // { statistic: 1, pValue: 0.05714285714285715, method: 'exact' }
 */
import { ecdfDistances } from './ecdf-distances.js';
import { kolmogorovSf } from './kolmogorov-distribution.js';

export type KsMethod = 'auto' | 'exact' | 'asymptotic';

export interface KsTwoSampleResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** scipy's MAX_AUTO_N: `auto` is exact up to this sample size. */
export const KS_MAX_EXACT_N = 10_000;
const INT32_MAX = 2147483647;

export function ksTwoSample(sortedA: Float64Array, sortedB: Float64Array, method: KsMethod = 'auto'): KsTwoSampleResult {
  if (sortedA.length === 0 || sortedB.length === 0) throw new RangeError('ks_2samp needs two non-empty samples');
  return ksTwoSampleFromStatistic(ksStatistic(sortedA, sortedB), sortedA.length, sortedB.length, method);
}

/**
 * The same test from an already computed statistic D (ecdf-distances.ts computes it together with
 * the Wasserstein distance in one pass) and the two sample sizes.
 */
export function ksTwoSampleFromStatistic(statistic: number, n1: number, n2: number, method: KsMethod = 'auto'): KsTwoSampleResult {
  if (!(n1 >= 1 && n2 >= 1)) throw new RangeError('ks_2samp needs two non-empty samples');
  let d = statistic;

  let mode: 'exact' | 'asymptotic' = method === 'asymptotic' ? 'asymptotic' : 'exact';
  if (method === 'auto') mode = Math.max(n1, n2) <= KS_MAX_EXACT_N ? 'exact' : 'asymptotic';
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  if (method === 'exact' && n1g >= INT32_MAX / n2g) mode = 'asymptotic';

  if (mode === 'exact') {
    const exact = exactTwoSided(n1, n2, g, d);
    if (exact.p !== undefined) return { statistic: exact.d, pValue: clip01(exact.p), method: 'exact' };
    d = exact.d; // scipy keeps the lattice-rounded statistic when it falls back
    mode = 'asymptotic';
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  d = Math.min(1, Math.max(0, d));
  return { statistic: d, pValue: clip01(kolmogorovSf(roundHalfEven(en), d)), method: 'asymptotic' };
}

/** sup |F_a − F_b|, evaluated after each tie group of the pooled sample (scipy's searchsorted 'right'). */
export function ksStatistic(sortedA: Float64Array, sortedB: Float64Array): number {
  return ecdfDistances(sortedA, sortedB).ks;
}

function exactTwoSided(n1: number, n2: number, g: number, d: number): { d: number; p: number | undefined } {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const dLattice = h / lcm;
  if (h === 0) return { d: dLattice, p: 1 };
  const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideInsideMethod(n1, n2, g, h);
  return { d: dLattice, p: Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined };
}

/**
 * P(D_{n,n} ≥ h/n) = 2 Σ_k (−1)^(k+1) C(2n, n − kh) / C(2n, n), in scipy's Horner-like form that
 * avoids the cancellation of the alternating sum.
 */
function probabilityOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * The proportion of lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h/lcm,
 * computed column by column as 1 − p directly (Hodges 1958; Viehmann 2021), as scipy's
 * `_compute_outer_prob_inside_method`.
 */
function probabilityOutsideInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1];
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** numpy's round: to the nearest integer, halves to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
