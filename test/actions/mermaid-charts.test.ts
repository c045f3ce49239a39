// @vitest-environment jsdom
/**
 * Every Mermaid chart of every action's report snapshot (test/actions/<name>/__snapshots__/*.md:
 * the comments on the bundled examples, with and without issue 16's fields) parses with Mermaid's
 * own parser (mermaid 11, under jsdom for its sanitiser), and no text in it carries an HTML
 * entity or special — what a reader would see as `&lt;` in the drawn chart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '.');
const files = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name, '__snapshots__')).filter((f) => f.endsWith('.md')).map((f) => join(d.name, '__snapshots__', f)));
const charts = files.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m, i) => [`${file} #${i + 1}`, m[1]] as const));

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false });
});

describe('the charts of every action report', () => {
  it('cover all four actions', () => {
    expect(new Set(charts.map(([name]) => name.split('/')[0]))).toEqual(new Set(['compare-champion', 'drift-report', 'evaluate-model', 'validate-data']));
    expect(charts.length).toBeGreaterThan(15);
  });

  it.each(charts)('%s parses with Mermaid, with no HTML entity or special in its text', async (_name, source) => {
    const parsed = await mermaid.parse(source);
    expect(parsed && parsed.diagramType).toBe('xychart');
    const text = source.split('\n').filter((l) => /^\s*(title|accTitle|accDescr|x-axis|y-axis)\b/.test(l)).join('\n').replace(/ --> /g, ' ');
    expect(text).not.toMatch(/[<>&]|&\w+;|#\w+;/);
  });
});
