/**
 * Moments against numpy / scipy (scripts/reference/profile_moments.py → test/fixtures/profile/
 * moments.json): the moments of a whole column, and of the same column split into random shards
 * and merged in random order (Pébay's update), agree with numpy's to 1e-12 relative.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import { isNumeric, numericValues } from '../../src/io/table.js';
import { kurtosisOf, mergeMoments, momentsOf, skewnessOf, standardDeviationOf, type Moments } from '../../src/sketch/moments.js';
import { createRandom } from '../../src/stats/rng.js';

interface Case { file: string; column: string; n: number; mean: number; m2: number; m3: number; m4: number; std: number; skewness: number | null; kurtosis: number | null }
const fixture = JSON.parse(readFileSync(new URL('../fixtures/profile/moments.json', import.meta.url), 'utf8')) as { cases: Case[] };

function close(actual: number, expected: number, scale: number, label: string): void {
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(expected), scale));
}

function check(m: Moments, c: Case, label: string): void {
  expect(m.n).toBe(c.n);
  // Central sums of a nearly symmetric column are cancellation-prone: compare them on the scale of n·σ^p.
  close(m.mean, c.mean, c.std, `${label} mean`);
  close(m.m2, c.m2, c.n * c.std ** 2, `${label} m2`);
  close(m.m3, c.m3, c.n * c.std ** 3, `${label} m3`);
  close(m.m4, c.m4, c.n * c.std ** 4, `${label} m4`);
  close(standardDeviationOf(m), c.std, c.std, `${label} std`);
  if (c.skewness !== null) close(skewnessOf(m), c.skewness, 1, `${label} skewness`);
  if (c.kurtosis !== null) close(kurtosisOf(m), c.kurtosis, 1, `${label} kurtosis`);
}

describe('moments (checked against numpy / scipy.stats.skew, kurtosis with bias=True)', async () => {
  const files = [...new Set(fixture.cases.map((c) => c.file))];
  const tables = new Map(await Promise.all(files.map(async (f) => [f, await loadTable(f)] as const)));
  const random = createRandom(3);
  for (const c of fixture.cases) {
    it(`${c.file}: ${c.column}`, () => {
      const table = tables.get(c.file)!;
      const column = table.columns.find((x) => x.name === c.column)!;
      expect(isNumeric(column)).toBe(true);
      const values = numericValues(table, c.column).filter((v) => Number.isFinite(v));
      check(momentsOf(values), c, 'whole');
      // Random cut points, shards merged in a random order.
      const cuts = [0, ...Array.from({ length: 4 }, () => Math.floor(random.next() * values.length)).sort((a, b) => a - b), values.length];
      const shards = cuts.slice(1).map((end, i) => momentsOf(values, cuts[i], end));
      shards.sort(() => random.next() - 0.5);
      check(shards.reduce(mergeMoments), c, 'merged');
    });
  }

  it('merge is commutative bit for bit', () => {
    const a = momentsOf(Float64Array.of(1, 2, 3.5));
    const b = momentsOf(Float64Array.of(-7, 100, 0.25, 9));
    expect(mergeMoments(a, b)).toEqual(mergeMoments(b, a));
  });

  it('the @example of moments.ts', () => {
    expect(momentsOf(Float64Array.of(1, 2, 3, 4))).toEqual({ n: 4, mean: 2.5, m2: 5, m3: 0, m4: 10.25 });
  });
});
