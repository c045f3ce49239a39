/**
 * The bootstrap of a statistic that depends on the data only through cell counts (a confusion
 * matrix, or the joint truth × champion × challenger table of a paired comparison).
 *
 * Resampling N rows with replacement and counting them into C cells gives counts distributed
 * exactly as Multinomial(N, observed counts / N). So each bootstrap replicate is one multinomial
 * draw over the C cells — O(C) per replicate with {@link multinomialSampler}, instead of O(N) —
 * and the replicate statistics have exactly the distribution that row resampling would give
 * (checked against row resampling in test/metrics/bootstrap-multinomial.test.ts).
 *
 * Domain: counts are non-negative integers, not all 0; replicates ≥ 1.
 */
import { multinomialSampler } from './discrete-sampling.js';
import type { Random } from './rng.js';

/**
 * Draws `replicates` resamples of `counts` and hands each to `visit` (the buffer is reused: read
 * it, don't keep it).
 * @throws RangeError when the counts are negative, non-finite or all zero.
 */
export function multinomialBootstrap(counts: ArrayLike<number>, replicates: number, random: Random, visit: (resampled: Float64Array, replicate: number) => void): void {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  const draw = multinomialSampler(counts);
  const resampled = new Float64Array(counts.length);
  for (let b = 0; b < replicates; b++) visit(draw(random, total, resampled), b);
}
