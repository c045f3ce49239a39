/**
 * Exact samplers for the binomial, Poisson and multinomial distributions, fast for any n: the
 * bootstrap draws a million-row resample as a multinomial over a handful of confusion-matrix
 * cells, which must cost O(cells), never O(rows).
 *
 * - Binomial(n, p): inversion of the CDF when n·min(p, 1−p) < 10 (a few steps on average);
 *   otherwise BTRS, the transformed rejection with squeeze of Hörmann (1993), "The generation of
 *   binomial random variates", J. Stat. Comput. Simul. 46 — the algorithm TensorFlow and JAX use.
 *   Constant expected time in n.
 * - Poisson(λ): inversion for λ < 10; otherwise PTRS, Hörmann (1993), "The transformed rejection
 *   method for generating Poisson random variables", Insurance: Math. & Econ. 12 — the algorithm
 *   numpy's `Generator.poisson` uses.
 * - Multinomial(n, w): conditional binomials, cell by cell (count_i ~ Binomial(remaining n,
 *   w_i / remaining weight)), which is exact and costs one binomial draw per cell.
 *
 * "Exact" means exact in distribution up to floating-point rounding of the acceptance tests
 * (relative errors around 1e-15); checked by chi-square goodness of fit in
 * test/metrics/discrete-sampling.test.ts.
 */
import type { Random } from './rng.js';

/**
 * A draw from Binomial(n, p): the number of successes in n independent trials of probability p.
 * @param n a non-negative integer (up to 2^53).
 * @param p a probability in [0, 1].
 * @throws RangeError for a negative or non-integer n, or p outside [0, 1].
 */
export function sampleBinomial(random: Random, n: number, p: number): number {
  if (!(n >= 0) || !Number.isInteger(n)) throw new RangeError(`binomial n must be a non-negative integer, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial p must be in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  // Both algorithms want p ≤ 1/2; the count of failures mirrors the count of successes.
  if (p > 0.5) return n - binomialSmallP(random, n, 1 - p);
  return binomialSmallP(random, n, p);
}

function binomialSmallP(random: Random, n: number, p: number): number {
  return n * p < 10 ? binomialInversion(random, n, p) : binomialBtrs(random, n, p);
}

/** Sequential search of the CDF from 0, the pmf updated by its ratio P(k)/P(k−1). */
function binomialInversion(random: Random, n: number, p: number): number {
  const q = 1 - p;
  const ratio = p / q;
  const start = Math.exp(n * Math.log1p(-p)); // P(0) = q^n ≥ e^−10·(something) since n·p < 10
  for (;;) {
    let u = random.next();
    let probability = start;
    let k = 0;
    while (u >= probability) {
      u -= probability;
      k++;
      if (k > n) break; // rounding left u above the total mass: draw again
      probability *= ((n - k + 1) / k) * ratio;
    }
    if (k <= n) return k;
  }
}

/**
 * BTRS, Hörmann (1993): transformed rejection with squeeze. The squeeze accepts most candidates
 * (about 86%) before the exact test is needed, so the exact test's constants (log-factorials at
 * the mode, log odds) are computed only on the first draw that reaches it.
 */
function binomialBtrs(random: Random, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let alpha = NaN;
  let logOdds = NaN;
  let mode = NaN;
  let h = NaN;
  for (;;) {
    const u = random.next() - 0.5;
    let v = random.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    if (Number.isNaN(h)) {
      alpha = (2.83 + 5.1 / b) * spq;
      logOdds = Math.log(p / q);
      mode = Math.floor((n + 1) * p);
      h = logFactorial(mode) + logFactorial(n - mode);
    }
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds) return k;
  }
}

/**
 * A draw from Poisson(λ).
 * @param lambda the mean, finite and ≥ 0.
 * @throws RangeError for a negative, infinite or NaN λ.
 */
export function samplePoisson(random: Random, lambda: number): number {
  if (!(lambda >= 0) || lambda === Infinity) throw new RangeError(`Poisson mean must be finite and ≥ 0, got ${lambda}`);
  if (lambda === 0) return 0;
  return lambda < 10 ? poissonInversion(random, lambda) : poissonPtrs(random, lambda);
}

function poissonInversion(random: Random, lambda: number): number {
  for (;;) {
    let u = random.next();
    let probability = Math.exp(-lambda);
    let k = 0;
    while (u >= probability) {
      u -= probability;
      k++;
      probability *= lambda / k;
      if (probability === 0) break; // rounding left u above the total mass: draw again
    }
    if (probability > 0) return k;
  }
}

function poissonPtrs(random: Random, lambda: number): number {
  const sqrtLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLambda;
  const a = -0.059 + 0.02483 * b;
  const logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random.next() - 0.5;
    const v = random.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logFactorial(k)) return k;
  }
}

/**
 * A sampler of Multinomial(n, weights / Σ weights), built once for repeated draws (the bootstrap
 * draws B resamples of the same confusion matrix). Weights need not be normalised; integer
 * counts are the natural input, and then every conditional probability is a ratio of exact sums.
 * @throws RangeError when a weight is negative or not finite, or all weights are 0.
 */
export function multinomialSampler(weights: ArrayLike<number>): (random: Random, n: number, out: Float64Array) => Float64Array {
  const cells = weights.length;
  // remaining[i] = Σ_{j ≥ i} w_j, summed from the end so that remaining[last] is exactly w_last.
  const remaining = new Float64Array(cells + 1);
  for (let i = cells - 1; i >= 0; i--) {
    const w = weights[i];
    if (!(w >= 0) || w === Infinity) throw new RangeError(`multinomial weights must be finite and ≥ 0, got ${w} at ${i}`);
    remaining[i] = remaining[i + 1] + w;
  }
  if (!(remaining[0] > 0)) throw new RangeError('multinomial weights must not all be 0');
  const conditional = new Float64Array(cells);
  for (let i = 0; i < cells; i++) conditional[i] = remaining[i] > 0 ? Math.min(1, weights[i] / remaining[i]) : 0;
  return (random, n, out) => {
    if (out.length < cells) throw new RangeError(`multinomial output needs ${cells} cells, got ${out.length}`);
    let left = n;
    for (let i = 0; i < cells; i++) {
      const drawn = left === 0 ? 0 : sampleBinomial(random, left, conditional[i]);
      out[i] = drawn;
      left -= drawn;
    }
    return out;
  };
}

/** One draw from Multinomial(n, weights / Σ weights) into `out` (length ≥ weights.length). */
export function sampleMultinomial(random: Random, n: number, weights: ArrayLike<number>, out: Float64Array = new Float64Array(weights.length)): Float64Array {
  return multinomialSampler(weights)(random, n, out);
}

const LOG_FACTORIAL_TABLE_SIZE = 256;
const LOG_FACTORIAL_TABLE = (() => {
  const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
  // Summed in log space (k! overflows a double beyond 170!): absolute error below 1e-13.
  for (let k = 1; k < LOG_FACTORIAL_TABLE_SIZE; k++) table[k] = table[k - 1] + Math.log(k);
  return table;
})();
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln(k!) for a non-negative integer k: a table below 256, Stirling's series beyond (its first
 * omitted term, 1/(1680 k⁷), is below 1e-19 there).
 */
export function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL_TABLE_SIZE) return LOG_FACTORIAL_TABLE[k];
  const inverse = 1 / k;
  const inverse2 = inverse * inverse;
  const series = inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260)));
  return (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI + series;
}
