/**
 * Issue 13, case 4 (Wilcoxon): compare-champion on ten regression rows whose absolute-error
 * differences tie (and are once zero) reports the exact permutation p-value that scipy ≥ 1.15's
 * wilcoxon gives (method='auto', n ≤ 13 with ties or zeros), not the normal approximation it
 * reported before. Reference: scripts/reference/wilcoxon_exact.py (scipy 1.10.1 permutation_test,
 * exhaustive, cross-checked by enumeration).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const fixture = JSON.parse(readFileSync('test/fixtures/stats/paired/wilcoxon-exact.json', 'utf8')) as {
  compareChampion: { folder: string; wilcoxon: { statistic: number; pValue: number; mode: string }; normalApproximationPValue: number };
};

describe('compare-champion: Wilcoxon on a small tied sample', () => {
  it('is the exact permutation p-value of scipy ≥ 1.15', async () => {
    const { folder, wilcoxon, normalApproximationPValue } = fixture.compareChampion;
    const json = join(mkdtempSync(join(tmpdir(), 'mlgate-wilcoxon-')), 'result.json');
    const run = await cliInProcess(['compare-champion', '--champion', `${folder}/champion.csv`, '--challenger', `${folder}/challenger.csv`, '--id-column', 'id', '--task', 'regression', '--json', json, '--markdown', '/dev/null']);
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    const tests = JSON.parse(readFileSync(json, 'utf8')).errorTests.absoluteError;
    expect(wilcoxon.mode).toBe('permutation');
    expect(tests.wilcoxonMethod).toBe('exact');
    expect(tests.wilcoxonStatistic).toBe(wilcoxon.statistic);
    expect(Math.abs(tests.wilcoxonPValue - wilcoxon.pValue)).toBeLessThan(1e-12);
    expect(Math.abs(tests.wilcoxonPValue - normalApproximationPValue)).toBeGreaterThan(0.05); // what it said before
  });
});
