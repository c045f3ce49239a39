import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const cli = cliInProcess;

describe('mlgate validate-data', () => {
  it('passes the clean example and fails the corrupted one, listing problems first', async () => {
    const clean = await cli(['validate-data', '--data', 'examples/validate-data/clean.csv', '--schema', 'examples/validate-data/schema.yml']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^✅ \*\*Data validation: PASS\*\* — nothing to do: all 3 gates passed\n\n0 of \d+ checks failed · 569 rows/);
    const corrupted = await cli(['validate-data', '--data', 'examples/validate-data/corrupted.csv', '--schema', 'examples/validate-data/schema.yml']);
    expect(corrupted.code).toBe(1);
    expect(corrupted.stdout.indexOf('### Problems')).toBeLessThan(corrupted.stdout.indexOf('checks passed or skipped'));
    expect(corrupted.stdout).toContain('186: `N/A`, 488: `1,234.5`, 527: `abc`');
    // Empty values show visibly, not as broken empty code spans.
    expect(corrupted.stdout).toContain('254: `∅`, 430: `∅`, 519: `∅`');
    expect(corrupted.stdout).not.toMatch(/[^`]``[^`]/);
  });

  it('validates every file of a glob together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-vd-'));
    const text = readFileSync('examples/validate-data/clean.csv', 'utf8');
    writeFileSync(join(dir, 'part-1.csv'), text);
    writeFileSync(join(dir, 'part-2.csv'), text);
    const json = join(dir, 'r.json');
    const run = await cli(['validate-data', '--data', join(dir, 'part-*.csv'), '--schema', 'examples/validate-data/schema.yml', '--json', json, '--gates', 'rows >= 1000']);
    expect(run.code).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'part-1.csv'), join(dir, 'part-2.csv')]);
    expect(result.rows).toBe(1138);
    expect(result.gates[0]).toMatchObject({ id: 'rows >= 1000', status: 'pass', observed: 1138 });
  });

  it('infers a schema from a reference and checks data against it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-vd-'));
    const schema = join(dir, 'inferred.yml');
    const infer = await cli(['validate-data', '--data', 'examples/validate-data/clean.csv', '--infer-schema', schema]);
    expect(infer.code).toBe(0);
    expect(existsSync(schema)).toBe(true);
    expect(infer.stdout).toContain('written to');
    const against = await cli(['validate-data', '--data', 'examples/validate-data/corrupted.csv', '--reference', 'examples/validate-data/clean.csv']);
    expect(against.code).toBe(1);
  });

  it.each([
    [['validate-data', '--data', 'examples/validate-data/clean.csv'], 'mlgate: give a schema (input "schema") or a reference dataset to infer one from (input "reference")'],
    [['validate-data', '--data', 'nothing-*.csv', '--schema', 'examples/validate-data/schema.yml'], 'mlgate: no file matches "nothing-*.csv"'],
    [['validate-data', '--data', 'examples/validate-data/clean.csv', '--schema', 'examples/validate-data/schema.yml', '--gates', 'failed >= 1'], 'mlgate: gate "failed >= 1": unknown metric "failed"'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
