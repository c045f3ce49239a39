/**
 * The binomial distribution and the exact two-sided binomial test at p = ½ (the sign test),
 * which is the exact form of McNemar's test.
 *
 * `binomialPmf` is Loader's saddle-point evaluation ("Fast and accurate computation of binomial
 * probabilities", 2000; the algorithm behind R's dbinom and scipy.stats.binom.pmf): relative
 * error about 1e-14 at any n, where n!/(k!(n−k)!) would overflow and a log-factorial difference
 * would cancel. `binomialCdf` sums the pmf from k towards the near tail by the ratio of
 * consecutive terms. Checked against scipy.stats.binom and scipy.stats.binomtest
 * (test/stats/mcnemar.test.ts).
 *
 * Domain: integer n ≥ 0, integer k (k < 0 gives 0 mass, k > n gives 0 mass and cdf 1),
 * p in [0, 1]. Throws RangeError for a negative or non-integer n, or p outside [0, 1]: these are
 * programming errors, not user input.
 */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** P(X = k) for X ~ Binomial(n, p). @example binomialPmf(3, 10, 0.5) // 0.1171875 */
export function binomialPmf(k: number, n: number, p: number): number {
  checkArguments(n, p);
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const logDensity = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * q);
  return Math.exp(logDensity) * Math.sqrt(n / (2 * Math.PI * k * (n - k)));
}

/** P(X ≤ k) for X ~ Binomial(n, p). Range [0, 1]. @example binomialCdf(2, 10, 0.5) // 0.0546875 */
export function binomialCdf(k: number, n: number, p: number): number {
  checkArguments(n, p);
  const top = Math.floor(k);
  if (top < 0) return 0;
  if (top >= n) return 1;
  const odds = p / (1 - p);
  if (top < n * p) {
    // Lower tail: terms shrink going down, P(X = j−1) = P(X = j) · j / ((n − j + 1) · odds).
    let term = binomialPmf(top, n, p);
    let sum = term;
    for (let j = top; j > 0 && term > sum * 1e-17; j--) {
      term *= j / ((n - j + 1) * odds);
      sum += term;
    }
    return Math.min(1, sum);
  }
  // Upper tail beyond k, then the complement: P(X = j+1) = P(X = j) · (n − j) · odds / (j + 1).
  let term = binomialPmf(top + 1, n, p);
  let sum = term;
  for (let j = top + 1; j < n && term > sum * 1e-17; j++) {
    term *= ((n - j) * odds) / (j + 1);
    sum += term;
  }
  return Math.max(0, 1 - sum);
}

/**
 * Exact two-sided p-value of k successes in n trials under p = ½: min(1, 2 · P(X ≤ min(k, n−k))).
 * Equals scipy.stats.binomtest(k, n, 0.5).pvalue (its "minlike" two-sided rule reduces to this for
 * the symmetric p = ½) and statsmodels' exact McNemar p-value with k = either discordant count.
 * n = 0 gives 1 (no trials, no evidence).
 * @example binomialTestHalf(2, 12) // 0.03857421875
 */
export function binomialTestHalf(k: number, n: number): number {
  checkArguments(n, 0.5);
  if (!Number.isInteger(k) || k < 0 || k > n) throw new RangeError(`binomialTestHalf: k = ${k} is not an integer in [0, ${n}]`);
  return Math.min(1, 2 * binomialCdf(Math.min(k, n - k), n, 0.5));
}

function checkArguments(n: number, p: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`binomial: n = ${n} is not a non-negative integer`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial: p = ${p} is not in [0, 1]`);
}

/**
 * ln(n!) − [(n + ½) ln n − n + ½ ln 2π], the error of Stirling's formula: directly from the exact
 * factorial for n ≤ 15 (n! is exact in a double there), by its asymptotic series beyond.
 */
function stirlingError(n: number): number {
  if (n <= 15) {
    let factorial = 1;
    for (let i = 2; i <= n; i++) factorial *= i;
    return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - LOG_SQRT_2PI;
  }
  const w = 1 / (n * n);
  return (1 / 12 - w * (1 / 360 - w * (1 / 1260 - w * (1 / 1680 - w / 1188)))) / n;
}

/**
 * Loader's bd0: x ln(x / m) + m − x, the deviance term, by a series in v = (x − m)/(x + m) when
 * x is near m (where the direct form cancels).
 */
function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let power = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      power *= v2;
      const next = sum + power / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}
