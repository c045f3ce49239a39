/**
 * max-rows through the CLI for every action that reads rows: a seeded sample, stated in the result
 * (`sampling`) and under the report; compare-champion keeps the same ids in both files;
 * validate-data's findings name the file's rows, not the sample's; and the remedy the memory
 * check names works: a file too large to read whole is sampled instead.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string; result: any; markdown: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-max-rows-'));
  const run = await cliInProcess([...args, '--json', join(dir, 'r.json'), '--markdown', join(dir, 'r.md')]);
  const ok = run.code <= 1;
  return { ...run, result: ok ? JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) : null, markdown: ok ? readFileSync(join(dir, 'r.md'), 'utf8') : '' };
}

afterEach(() => {
  delete process.env.MLGATE_MEMORY_LIMIT;
});

describe('max-rows', () => {
  it('evaluate-model evaluates a seeded sample and says so', async () => {
    const { code, result, markdown } = await run(['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score', '--max-rows', '100']);
    expect(code).toBe(0);
    expect(result.rows).toBe(100);
    expect(result.sampling).toEqual({ maxRows: 100, seed: 42, inputs: [{ file: 'examples/evaluate-model/binary.csv', rowsRead: 285, kept: 100, maxRows: 100, seed: 42, key: null }] });
    expect(markdown).toContain('Sampled (max-rows 100, seed 42): the numbers above describe `examples/evaluate-model/binary.csv` 100 of 285 rows.');
    const again = await run(['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score', '--max-rows', '100']);
    expect(again.result.metrics).toEqual(result.metrics);
    const other = await run(['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score', '--max-rows', '100', '--sample-seed', '7']);
    expect(other.result.metrics.accuracy.value).not.toBe(result.metrics.accuracy.value);
  });

  it('compare-champion samples by id-column: both files keep the same ids, so every sampled row pairs', async () => {
    const { code, result } = await run([
      'compare-champion', '--champion', 'examples/compare-champion/champion.csv', '--challenger', 'examples/compare-champion/challenger.csv', '--id-column', 'id', '--max-rows', '120',
    ]);
    expect(code).toBe(0);
    expect(result.join).toMatchObject({ paired: 120, championRows: 120, challengerRows: 120 });
    expect(result.sampling.inputs.map((i: any) => i.key)).toEqual(['id', 'id']);
  });

  it('drift-report samples both sides', async () => {
    const { code, result } = await run(['drift-report', '--reference', 'examples/drift-report/reference.csv', '--current', 'examples/drift-report/current.csv', '--max-rows', '200']);
    expect(code).toBeLessThanOrEqual(1);
    expect(result.rows).toEqual({ reference: 200, current: 200 });
  });

  it('validate-data names the rows of the file, not of the sample', async () => {
    const full = await run(['validate-data', '--data', 'examples/validate-data/corrupted.csv', '--schema', 'examples/validate-data/schema.yml']);
    const { result } = await run(['validate-data', '--data', 'examples/validate-data/corrupted.csv', '--schema', 'examples/validate-data/schema.yml', '--max-rows', '150']);
    expect(result.rows).toBe(150);
    for (const check of result.checks) {
      const whole = full.result.checks.find((c: any) => c.id === check.id);
      // Every offending row the sample names is one the full file names too, with the same value.
      check.unexpectedRows.forEach((row: number, i: number) => {
        if (!whole.unexpectedRows.includes(row)) return; // beyond the full run's first 20
        expect(whole.examples[whole.unexpectedRows.indexOf(row)], `${check.id} row ${row}`).toEqual(check.examples[i]);
      });
      if (check.unexpectedRows.length > 0 && whole.unexpectedRows.length < 20) expect(whole.unexpectedRows).toEqual(expect.arrayContaining(check.unexpectedRows));
    }
  });

  it('is the remedy the memory check names: refused whole, read as a sample', async () => {
    process.env.MLGATE_MEMORY_LIMIT = '5000'; // the file is 6.4 KB: a CSV needs about 1.3× that
    const whole = await run(['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score']);
    expect(whole.code).toBe(2);
    expect(whole.stderr).toContain('max-rows');
    const sampled = await run(['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score', '--max-rows', '100']);
    expect(sampled.code).toBe(0);
  });
});
