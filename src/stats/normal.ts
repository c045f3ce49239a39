/**
 * The standard normal distribution, accurate in the far tails (where jstat's `normal.cdf`
 * returns 0 below about −8.3): needed for p-values of large z statistics on large samples.
 *
 * `normalCdf`: the Taylor series of Φ near 0 and the continued fraction of Mills' ratio in the
 * tails (relative error about 1e-14 across the range, tails included). `normalQuantile` is Acklam's
 * rational approximation refined by one Halley step against the accurate tail.
 * Checked against scipy.stats.norm.cdf / sf / ppf (test/stats/normal.test.ts).
 */

/** P(Z ≤ x) for Z ~ N(0, 1). Domain: all reals (±Infinity allowed); NaN gives NaN. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const tail = upperTailOfAbs(Math.abs(x));
  return x > 0 ? 1 - tail : tail;
}

/** P(Z > x), computed directly so that it keeps its precision for large x. */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const tail = upperTailOfAbs(Math.abs(x));
  return x < 0 ? 1 - tail : tail;
}

/** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
export function normalTwoSided(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return Math.min(1, 2 * upperTailOfAbs(Math.abs(z)));
}

/**
 * P(Z > a) for a ≥ 0. Below 3 the Taylor series of Φ (all terms positive, so no cancellation
 * inside the sum; the subtraction from 1 loses under two digits); from 3 on, the continued
 * fraction of Mills' ratio, evaluated backwards with enough terms for full double precision.
 */
function upperTailOfAbs(a: number): number {
  if (a === Infinity) return 0;
  const density = Math.exp((-a * a) / 2) / Math.sqrt(2 * Math.PI);
  if (a < 3) {
    // Φ(a) − 1/2 = φ(a) · Σ a^(2k+1) / (1·3·…·(2k+1))
    let term = a;
    let sum = a;
    for (let k = 1; k < 200 && term > sum * 1e-17; k++) {
      term *= (a * a) / (2 * k + 1);
      sum += term;
    }
    return 0.5 - density * sum;
  }
  if (density === 0) return 0;
  // Q(a) = φ(a) / (a + 1/(a + 2/(a + 3/(a + …))))
  let fraction = a;
  for (let k = 120; k >= 1; k--) fraction = a + k / fraction;
  return density / fraction;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * The quantile function (inverse CDF): the x with P(Z ≤ x) = p. Domain (0, 1); 0 and 1 give
 * ∓Infinity; outside [0, 1] or NaN gives NaN.
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  // One Halley step against the accurate CDF; in the upper half work with the tail for precision.
  const error = p > 0.5 ? -(normalSf(x) - (1 - p)) : normalCdf(x) - p;
  const u = error * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** The two-sided critical value for a confidence level: z with P(|Z| ≤ z) = confidence. */
export function zCritical(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}
