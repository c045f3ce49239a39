/**
 * The paired curves' bands are bounded in cost: 200 resamples up to 100,000 rows, fewer on larger
 * files (20,000,000 row visits), never fewer than 50 nor more than bootstrap-samples; the number
 * used is in the result.
 */
import { describe, expect, it } from 'vitest';
import { curveResamples } from '../../src/comparison/comparison.js';
import { compare } from './run.js';

describe('resamples behind the paired curve bands', () => {
  it.each([
    [1_000, 2_000, 200],
    [100_000, 2_000, 200],
    [250_000, 2_000, 80],
    [400_000, 2_000, 50],
    [1_000_000, 2_000, 50],
    [1_000, 100, 100],
    [1_000_000, 30, 30],
  ])('%d rows, bootstrap-samples %d → %d', (rows, bootstrapSamples, expected) => {
    expect(curveResamples(rows, bootstrapSamples)).toBe(expected);
  });

  it('are stated in the result', async () => {
    const run = await compare(
      { champion: 'examples/compare-champion/champion.csv', challenger: 'examples/compare-champion/challenger.csv', 'id-column': 'id', 'score-column': 'score', 'bootstrap-samples': '500' },
    );
    expect((run.result as { curves: { resamples: number } }).curves.resamples).toBe(200);
  });
});
