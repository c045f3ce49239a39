/** Snapshots of the rendered report (review a change to them as you would a change of wording). */
import { describe, expect, it } from 'vitest';
import { compare } from '../../comparison/run.js';
import { compareChampion } from '../../../src/actions/compare-champion/main.js';
import type { Block } from '../../../src/report/document/index.js';
import { comparisonExtras } from '../extras.js';
import { markdownOf, renderWith, runReport, terminalOf } from '../render-helpers.js';

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

describe('compare-champion report with issue 16 fields (built by the metric functions)', () => {
  it('draws the forest per gate threshold, champion vs challenger ROC, and the per-class differences and trend', async () => {
    const completed = await runReport(compareChampion, { config: 'examples/compare-champion.yml' });
    const report = renderWith(compareChampion, completed, comparisonExtras());
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/binary-with-curves.md');
    const titles = charts(report.comment.blocks).map((c) => c.chart.title);
    expect(titles).toEqual(['Δ accuracy against the gate at -0.01', 'Δ roc_auc against the gate at -0.005', 'Δ log_loss against the gate at 0', 'ROC, champion vs challenger (Δ AUC +0.009856)']);
    const forest = charts(report.comment.blocks)[0].chart;
    if (forest.kind !== 'intervals') throw new Error('the forest is an interval chart');
    expect(forest.threshold).toEqual({ value: -0.01, label: 'gate' });
    const accuracy = (completed.result as unknown as { metrics: Record<string, { delta: number; ci: [number, number] }> }).metrics.accuracy;
    expect(forest.items).toEqual([{ label: 'accuracy', value: accuracy.delta, lower: accuracy.ci[0], upper: accuracy.ci[1] }]);
    const page = charts(report.page().blocks).map((c) => c.chart.title);
    expect(page).toContain('Δ of every metric (challenger − champion)');
    expect(page.some((t) => t.startsWith('Precision–recall, champion vs challenger'))).toBe(true);
  });

  it('without them: no curve, per-class or trend section', async () => {
    const completed = await runReport(compareChampion, { config: 'examples/compare-champion.yml' });
    const report = renderWith(compareChampion, completed, { curves: null, perClass: null, operatingPoints: {}, trends: undefined });
    const titles = charts(report.comment.blocks).map((c) => c.chart.title);
    expect(titles.some((t) => t.startsWith('ROC'))).toBe(false);
    const md = markdownOf(report);
    expect(md).not.toContain('### Per class');
    expect(md).not.toContain('Trend over recent runs');
  });

  it('terminal view of the example', async () => {
    const { report } = await runReport(compareChampion, { config: 'examples/compare-champion.yml' });
    await expect(terminalOf(report)).toMatchFileSnapshot('__snapshots__/binary-example.txt');
  });
});

function charts(blocks: readonly Block[]): Extract<Block, { kind: 'chart' }>[] {
  return blocks.flatMap((b) => (b.kind === 'chart' ? [b] : b.kind === 'details' || b.kind === 'note' ? charts(b.children) : []));
}
