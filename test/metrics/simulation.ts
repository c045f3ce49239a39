/**
 * Synthetic data with known population values, for the interval coverage tests: every generator
 * takes a seeded Random and returns typed arrays.
 */
import { expect } from 'vitest';
import { normalCdf, normalQuantile, normalSf } from '../../src/stats/normal.js';
import type { Random } from '../../src/stats/rng.js';

export function gaussian(random: Random): number {
  // Inversion: exact in distribution, one uniform per draw (1 − u keeps the argument in (0, 1]).
  return normalQuantile(1 - random.next());
}

/** Binormal scores: y ~ Bernoulli(prevalence), score ~ N(shift·y, 1). */
export function binormal(random: Random, rows: number, prevalence: number, shift: number): { yTrue: Int32Array; score: Float64Array } {
  const yTrue = new Int32Array(rows);
  const score = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const y = random.next() < prevalence ? 1 : 0;
    yTrue[r] = y;
    score[r] = shift * y + gaussian(random);
  }
  return { yTrue, score };
}

/** Population ROC AUC of the binormal model with unit variances: Φ(shift/√2). */
export function binormalAuc(shift: number, variance = 1): number {
  return normalCdf(shift / Math.sqrt(2 * variance));
}

/**
 * Population average precision of the binormal model: E[prec(S) | positive] with
 * prec(t) = π·Φ̄(t − shift) / (π·Φ̄(t − shift) + (1 − π)·Φ̄(t)), by Simpson's rule on a fine grid.
 */
export function binormalAveragePrecision(prevalence: number, shift: number): number {
  const lo = shift - 12;
  const hi = shift + 12;
  const steps = 24_000;
  const h = (hi - lo) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const t = lo + i * h;
    const tp = prevalence * normalSf(t - shift);
    const fp = (1 - prevalence) * normalSf(t);
    const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
    const density = Math.exp(-((t - shift) ** 2) / 2) / Math.sqrt(2 * Math.PI);
    sum += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * precision * density;
  }
  return (sum * h) / 3;
}

/** The fraction of `repetitions` intervals from `run` that contain `truth`. */
export function coverage(repetitions: number, truth: number, run: () => [number, number] | null): number {
  let covered = 0;
  for (let i = 0; i < repetitions; i++) {
    const ci = run();
    if (ci !== null && ci[0] <= truth && truth <= ci[1]) covered++;
  }
  return covered / repetitions;
}

/** Repetitions of each coverage simulation: the coverage's standard error is then 0.49 points. */
export const REPETITIONS = 2000;

/** A 95% interval's simulated coverage must lie in [93%, 97%]. */
export function expectNominal(observed: number, label: string): void {
  if (process.env.MLGATE_PRINT_COVERAGE) console.log(`coverage ${label}: ${observed}`);
  expect(observed, `${label}: coverage ${observed}`).toBeGreaterThanOrEqual(0.93);
  expect(observed, `${label}: coverage ${observed}`).toBeLessThanOrEqual(0.97);
}
