/**
 * Snapshots of the drift-report report on the bundled examples (review a change to them as you
 * would a change of wording), and the design rules checked directly: every drifted column drawn
 * up to the cap with the rest named, stable columns folded, the HTML page with a histogram and an
 * ECDF for every compared numeric column, and a 2,000-column report inside the comment budget.
 */
import { describe, expect, it } from 'vitest';
import { driftReport } from '../../../src/actions/drift-report/main.js';
import { CHART_CAP } from '../../../src/actions/drift-report/render.js';
import type { DriftOutcome } from '../../../src/drift/outcome.js';
import type { ActionResult } from '../../../src/pipeline/declaration.js';
import { COMMENT_BUDGET } from '../../../src/report/action-report.js';
import { toMarkdown, type Block } from '../../../src/report/document/index.js';
import { markdownOf, runReport, terminalOf } from '../render-helpers.js';
import { wideDriftTables } from './wide.js';

const EXAMPLE = { config: 'examples/drift-report.yml' };
const SHIFTED = { ...EXAMPLE, current: 'examples/drift-report/current-shifted.csv' };

function charts(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'chart' ? [b] : b.kind === 'details' || b.kind === 'note' ? charts(b.children) : []));
}

describe('drift-report report', () => {
  it('the example, no drift (markdown snapshot)', async () => {
    const { report } = await runReport(driftReport, EXAMPLE);
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/example.md');
  });

  it('the shifted example (markdown and terminal snapshots)', async () => {
    const { report } = await runReport(driftReport, SHIFTED);
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/shifted.md');
    await expect(terminalOf(report)).toMatchFileSnapshot('__snapshots__/shifted.txt');
  });

  it('draws each drifted column, reference vs current, and folds the stable ones', async () => {
    const { report, result } = await runReport(driftReport, SHIFTED);
    const drifted = (result as unknown as ActionResult<DriftOutcome>).columns.filter((c) => c.drifted);
    const drawn = charts(report.comment.blocks);
    expect(drawn).toHaveLength(drifted.length);
    for (const c of drawn) {
      if (c.kind !== 'chart' || c.chart.kind !== 'bins') throw new Error('a drifted column is drawn as reference vs current bins');
      expect(c.chart.series.map((s) => s.name)).toEqual(['reference', 'current']);
    }
    const md = toMarkdown(report.comment);
    expect(md).toContain('🔴 drifted: significant, and the effect reaches the floor · 🟡 small shift');
    expect(md).toMatch(/<details><summary>28 more stable columns<\/summary>/);
  });

  it('the HTML page draws a histogram and an ECDF for every compared numeric column', async () => {
    const { report, result } = await runReport(driftReport, SHIFTED);
    const columns = (result as unknown as ActionResult<DriftOutcome>).columns;
    const page = charts(report.page().blocks);
    const numeric = columns.filter((c) => c.type === 'numeric' && c.status === 'tested').length;
    const categorical = columns.filter((c) => c.type === 'categorical' && c.status === 'tested').length;
    expect(page.filter((b) => b.kind === 'chart' && b.chart.kind === 'ecdf')).toHaveLength(numeric);
    expect(page.filter((b) => b.kind === 'chart' && b.chart.kind === 'bins')).toHaveLength(numeric + categorical);
  });

  it(`draws at most ${CHART_CAP} drifted columns and names the ones left out`, async () => {
    const { reference, current, shifted } = wideDriftTables(40, 14);
    const { report, result } = await runReport(driftReport, { reference, current, gates: 'drifted_share < 0.9' });
    const drifted = (result as unknown as ActionResult<DriftOutcome>).columns.filter((c) => c.drifted);
    expect(drifted.map((c) => c.name)).toEqual(expect.arrayContaining(shifted));
    expect(charts(report.comment.blocks)).toHaveLength(CHART_CAP);
    const md = toMarkdown(report.comment);
    expect(md).toContain(`The ${CHART_CAP} strongest of ${drifted.length} drifted columns are drawn here; the HTML report draws every column.`);
    const named = new RegExp(`Not drawn here \\(${drifted.length - CHART_CAP}\\): (.*)\\.`).exec(md);
    expect(named, md).not.toBeNull();
    // The ones left out are the weakest, named in full.
    expect(named![1].match(/`[^`]+`/g)).toHaveLength(drifted.length - CHART_CAP);
  });

  it('keeps a 2,000-column report inside the comment budget, pointing to the HTML report for the rest', async () => {
    const { reference, current } = wideDriftTables(2_000, 40, 120);
    const { report, markdown } = await runReport(driftReport, { reference, current, gates: 'drifted_share < 0.5' });
    expect(markdown.length).toBeLessThan(COMMENT_BUDGET);
    expect(markdown).toMatch(/\d[\d,]* more stable columns are in the HTML report and the JSON result\./);
    expect(charts(report.comment.blocks)).toHaveLength(CHART_CAP);
  }, 120_000);
});
