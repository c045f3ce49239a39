/** Runs compare-champion in-process, as the CLI and the action do (inputs → config → result). */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { compareChampion } from '../../src/actions/compare-champion/main.js';
import type { ComparisonOutcome } from '../../src/comparison/outcome.js';
import type { ActionResult } from '../../src/pipeline/declaration.js';
import type { MemoryLogger } from '../support/memory-logger.js';
import { REPO_ROOT } from '../support/run-bundle.js';
import { runInProcess } from '../support/run-in-process.js';

export type CompareChampionResult = ActionResult<ComparisonOutcome>;

export function compare(inputs: Record<string, string>): Promise<{ result: CompareChampionResult; markdown: string; logger: MemoryLogger }> {
  return runInProcess<CompareChampionResult>(compareChampion, inputs);
}

export interface ReferenceMetric {
  champion: number | null;
  challenger: number | null;
  delta: number | null;
  ci?: [number, number];
  pValue?: number;
  test?: string;
}

export interface ReferenceCase {
  name: string;
  inputs: Record<string, string>;
  expected: {
    rows: number;
    metrics: Record<string, ReferenceMetric>;
    discordantPairs?: Record<string, number | string>;
    errorTests?: Record<string, Record<string, number>>;
    slices?: Record<string, Record<string, { rows: number; delta: number; ci: [number, number]; pValue: number }>>;
    join?: { paired: number; onlyChampion: number; onlyChallenger: number };
  };
}

export function loadCases(): { oracle: string; cases: ReferenceCase[] } {
  return JSON.parse(readFileSync(new URL('../fixtures/compare-champion/cases.json', import.meta.url), 'utf8'));
}

/** |actual − expected| ≤ max(relative·|expected|, absolute). */
export function expectClose(actual: number | null | undefined, expected: number | null, label: string, relative = 1e-10, absolute = 1e-13): void {
  if (expected === null) {
    expect(actual ?? null, label).toBeNull();
    return;
  }
  expect(actual, label).toBeTypeOf('number');
  const error = Math.abs((actual as number) - expected);
  expect(error, `${label}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(Math.max(relative * Math.abs(expected), absolute));
}

export { REPO_ROOT };
