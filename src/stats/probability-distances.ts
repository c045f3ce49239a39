/**
 * Distances between two discrete distributions given as proportions (or counts) over the same
 * bins. Each normalises its inputs to sum to 1 first, as scipy does, so the shared binning's 1e-4
 * for empty bins (src/stats/binning.ts) cannot push them out of range.
 */

function normalised(p: ArrayLike<number>, name: string): Float64Array {
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    if (!(p[i] >= 0)) throw new RangeError(`${name}: proportions must be non-negative numbers`);
    total += p[i];
  }
  if (!(total > 0)) throw new RangeError(`${name}: proportions sum to 0`);
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = p[i] / total;
  return out;
}

function pair(p: ArrayLike<number>, q: ArrayLike<number>, name: string): [Float64Array, Float64Array] {
  if (p.length !== q.length) throw new RangeError(`${name}: the two distributions differ in length`);
  return [normalised(p, name), normalised(q, name)];
}

/** x·ln(x/y) with 0·ln(0/y) = 0 and x·ln(x/0) = ∞ (scipy.special.rel_entr). */
function relativeEntropy(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Infinity;
  return x * Math.log(x / y);
}

/**
 * Jensen–Shannon distance, as scipy.spatial.distance.jensenshannon(p, q, base): the square root of
 * the Jensen–Shannon divergence ½ KL(p‖m) + ½ KL(q‖m), m = (p + q)/2. Natural log by default
 * (range [0, √ln 2] ≈ [0, 0.8326]); base 2 gives range [0, 1].
 * @throws RangeError on arrays of different length, negative entries or a zero total.
 * @example jensenShannonDistance([1, 0], [0, 1], 2) // 1
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  const [a, b] = pair(p, q, 'Jensen–Shannon');
  let left = 0;
  let right = 0;
  for (let i = 0; i < a.length; i++) {
    const m = (a[i] + b[i]) / 2;
    left += relativeEntropy(a[i], m);
    right += relativeEntropy(b[i], m);
  }
  let js = left + right;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(0, js / 2));
}

/**
 * Kullback–Leibler divergence KL(p‖q) = Σ p ln(p/q), as scipy.stats.entropy(p, q) (natural log).
 * Not symmetric; Infinity when q is 0 where p is not. Range [0, ∞].
 * @example klDivergence([0.5, 0.5], [0.25, 0.75]) // 0.14384103622589042
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [a, b] = pair(p, q, 'Kullback–Leibler');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += relativeEntropy(a[i], b[i]);
  return sum;
}

/**
 * Hellinger distance H = √(½ Σ (√p − √q)²) = √(1 − Σ √(p q)), computed in the first form, which
 * keeps its precision for nearly equal distributions. Range [0, 1].
 * @example hellingerDistance([1, 0], [0, 1]) // 1
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [a, b] = pair(p, q, 'Hellinger');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (Math.sqrt(a[i]) - Math.sqrt(b[i])) ** 2;
  return Math.sqrt(sum / 2);
}

/**
 * Total variation distance ½ Σ |p − q|: the largest difference in probability the two
 * distributions give any set of bins — "the share of the mass that moved". Range [0, 1].
 * @example totalVariationDistance([0.5, 0.5], [0.25, 0.75]) // 0.25
 */
export function totalVariationDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [a, b] = pair(p, q, 'total variation');
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / 2;
}
