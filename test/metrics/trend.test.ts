import { describe, expect, it } from 'vitest';
import { median, metricTrend, type TrendPoint } from '../../src/metrics/trend.js';
import { expectClose, loadFixture } from './reference.js';

// Oracle: numpy 1.24 median, scipy 1.10 theilslopes (scripts/reference/trend.py →
// test/fixtures/metrics/trend.json). 1e-12 relative.
interface Case { name: string; values: (number | null)[]; baseline: number | null; trend: number | null; relative: number | null; slope: number | null; runs: number; skipped: number }
const { cases } = loadFixture<{ cases: Case[] }>('trend.json');

function seriesOf(values: (number | null)[]): { history: TrendPoint[]; current: TrendPoint } {
  const points = values.map((value, i) => ({ runId: String(1000 + i), time: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, value }));
  return { history: points.slice(0, -1), current: points[points.length - 1] };
}

describe('metric trend across runs', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s against numpy and scipy', (_, c) => {
    const { history, current } = seriesOf(c.values);
    const t = metricTrend(history, current);
    expectClose(t.baseline, c.baseline, 'baseline');
    expectClose(t.trend, c.trend, 'trend');
    expectClose(t.relativeTrend, c.relative, 'relative trend');
    expectClose(t.slope, c.slope, 'slope');
    expect(t.runs).toBe(c.runs);
    expect(t.skipped).toBe(c.skipped);
    expect(t.series.map((p) => p.value)).toEqual(c.values);
    expect(t.series[t.series.length - 1].runId).toBe(current.runId);
    if (c.trend === null) expect(t.note).toMatch(/^undefined: /);
  });

  it('keeps one broken run in the window from moving the baseline', () => {
    const t = metricTrend([0.92, 0.92, 0.5, 0.93, 0.92].map((value, i) => ({ runId: String(i), value })), { runId: 'now', value: 0.91 });
    expect(t.baseline).toBe(0.92);
    expect(t.min).toBe(0.5);
    expect(t.first).toBe(0.92);
    expect(t.last).toBe(0.91);
  });

  it('says why it is undefined and refuses values that are not numbers', () => {
    expect(metricTrend([], { runId: 'now', value: 0.9 }).note).toBe('undefined: no earlier run has a value of the metric');
    expect(metricTrend([{ runId: 'a', value: null }], { runId: 'now', value: 0.9 }).note).toMatch(/\(1 without it\)/);
    expect(metricTrend([{ runId: 'a', value: 0.9 }], { runId: 'now', value: null }).note).toBe('undefined: this run has no value of the metric');
    expect(() => metricTrend([{ runId: 'a', value: NaN }], { runId: 'now', value: 0.9 })).toThrow(/run a/);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
