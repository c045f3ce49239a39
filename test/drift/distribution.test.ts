/**
 * The drift report's pictures (src/drift/distribution.ts) against numpy: quantiles at k/16 as
 * numpy.percentile (linear), equal-width bins over the pooled 1st–99th percentile as
 * numpy.linspace, shares by numpy.searchsorted(side="right") — fixture written by
 * scripts/reference/drift_distribution.py. Edges to 1e-12 relative (linspace adds i·step, we
 * compute lo + (hi − lo)·i/B: an ulp apart), shares exactly, quantiles to 1e-12.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnDistribution, QUANTILE_PROBABILITIES } from '../../src/drift/distribution.js';

interface Case {
  name: string;
  reference: number[];
  current: number[];
  edges: number[];
  referenceShares: number[];
  currentShares: number[];
  referenceQuantiles: number[];
  currentQuantiles: number[];
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift/distribution.json', import.meta.url), 'utf8')) as { oracle: string; cases: Case[] };

function close(actual: readonly number[], expected: readonly number[], label: string): void {
  expect(actual.length, label).toBe(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]), `${label}[${i}]: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i]))));
}

describe(`column distribution (checked against ${fixture.oracle})`, () => {
  it('reads the quantiles at 0, 1/16, …, 1', () => {
    expect(QUANTILE_PROBABILITIES).toHaveLength(17);
    expect(QUANTILE_PROBABILITIES[8]).toBe(0.5);
  });

  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const d = columnDistribution(Float64Array.from(c.reference), Float64Array.from(c.current));
    close(d.edges, c.edges, 'edges');
    expect(d.reference).toEqual(c.referenceShares);
    expect(d.current).toEqual(c.currentShares);
    close(d.quantiles.reference, c.referenceQuantiles, 'reference quantiles');
    close(d.quantiles.current, c.currentQuantiles, 'current quantiles');
    expect(d.reference.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
