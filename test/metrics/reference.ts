/** Helpers shared by the metric tests: fixture loading and the agreement rule with the oracles. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/metrics/${name}`, import.meta.url), 'utf8')) as T;
}

/**
 * Agreement with a reference number: 1e-12 relative, with an absolute floor of 1e-14 for values
 * at or near 0 that come out of a cancellation (an R² of exactly 0 in one implementation can be
 * 2e-16 in another: the two sums agree to the last bit or two, not their difference).
 */
export function expectClose(actual: number | null, expected: number | null, label: string, relative = 1e-12): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  const error = Math.abs((actual as number) - expected);
  const allowed = Math.max(relative * Math.abs(expected), 1e-14);
  expect(error, `${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(allowed);
}
