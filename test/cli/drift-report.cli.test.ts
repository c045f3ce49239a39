import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const cli = cliInProcess;

const base = ['drift-report', '--reference', 'examples/drift-report/reference.csv'];

describe('mlgate drift-report', () => {
  it('reports the shifted columns first, with pictures, and the evidently mode agrees', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-drift-'));
    const run = await cli([...base, '--current', 'examples/drift-report/current-shifted.csv', '--json', join(dir, 'r.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✅ \*\*Data drift: PASS\*\* — nothing to do: the gate passed\n\n3 of 31 columns drifted/);
    // Every drifted column is drawn, reference vs current, and the stable ones are folded.
    expect(run.stdout.match(/```mermaid/g)).toHaveLength(3);
    expect(run.stdout).toContain('<details><summary>28 more stable columns</summary>');
    const result = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(result.columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { name: string }) => c.name).sort()).toEqual(['diagnosis', 'mean radius', 'mean texture']);
    const evidently = await cli([...base, '--current', 'examples/drift-report/current-shifted.csv', '--stattest', 'evidently', '--json', join(dir, 'e.json')]);
    expect(evidently.code).toBe(0);
    const e = JSON.parse(readFileSync(join(dir, 'e.json'), 'utf8'));
    expect(e.correction).toBe('none');
    expect(e.columns.find((c: { name: string }) => c.name === 'mean radius').test).toBe('ks');
  });

  it('uses a fixed test and per-column overrides from the config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-drift-'));
    const run = await cli([...base, '--current', 'examples/drift-report/current-shifted.csv', '--stattest', 'psi', '--column-stattests', 'diagnosis: chisquare', '--json', join(dir, 'r.json'), '--gates', 'mean radius.statistic < 0.1']);
    expect(run.code).toBe(1);
    const result = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(result.columns.find((c: { name: string }) => c.name === 'mean radius').test).toBe('psi');
    expect(result.columns.find((c: { name: string }) => c.name === 'diagnosis').test).toBe('chisquare');
    expect(result.gates[0]).toMatchObject({ id: 'mean radius.statistic < 0.1', status: 'fail' });
  });

  it.each([
    [['--current', 'examples/drift-report/current.csv', '--stattest', 'kss'], 'mlgate: stattest: unknown drift test "kss" (did you mean "ks"?)'],
    [['--current', 'examples/drift-report/current.csv', '--correction', 'fdr'], 'mlgate: input "correction": "fdr" is not allowed (use one of: bh, holm, bonferroni, none)'],
    [['--current', 'examples/drift-report/current.csv', '--column-stattests', 'diagnosis'], 'mlgate: input "column-stattests": "diagnosis" is not "column: value"'],
    [['--current', 'missing.csv'], 'mlgate: missing.csv'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await cli([...base, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
