// @vitest-environment jsdom
/**
 * Every Mermaid chart is checked by Mermaid's own parser (the `mermaid` package, 11.x). xychart is
 * not among the diagrams @mermaid-js/parser covers (info, packet, pie, architecture, gitGraph,
 * radar, treemap-like ones), so the full package parses it here, under jsdom because its
 * sanitiser needs a DOM; the browser tests render the same charts and count their marks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { mermaidChart, CURVE_POINTS, ECDF_MAX_POINTS, dyadicGrid } from '../../../src/report/mermaid/index.js';
import { chartText, mermaidNumber } from '../../../src/report/mermaid/text.js';
import { grid, sampleCurve, sampleEcdf } from '../../../src/report/mermaid/sample.js';
import { niceCeil } from '../../../src/report/mermaid/xychart.js';
import type { ChartSpec, EcdfChart } from '../../../src/report/document/charts.js';
import { sampleDocument, HOSTILE } from '../sample-document.js';

type Drawable = Exclude<ChartSpec, { kind: 'heatmap' }>;

interface XyData {
  xAxis: { type: string; categories?: string[]; min?: number; max?: number };
  yAxis: { min: number; max: number };
  plots: { type: string; data: [string, number][] }[];
}

async function parsed(source: string): Promise<{ data: XyData; title: string; accDescription: string }> {
  const result = await mermaid.parse(source);
  expect(result && result.diagramType).toBe('xychart');
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as { getXYChartData(): XyData; getDiagramTitle(): string; getAccDescription(): string };
  return { data: db.getXYChartData(), title: db.getDiagramTitle(), accDescription: db.getAccDescription() };
}

const charts = sampleDocument().blocks.flatMap((b) => (b.kind === 'chart' && b.chart.kind !== 'heatmap' ? [b.chart as Drawable] : []));

beforeAll(() => {
  mermaid.initialize({ startOnLoad: false });
});

describe('Mermaid charts parse with Mermaid', () => {
  it('covers every drawable kind in the sample', () => {
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(['bins', 'ecdf', 'curve', 'intervals', 'bars']));
  });

  it.each(charts.map((c) => [c.kind, c.title, c] as const))('%s "%s" parses, and no text in it carries an HTML entity or special', async (_kind, _title, spec) => {
    const { source } = mermaidChart(spec);
    const { data, title } = await parsed(source);
    const texts = [title, ...(data.xAxis.categories ?? [])];
    for (const t of texts) expect(t).not.toMatch(/[<>&]|&\w+;|#\w+;/);
    expect(data.plots.length).toBeGreaterThan(0);
    for (const p of data.plots) for (const [, v] of p.data) expect(Number.isFinite(v)).toBe(true);
    expect(source).not.toContain('```');
  });

  it('bins: short labels that cannot overlap, the ranges in the legend, bars then line', async () => {
    const spec = charts.find((c) => c.kind === 'bins')!;
    const { source, legend } = mermaidChart(spec);
    const { data } = await parsed(source);
    expect(data.xAxis.categories).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    expect(legend[1]).toBe('q1 < 8.1, q2 8.1–9.2, q3 9.2–10.25, q4 10.25–11.5, q5 11.5–12, q6 ≥ 12');
    expect(data.plots.map((p) => p.type)).toEqual(['bar', 'line']);
    const values = (spec as Extract<Drawable, { kind: 'bins' }>).series[0].values;
    expect(data.plots[0].data.map(([, v]) => v)).toEqual(values.map((v) => Number(mermaidNumber(v))));
    expect(data.yAxis.max).toBeGreaterThanOrEqual(Math.max(...values));
  });

  it('bins with short category labels keep them', async () => {
    const { source, legend } = mermaidChart({ kind: 'bins', title: 'country', description: 'd', bins: ['DE', 'FR', '', '  '], series: [{ name: 'reference', values: [0.4, 0.3, 0.2, 0.1] }], xLabel: 'category', yLabel: 'share' });
    const { data } = await parsed(source);
    expect(data.xAxis.categories).toEqual(['DE', 'FR', '∅', '␠␠']);
    expect(legend).toHaveLength(1);
  });

  it('ecdf: the difference current − reference on an even grid, matching a direct count on the samples', async () => {
    const spec = charts.find((c) => c.kind === 'ecdf') as EcdfChart;
    const { source, legend } = mermaidChart(spec);
    const { data } = await parsed(source);
    expect(data.xAxis.type).toBe('linear');
    const diff = data.plots[1].data.map(([, v]) => v);
    expect(diff.length).toBeGreaterThan(15);
    expect(diff.length).toBeLessThanOrEqual(ECDF_MAX_POINTS);
    const [ref, cur] = spec.series;
    const lo = Math.min(...ref.x, ...cur.x);
    const hi = Math.max(...ref.x, ...cur.x);
    const at = dyadicGrid(lo, hi, ECDF_MAX_POINTS);
    expect(at[0]).toBeLessThanOrEqual(lo);
    expect(at.at(-1)).toBeGreaterThanOrEqual(hi);
    // Mermaid's own positions (it rebuilds them from the axis range) are exactly ours.
    expect(data.plots[1].data.map(([x]) => Number(x))).toEqual(at);
    // Direct: share of points ≤ g, read from the step points by a linear scan (no binary search).
    const share = (s: { x: readonly number[]; p: readonly number[] }, g: number) => s.p.filter((_, i) => s.x[i] <= g).at(-1) ?? 0;
    at.forEach((g, i) => expect(diff[i]).toBeCloseTo(share(cur, g) - share(ref, g), 5));
    expect(data.plots[0].data.every(([, v]) => v === 0)).toBe(true);
    expect(legend[1]).toMatch(/^widest gap on this grid -?0\.\d+ at x = /);
  });

  it('curve: read at 33 even points with a guide line (all 33 reach Mermaid), bands left to the HTML report', async () => {
    const spec = charts.find((c) => c.kind === 'curve')!;
    const { source, legend } = mermaidChart(spec);
    const { data } = await parsed(source);
    expect(data.xAxis).toMatchObject({ type: 'linear', min: 0, max: 1 });
    expect(data.plots).toHaveLength(3);
    expect(data.plots[0].data.map(([, v]) => v)).toEqual(grid(0, 1, CURVE_POINTS));
    expect(data.plots[0].data.map(([x]) => Number(x))).toEqual(grid(0, 1, CURVE_POINTS));
    expect(legend[0]).toBe('grey: chance, blue: champion, orange: challenger');
    expect(legend[1]).toContain('intervals are in the HTML report');
  });

  it('intervals: one row per metric; bars to upper, point, lower (white, hiding the part below the interval); the threshold as a line', async () => {
    const spec = charts.find((c) => c.kind === 'intervals')!;
    const { source, legend } = mermaidChart(spec);
    const { data } = await parsed(source);
    expect(source).toContain('xychart-beta horizontal');
    expect(source).toContain('"plotColorPalette":"#80ccff, #0969da, #ffffff, #cf222e"');
    expect(source).toContain('"backgroundColor":"#ffffff"');
    expect(source).toContain('"xyChart":{"width":700,"height":278}'); // 110 + 42 px a row
    expect(data.xAxis.categories).toEqual(['accuracy', 'roc_auc', 'f1 ‹script›alert(1)‹/sc…', 'log_loss']);
    const [upper, point, lower, threshold] = data.plots.map((p) => p.data.map(([, v]) => v));
    expect(data.plots.map((p) => p.type)).toEqual(['bar', 'bar', 'bar', 'line']);
    expect(upper.slice(0, 3)).toEqual([0.028, 0.032, 0.004]);
    expect(point).toEqual([0.012, 0.02, -0.015, -0.01]);
    expect(lower.slice(0, 3)).toEqual([-0.004, 0.008, -0.035]);
    expect(threshold).toEqual([-0.01, -0.01, -0.01, -0.01]);
    // log_loss has no interval: a sliver either side of its point keeps it visible.
    expect(lower[3]).toBeLessThan(-0.01);
    expect(upper[3]).toBeGreaterThan(-0.01);
    expect(upper[3] - lower[3]).toBeLessThan(0.001);
    expect(legend).toContain('no interval: log_loss');
    // Every bar starts at the axis: the axis must start left of every lower bound.
    expect(data.yAxis.min).toBeLessThan(Math.min(...lower));
    expect(data.yAxis.max).toBeGreaterThanOrEqual(0.032);
  });

  it('bars: dark blue to the lower bound, blue to the value, light blue to the upper, on the given domain', async () => {
    const spec = charts.find((c) => c.kind === 'bars')!;
    const { source } = mermaidChart(spec);
    const { data } = await parsed(source);
    expect(data.plots.map((p) => p.type)).toEqual(['bar', 'bar', 'bar', 'line']);
    expect(data.plots.map((p) => p.data.map(([, v]) => v))).toEqual([
      [0.93, 0.88, 0.83],
      [0.91, 0.84, 0.77],
      [0.88, 0.79, 0.7],
      [0.8, 0.8, 0.8],
    ]);
    expect(source).toContain('"plotColorPalette":"#80ccff, #0969da, #0a3069, #cf222e"');
    expect(data.yAxis).toMatchObject({ min: 0, max: 1 });
    expect(data.xAxis.categories?.[1]).toBe('∅');
  });

  it('a hostile title parses and reads as written, minus what Mermaid would turn into markup', async () => {
    const title = `${HOSTILE.script} "q" \`t\` #lt; %%{init}%% a\nb & <c>`;
    const { source } = mermaidChart({ kind: 'bars', title, description: title, axisLabel: title, items: [{ label: title, value: 1, lower: null, upper: null }] });
    const result = await parsed(source);
    expect(result.title).toBe('‹script›alert(1)‹/script› ″q″ ′t′ # lt; %(init)% a b + ‹c›');
    expect(result.accDescription).toBe(result.title);
  });

  it('refuses series that do not match their bins', () => {
    expect(() => mermaidChart({ kind: 'bins', title: 't', description: 'd', bins: ['a', 'b'], series: [{ name: 'r', values: [1] }], xLabel: 'x', yLabel: 'y' })).toThrow(/1 values for 2/);
  });
});

describe('reading curves on a grid', () => {
  it.each([
    // ROC with a vertical start: at x = 0 the top of the jump, then linear.
    [{ name: 'roc', x: [0, 0, 0.5, 1], y: [0, 0.6, 0.8, 1] }, [0, 0.25, 0.5, 1], [0.6, 0.7, 0.8, 1]],
    // PR as a step: at recall r the precision of the first point reaching r (scikit-learn's AP step).
    [{ name: 'pr', x: [0, 0.5, 0.5, 1], y: [1, 0.6, 0.8, 0.5], interpolation: 'step' as const }, [0, 0.25, 0.5, 0.75, 1], [1, 0.8, 0.8, 0.5, 0.5]],
  ])('sampleCurve(%o)', (series, at, expected) => {
    expect(sampleCurve(series, at)).toEqual(expected);
  });

  it.each([
    [0.3, 1.1, 9],
    [3.48245, 16.5712, 33],
    [-1e-7, 2e-7, 33],
    [1e9, 1e9 + 12345.6, 33],
    [5, 5, 33],
  ])('dyadicGrid(%s, %s, %s) covers the range in exact power-of-two steps that add up', (lo, hi, max) => {
    const at = dyadicGrid(lo, hi, max);
    expect(at.length).toBeLessThanOrEqual(max);
    expect(at[0]).toBeLessThanOrEqual(lo);
    expect(at.at(-1)).toBeGreaterThanOrEqual(hi);
    const step = at[1] - at[0];
    expect(Number.isInteger(Math.log2(step))).toBe(true);
    // What Mermaid does: accumulate from min until past max.
    const rebuilt: number[] = [];
    for (let x = at[0]; x <= at.at(-1)!; x += (at.at(-1)! - at[0]) / (at.length - 1)) rebuilt.push(x);
    expect(rebuilt).toEqual(at);
  });

  it('reads an ECDF as the share at or below x', () => {
    expect(sampleEcdf([1, 2, 3], [0.25, 0.75, 1], [0, 1, 1.5, 3, 9])).toEqual([0, 0.25, 0.25, 1, 1]);
  });

  it.each([
    [0.000012345, '0.000012345'],
    [0.30000000000000004, '0.3'],
    [-2, '-2'],
    [1234567.891, '1234570'],
    [-0.0000001, '-0.0000001'],
    [0, '0'],
  ])('mermaidNumber(%s) = %s (plain decimals: the grammar has no exponent)', (v, text) => {
    expect(mermaidNumber(v)).toBe(text);
  });

  it.each([
    [0.137, 0.15],
    [7, 7.5],
    [0, 1],
    [0.29, 0.3],
  ])('niceCeil(%s) = %s', (v, out) => {
    expect(niceCeil(v)).toBe(out);
  });

  it('chartText cuts long text and keeps no fence, quote or entity', () => {
    expect(chartText('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(chartText('```"&<>')).toBe('′′′″+‹›');
  });
});
