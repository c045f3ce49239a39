/**
 * One bootstrap resample of N rows as per-row multiplicities: N rows drawn uniformly with
 * replacement, w_r = how often row r was drawn — Multinomial(N; 1/N, …, 1/N), the plain
 * nonparametric bootstrap (Efron, 1979). Used where a statistic needs the rows jointly in more
 * than one order (two models' rankings of the same rows in a paired comparison), so neither the
 * cell bootstrap (src/stats/bootstrap-multinomial.ts) nor one ranking's tree
 * (src/stats/resampled-ranking.ts) can stand in for it. O(N) per resample.
 *
 * Each pick is ⌊u·N⌋ with u a 53-bit uniform (src/stats/rng.ts): the selection probabilities are
 * 1/N to within N/2^53 (below 1e-9 relative up to 10^7 rows). Multiplicities are 16-bit: a row
 * drawn more than 65,535 times in one resample of N rows has probability below 1/65536! (Poisson
 * tail), i.e. never.
 *
 * Domain: rows ≥ 1, out.length ≥ rows.
 */
import type { Random } from './rng.js';

/** Fills `out[0 … rows)` with the multiplicities of one resample. */
export function resampleRowCounts(random: Random, rows: number, out: Uint16Array): Uint16Array {
  if (!(Number.isInteger(rows) && rows >= 1)) throw new RangeError(`rows must be a whole number ≥ 1, got ${rows}`);
  if (out.length < rows) throw new RangeError(`multiplicities need ${rows} entries, got ${out.length}`);
  out.fill(0, 0, rows);
  for (let i = 0; i < rows; i++) out[Math.floor(random.next() * rows)]++;
  return out;
}
