import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { pairedTTest, pairedTTestOfDifferences } from '../../src/stats/paired-t-test.js';
import type { PairedTTestResult } from '../../src/stats/paired-t-test.js';
import type { TTestReference } from './paired-fixture.js';
import { generate, pairedReference, referenceNumber } from './paired-fixture.js';

// Oracle: scipy 1.10.1 scipy.stats.ttest_rel(a, b) and, for the interval, mean ± t·SE with the
// t quantile refined on scipy's t.logsf (scipy's own confidence_interval, whose stdtrit stops at
// ~1e-9 relative, is checked to 1e-7 of the half-width). Tolerances: statistic and mean 1e-9
// relative; p-value 1e-6 absolute and 1e-8 relative; interval 1e-9 of its half-width.
// Fixture: scripts/reference/paired_tests.py → test/fixtures/stats/paired/paired-tests.json.

function expectRelative(actual: number | null, expected: number, tolerance: number): void {
  expect(actual).not.toBeNull();
  if (expected === 0 || !Number.isFinite(expected)) expect(actual).toBe(expected);
  else expect(Math.abs(actual! - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

function expectMatchesScipy(result: PairedTTestResult, reference: TTestReference): void {
  expectRelative(result.statistic, referenceNumber(reference.statistic), 1e-9);
  const pValue = referenceNumber(reference.pValue);
  expect(Math.abs(result.pValue! - pValue)).toBeLessThan(1e-6);
  if (pValue > 1e-300) expect(Math.abs(result.pValue! - pValue) / pValue).toBeLessThan(1e-8);
  expect(result.degreesOfFreedom).toBe(referenceNumber(reference.df));
  expectRelative(result.meanDifference, reference.meanDifference!, 1e-9);
  expectRelative(result.standardError, reference.standardError!, 1e-9);
  const [lower, upper] = result.confidenceInterval!;
  const [refLower, refUpper] = reference.confidenceInterval!;
  const halfWidth = (refUpper - refLower) / 2;
  expect(Math.abs(lower - refLower)).toBeLessThan(1e-9 * halfWidth);
  expect(Math.abs(upper - refUpper)).toBeLessThan(1e-9 * halfWidth);
  const [scipyLower, scipyUpper] = reference.scipyConfidenceInterval!;
  expect(Math.abs(lower - scipyLower)).toBeLessThan(1e-7 * halfWidth);
  expect(Math.abs(upper - scipyUpper)).toBeLessThan(1e-7 * halfWidth);
}

const regular = pairedReference.cases.filter((c) => c.ttest.confidenceInterval !== undefined);

describe('paired t-test against scipy.stats.ttest_rel', () => {
  it.each(regular.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expectMatchesScipy(pairedTTest(c.a, c.b), c.ttest);
    expectMatchesScipy(pairedTTest(c.a, c.b, 0.9), c.ttest90);
    expect(pairedTTest(c.a, c.b).reason).toBeNull();
  });

  it.each(pairedReference.generated.map((c) => [c.name, c] as const))('%s (generated)', (_name, spec) => {
    const { a, b } = generate(spec);
    expectMatchesScipy(pairedTTest(a, b), spec.ttest);
  });

  it('takes the differences directly as well', () => {
    const c = regular[0];
    const differences = c.a.map((value, i) => value - c.b[i]);
    expect(pairedTTestOfDifferences(differences)).toEqual(pairedTTest(c.a, c.b));
  });
});

describe('paired t-test: degenerate inputs (scipy returns NaN; we say why)', () => {
  const byName = new Map(pairedReference.cases.map((c) => [c.name, c]));

  it('n = 0: all null with a reason (scipy: NaN)', () => {
    const c = byName.get('n = 0')!;
    expect(c.ttest.statistic).toBeNull();
    expect(pairedTTest(c.a, c.b)).toMatchObject({ n: 0, meanDifference: null, statistic: null, pValue: null, confidenceInterval: null, reason: 'no pairs to compare' });
  });

  it('n = 1: the mean difference only (scipy: NaN)', () => {
    const c = byName.get('n = 1')!;
    expect(c.ttest.pValue).toBeNull();
    const result = pairedTTest(c.a, c.b);
    expect(result.meanDifference).toBe(c.ttest.meanDifference);
    expect(result).toMatchObject({ statistic: null, pValue: null, confidenceInterval: null });
    expect(result.reason).toMatch(/one pair/);
  });

  it('all differences zero: p-value 1 and interval [0, 0] (scipy: NaN)', () => {
    const c = byName.get('all differences zero')!;
    expect(c.ttest.pValue).toBeNull();
    const result = pairedTTest(c.a, c.b);
    expect(result).toMatchObject({ statistic: null, pValue: 1, meanDifference: 0, standardError: 0, confidenceInterval: [0, 0] });
    expect(result.reason).toMatch(/all differences are zero/);
  });

  it('all differences equal and non-zero: t = +Infinity and p = 0 as scipy', () => {
    const c = byName.get('all differences equal, non-zero')!;
    const result = pairedTTest(c.a, c.b);
    expect(result.statistic).toBe(referenceNumber(c.ttest.statistic));
    expect(result.pValue).toBe(c.ttest.pValue);
    expect(result.confidenceInterval).toEqual([0.5, 0.5]);
    expect(result.reason).toMatch(/zero variance/);
  });

  it('rejects non-finite values naming the pair, unequal lengths and a bad confidence', () => {
    expect(() => pairedTTest([1, 2, Number.NaN], [0, 0, 0])).toThrow(DataError);
    expect(() => pairedTTest([1, 2, Number.NaN], [0, 0, 0])).toThrow(/pair 3/);
    expect(() => pairedTTest([1, 2], [0])).toThrow(RangeError);
    expect(() => pairedTTest([1, 2], [0, 1], 1.5)).toThrow(RangeError);
  });
});
