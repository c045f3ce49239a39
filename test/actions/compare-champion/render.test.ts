/** Snapshots of the rendered report (review a change to them as you would a change of wording). */
import { describe, expect, it } from 'vitest';
import { compare } from '../../comparison/run.js';

describe('compare-champion report', () => {
  it('binary example with gates and slices', async () => {
    const { markdown } = await compare({
      config: 'examples/compare-champion.yml',
    });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/binary-example.md');
  });

  it('small sample with inconclusive gates', async () => {
    const { markdown } = await compare({
      champion: 'test/fixtures/compare-champion/binary-small/champion.csv',
      challenger: 'test/fixtures/compare-champion/binary-small/challenger.csv',
      'id-column': 'id',
      'score-column': 'score',
      gates: 'accuracy.delta.lower >= -0.01\nroc_auc.delta.lower > 0',
    });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/binary-small-inconclusive.md');
  });

  it('regression with slices', async () => {
    const { markdown } = await compare({
      champion: 'test/fixtures/compare-champion/regression/champion.csv',
      challenger: 'test/fixtures/compare-champion/regression/challenger.csv',
      'id-column': 'id',
      'slice-columns': 'sex',
      gates: 'rmse.delta.upper <= 0.5\nr2 >= 0.3',
      name: 'diabetes | ridge',
    });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/regression.md');
  });

  it('first run', async () => {
    const { markdown } = await compare({ challenger: 'examples/compare-champion/challenger.csv', 'score-column': 'score', gates: 'accuracy >= 0.8\naccuracy.delta.lower >= -0.01' });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/first-run.md');
  });
});
