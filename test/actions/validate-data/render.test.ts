/** Snapshots of the validate-data report on the bundled examples; offending rows with empty values shown visibly. */
import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/actions/validate-data/main.js';
import { toMarkdown } from '../../../src/report/document/index.js';
import { toHtml } from '../../../src/report/html/fragment.js';
import { markdownOf, runReport } from '../render-helpers.js';

describe('validate-data report', () => {
  it('clean example', async () => {
    const { report } = await runReport(validateData, { config: 'examples/validate-data.yml' });
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/clean.md');
  });

  it('corrupted example: problems first, empty values as ∅, every kept offending row on the page', async () => {
    const { report } = await runReport(validateData, { config: 'examples/validate-data.yml', data: 'examples/validate-data/corrupted.csv' });
    await expect(markdownOf(report)).toMatchFileSnapshot('__snapshots__/corrupted.md');
    const md = toMarkdown(report.comment);
    expect(md).toContain('| 254: `∅`, 430: `∅`, 519: `∅` |');
    const page = toHtml(report.page());
    expect(page).toContain('<h2>Offending rows</h2>');
    expect(page).toContain('data-sort="254">254</td><td><code class="empty" title="empty value">∅</code></td>');
  });
});
