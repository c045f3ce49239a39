/**
 * Loading committed reference fixtures (scripts/reference/drift_stats.py → test/fixtures/stats/)
 * and the tolerances the drift statistics are held to: statistics 1e-9 relative, p-values 1e-6
 * absolute (issue 5).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** JSON with "Infinity" / "-Infinity" strings turned back into numbers and null into NaN where numbers are expected. */
export function loadFixture<T>(name: string): T {
  const text = readFileSync(new URL(`../fixtures/stats/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text, (_key, value: unknown) => {
    if (value === 'Infinity') return Infinity;
    if (value === '-Infinity') return -Infinity;
    return value;
  }) as T;
}

/** |actual − expected| ≤ tolerance · |expected| (exact for 0, ±Infinity; null means NaN). */
export function expectRelative(actual: number, expected: number | null, tolerance = 1e-9, label = ''): void {
  if (expected === null) {
    expect(actual, label).toBeNaN();
    return;
  }
  if (!Number.isFinite(expected) || expected === 0) {
    if (expected === 0) expect(Math.abs(actual), label).toBeLessThanOrEqual(1e-300);
    else expect(actual, label).toBe(expected);
    return;
  }
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${label} ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** |actual − expected| ≤ tolerance (null means NaN). */
export function expectAbsolute(actual: number, expected: number | null, tolerance = 1e-6, label = ''): void {
  if (expected === null) {
    expect(actual, label).toBeNaN();
    return;
  }
  expect(Math.abs(actual - expected), `${label} ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

export const STATISTIC_TOLERANCE = 1e-9;
export const P_VALUE_TOLERANCE = 1e-6;
