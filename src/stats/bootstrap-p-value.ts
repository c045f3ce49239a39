/**
 * The two-sided bootstrap p-value of "no difference" from B replicate differences δ*:
 *   p = min(1, 2·(min(#{δ* ≤ 0}, #{δ* ≥ 0}) + 1) / (B' + 1)),
 * B' the replicates where δ* is defined (NaN ones are left out). It is the smallest α at which the
 * percentile interval at 1 − α excludes 0, with the usual +1 correction so that it is never 0
 * (Davison & Hinkley, 1997, "Bootstrap Methods and their Application", §4.4). Identical models
 * give δ* = 0 in every replicate and p = 1.
 *
 * The same rule as the paired confusion-matrix bootstrap (src/metrics/paired-confusion-bootstrap.ts).
 * Domain: any Float64Array. Range: (0, 1], or null when no replicate is defined.
 * @example bootstrapPValue(Float64Array.of(0.1, 0.2, -0.05, 0.3)) // { pValue: 0.8, undefinedReplicates: 0 }
 */
export function bootstrapPValue(deltas: Float64Array): { pValue: number | null; undefinedReplicates: number } {
  let undefinedReplicates = 0;
  let below = 0;
  let above = 0;
  for (let j = 0; j < deltas.length; j++) {
    const d = deltas[j];
    if (Number.isNaN(d)) undefinedReplicates++;
    else {
      if (d <= 0) below++;
      if (d >= 0) above++;
    }
  }
  const defined = deltas.length - undefinedReplicates;
  return { pValue: defined > 0 ? Math.min(1, (2 * (Math.min(below, above) + 1)) / (defined + 1)) : null, undefinedReplicates };
}
