/**
 * Snapshots of the evaluate-model report on the bundled examples, without and with issue 16's
 * result fields (curves, calibration, per-class metrics, threshold sweep, trends — built by the
 * metric functions themselves, test/actions/extras.ts): each drawn when present, skipped cleanly
 * when absent.
 */
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/actions/evaluate-model/main.js';
import { toMarkdown, type Block } from '../../../src/report/document/index.js';
import { evaluationExtras } from '../extras.js';
import { markdownOf, renderWith, runReport, terminalOf } from '../render-helpers.js';

function charts(blocks: readonly Block[]): Extract<Block, { kind: 'chart' }>[] {
  return blocks.flatMap((b) => (b.kind === 'chart' ? [b] : b.kind === 'details' || b.kind === 'note' ? charts(b.children) : []));
}

describe('evaluate-model report', () => {
  it('the pipeline result carries the curves, the reliability diagram, per-class metrics and the sweep, and the report draws them', async () => {
    const { report } = await runReport(evaluateModel, { config: 'examples/evaluate-model.yml' });
    expect(charts(report.comment.blocks).map((c) => c.chart.title.split(' (')[0])).toEqual(['ROC curve', 'Precision–recall curve', 'Reliability diagram', 'Confusion matrix', 'recall by size_band']);
  });

  it('binary example (npm run demo): markdown and terminal snapshots', async () => {
    const { report } = await runReport(evaluateModel, { config: 'examples/evaluate-model.yml' });
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/binary-example.md');
    await expect(terminalOf(report)).toMatchFileSnapshot('__snapshots__/binary-example.txt');
  });

  it('multiclass and regression examples', async () => {
    const multiclass = await runReport(evaluateModel, { predictions: 'examples/evaluate-model/multiclass.csv', 'score-columns': 'proba_*', gates: 'f1_macro >= 0.9' });
    await expect(markdownOf(multiclass.report)).toMatchFileSnapshot('__snapshots__/multiclass.md');
    const regression = await runReport(evaluateModel, { predictions: 'examples/evaluate-model/regression.csv', gates: 'r2 >= 0.3' });
    await expect(markdownOf(regression.report)).toMatchFileSnapshot('__snapshots__/regression.md');
  });

  it('without issue 16 fields: no curve, reliability, per-class, sweep or trend section', async () => {
    const completed = await runReport(evaluateModel, { config: 'examples/evaluate-model.yml' });
    const report = renderWith(evaluateModel, completed, { curves: null, calibration: null, perClass: null, thresholdSweep: null, operatingPoints: {}, trends: undefined });
    const md = toMarkdown(report.comment);
    for (const absent of ['ROC curve', 'Precision–recall curve', 'Reliability diagram', '### Per class', 'Threshold sweep', 'Trend over recent runs', 'Operating points']) expect(md).not.toContain(absent);
    expect(charts(report.comment.blocks).map((c) => c.chart.kind)).toEqual(['heatmap', 'bars']);
  });

  it('with them: ROC, precision–recall and reliability curves (bands on the page), per-class table, sweep and trend', async () => {
    const completed = await runReport(evaluateModel, { config: 'examples/evaluate-model.yml' });
    const report = renderWith(evaluateModel, completed, evaluationExtras());
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/binary-with-curves.md');
    const kinds = charts(report.comment.blocks).map((c) => c.chart.title.split(' (')[0]);
    expect(kinds).toEqual(['ROC curve', 'Precision–recall curve', 'Reliability diagram', 'Confusion matrix', 'recall by size_band']);
    const page = charts(report.page().blocks);
    const roc = page.find((c) => c.chart.title.startsWith('ROC'))!.chart;
    if (roc.kind !== 'curve') throw new Error('ROC is a curve');
    expect(roc.series[0].lower?.length).toBe(roc.series[0].x.length);
    expect(roc.description).toContain('bootstrap interval');
    expect(page.map((c) => c.chart.title)).toContain('Precision, recall and F1 by decision threshold');
    const md = toMarkdown(report.comment);
    expect(md).toContain('### Per class');
    expect(md).toContain('<details><summary>Threshold sweep (5 thresholds)</summary>');
    expect(md).toMatch(/\| `roc_auc` \| 4 \| `[▁-█ ]+` \| 0\.992 \| 0\.9932 \| \+0\.0012 \|/);
  });
});
