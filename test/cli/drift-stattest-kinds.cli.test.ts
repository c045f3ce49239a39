/**
 * Issue 13, case 4 (drift): a test that does not apply to a column's type is refused (exit 2, one
 * line listing the tests that do), as Evidently refuses chisquare / z on a numerical feature; one
 * test per kind with numeric-stattest / categorical-stattest (Evidently's num_stattest /
 * cat_stattest); column-stattests still win; jensenshannon on the raw bins (√ln 2 for two
 * disjoint categories: scipy.spatial.distance.jensenshannon, natural log, from
 * scripts/reference/drift_descriptors.py).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-drift-kinds-'));
const reference = ['drift-report', '--reference', 'examples/drift-report/reference.csv', '--current', 'examples/drift-report/current-shifted.csv'];
const NUMERIC_TESTS = 'ks, psi, jensenshannon, evidently_jensenshannon, wasserstein, hellinger, kl_div, anderson, cramer_von_mises, mannw, tvd';

async function drift(args: string[]): Promise<{ code: number; stderr: string; result: any }> {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const run = await cliInProcess([...args, '--json', json, '--markdown', '/dev/null']);
  return { code: run.code, stderr: run.stderr, result: run.code <= 1 ? JSON.parse(readFileSync(json, 'utf8')) : undefined };
}

describe('a drift test that does not apply to the column type', () => {
  it.each(['z', 'chisquare', 'chi2'])('--stattest %s on continuous numeric columns: exit 2 listing the tests that apply', async (id) => {
    const run = await drift([...reference, '--stattest', id]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith('mlgate:'));
    expect(lines).toEqual([
      `mlgate: stattest: drift test "${id}" does not apply to numeric column "mean radius" (it takes categorical columns); tests for numeric columns are ${NUMERIC_TESTS}, or list "mean radius" in categorical-columns to compare it as categorical; to run "${id}" on categorical columns only, set categorical-stattest instead`,
    ]);
  });

  it('--numeric-stattest z is refused before anything is read', async () => {
    const run = await drift([...reference, '--numeric-stattest', 'z']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`mlgate: numeric-stattest: drift test "z" does not apply to numeric columns (it takes categorical columns); tests for numeric columns are ${NUMERIC_TESTS}`);
  });

  it('--categorical-stattest ks is refused', async () => {
    const run = await drift([...reference, '--categorical-stattest', 'ks']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('mlgate: categorical-stattest: drift test "ks" does not apply to categorical columns (it takes numeric columns); tests for categorical columns are chi2, chisquare, z,');
  });

  it('a column listed in categorical-columns takes z', async () => {
    const file = (name: string, values: number[]) => {
      const path = join(dir, name);
      writeFileSync(path, `flag\n${values.join('\n')}\n`);
      return path;
    };
    const ref = file('flag-ref.csv', Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0)));
    const cur = file('flag-cur.csv', Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 1 : 0)));
    const refused = await drift(['drift-report', '--reference', ref, '--current', cur, '--stattest', 'z']);
    expect(refused.code).toBe(2); // "flag" holds numbers: a numeric column, as Evidently would read it
    const run = await drift(['drift-report', '--reference', ref, '--current', cur, '--stattest', 'z', '--categorical-columns', 'flag']);
    expect(run.code, run.stderr).toBeLessThanOrEqual(1); // 1: the share of ones doubled, the column drifted
    expect(run.result.columns[0]).toMatchObject({ name: 'flag', type: 'categorical', test: 'z', drifted: true });
  });
});

describe('one test per column kind', () => {
  it('numeric-stattest and categorical-stattest choose by kind; column-stattests win; stattest fills the rest', async () => {
    const run = await drift([...reference, '--stattest', 'psi', '--numeric-stattest', 'wasserstein', '--categorical-stattest', 'z', '--column-stattests', 'mean texture: ks']);
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    const byName = new Map<string, any>(run.result.columns.map((c: any) => [c.name, c]));
    expect(byName.get('diagnosis')).toMatchObject({ type: 'categorical', test: 'z', reason: 'set for categorical columns: z' });
    expect(byName.get('mean radius')).toMatchObject({ type: 'numeric', test: 'wasserstein', reason: 'set for numeric columns: wasserstein' });
    expect(byName.get('mean texture')).toMatchObject({ test: 'ks', reason: 'set for this column: ks' });
    const numeric = run.result.columns.filter((c: any) => c.type === 'numeric' && c.name !== 'mean texture');
    expect(numeric.length).toBeGreaterThan(20);
    expect(new Set(numeric.map((c: any) => c.test))).toEqual(new Set(['wasserstein']));
  });

  it('stattest z with numeric-stattest set runs z on the categorical columns only', async () => {
    const run = await drift([...reference, '--stattest', 'z', '--numeric-stattest', 'ks']);
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    const tests = new Map<string, string>(run.result.columns.map((c: any) => [c.name, c.test]));
    expect(tests.get('diagnosis')).toBe('z');
    expect(tests.get('mean radius')).toBe('ks');
  });
});

describe('jensenshannon on the raw bins', () => {
  it('two disjoint categories: √ln 2 = 0.8325546111576977, as scipy (no 1e-4 fill, which gave 0.83194)', async () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/drift/descriptors.json', 'utf8')) as { cases: { name: string; expected: Record<string, { statistic: number }> }[] };
    const expected = fixture.cases.find((c) => c.name === 'disjoint categories')!.expected.jensenshannon.statistic;
    expect(expected).toBeCloseTo(Math.sqrt(Math.LN2), 15);
    const ref = join(dir, 'js-ref.csv');
    const cur = join(dir, 'js-cur.csv');
    writeFileSync(ref, `kind\n${'a\n'.repeat(30)}`);
    writeFileSync(cur, `kind\n${'b\n'.repeat(20)}`);
    const run = await drift(['drift-report', '--reference', ref, '--current', cur, '--stattest', 'jensenshannon']);
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    expect(run.result.columns[0].test).toBe('jensenshannon');
    expect(Math.abs(run.result.columns[0].statistic - expected)).toBeLessThan(1e-15);
  });
});
