/**
 * The rank-error bound ε of a quantile sketch (kll.ts): with probability at least 1 − δ over the
 * sketch's coin flips, its estimated CDF F̂ is within ε of the sample's empirical CDF F at EVERY
 * point x at once: sup_x |F̂(x) − F(x)| ≤ ε. This is what a KS statistic computed from a sketch
 * needs (|D̂ − D| ≤ ε) and what the binned tests' bin edges inherit.
 *
 * Proof. Write the estimated rank R̂(x) = Σ w·#{items ≤ x} and the true rank R(x) = n F(x).
 * 1. A compaction of a sorted buffer of weight w (keep the odd- or the even-indexed items, by a
 *    fair coin, at weight 2w) changes R̂(x) by 0 when an even number of the buffer's items are
 *    ≤ x, and by +w or −w with probability ½ each otherwise: a zero-mean step of size ≤ w given
 *    everything before it. So for a fixed x, R̂(x) − R(x) − (deterministic part) is a martingale
 *    with differences bounded by w_c, and Azuma–Hoeffding gives
 *    P(|R̂(x) − R(x)| ≥ t + D) ≤ 2 exp(−t² / (2V)),  V = Σ_c w_c²  (the sketch's `variance`),
 *    where D bounds the deterministic part: summaries computed exactly elsewhere (one order
 *    statistic per block of w ranks, as the SQL engines return them) are off by at most w at any
 *    x, and those bounds add (`deterministicError`). Merges add V and D.
 * 2. From points to the supremum: take grid points y_j = inf{x : R(x) ≥ j s}, j = 0 … m − 1,
 *    m = ⌈n / s⌉ + 1, and ask the bound at each y_j and at its left limit y_j⁻ (2m events, so a
 *    union bound gives the factor 4m). Between y_j and y_{j+1} both R and R̂ are non-decreasing,
 *    R rises by less than s, so |R̂(x) − R(x)| ≤ t + s + D for every x once it holds at the grid.
 *    Hence with probability ≥ 1 − δ: sup |R̂ − R| ≤ D + s + √(2V ln(4m/δ)), for any s > 0; we
 *    take the s that minimises it.
 * The same argument is in Karnin, Lang & Liberty, "Optimal quantile approximation in streams"
 * (FOCS 2016), §3 (their bound is stated for one x; the grid step is the standard one). A sketch
 * that never compacted (V = 0, D = 0) is exact: ε = 0.
 * Domain: n ≥ 0, V ≥ 0, D ≥ 0, 0 < δ < 1. Range: ε in [0, 1].
 * @example rankErrorBound(1_000_000, 0, 0, 1e-6) // 0
 */

/** δ of every stated bound: the bound holds except with probability at most one in a million. */
export const DEFAULT_BOUND_FAILURE = 1e-6;

export function rankErrorBound(n: number, variance: number, deterministicError: number, delta = DEFAULT_BOUND_FAILURE): number {
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be between 0 and 1, got ${delta}`);
  if (n <= 0) return 0;
  if (variance <= 0) return Math.min(1, deterministicError / n);
  // Minimise s + √(2V ln(4m/δ)) over s on a geometric grid from 1/n … n ranks (the function is
  // flat near its minimum, so 400 points find it to well under 1%).
  let best = Infinity;
  for (let i = 0; i <= 400; i++) {
    const s = Math.exp(Math.log(1e-3) + (i / 400) * (Math.log(n) - Math.log(1e-3)));
    const m = Math.ceil(n / s) + 1;
    const t = Math.sqrt(2 * variance * Math.log((4 * m) / delta));
    if (s + t < best) best = s + t;
  }
  return Math.min(1, (deterministicError + best) / n);
}
