import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/cli.js';
import { cliInProcess } from '../support/cli-in-process.js';
import type { InputSpec } from '../../src/config/input-spec.js';

const cli = cliInProcess;

describe('mlgate command line', () => {
  it('runs evaluate-model on the example and prints the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const run = await cli(['evaluate-model', '--config', 'examples/evaluate-model.yml', '--json', join(dir, 'result.json')]);
    expect(run.stderr).not.toContain('mlgate:');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^⚠️ \*\*Model evaluation: WARN\*\* — passes, with a warning to review: `recall.slice_min >= 0.8 warn` — 0.75 is not &gt;= 0.8 \(size\\_band = large\)\n\n3 of 4 gates passed, 1 warned/);
    const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    expect(result.gates.map((g: { id: string }) => g.id)).toEqual(['roc_auc.lower >= 0.95', 'accuracy >= 0.9', 'f1 >= 0.9', 'recall.slice_min >= 0.8 warn']);
  });

  it('writes the report to --markdown instead of stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const run = await cli(['evaluate-model', '--predictions', 'examples/evaluate-model/regression.csv', '--markdown', join(dir, 'r.md'), '--gates', 'r2 >= 0.3']);
    expect(run.code).toBe(0);
    // The report goes to the file; the terminal still gets the verdict and what was written.
    expect(run.stdout).toBe(`✅ Model evaluation: PASS — nothing to do: the gate passed\n\n• markdown report: ${join(dir, 'r.md')}\n`);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('regression');
  });

  it('exits 1 when a gate fails', async () => {
    const run = await cli(['evaluate-model', '--predictions', 'examples/evaluate-model/regression.csv', '--gates', 'r2 >= 0.99']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL');
  });

  it.each([
    [['evaluate-modle'], 'mlgate: unknown command "evaluate-modle" (did you mean "evaluate-model"?)'],
    [['evaluate-model', '--predictons', 'x.csv'], 'mlgate: unknown option "--predictons" (did you mean "--predictions"?); run with --help for the options'],
    [['evaluate-model'], 'mlgate: input "predictions" is required'],
    [['evaluate-model', '--predictions', 'missing.csv'], 'mlgate: missing.csv'],
    [['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--label-column', 'truth'], 'mlgate: examples/evaluate-model/binary.csv: no column "truth"'],
    [['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--gates', 'rocauc > 0.5'], 'mlgate: gate "rocauc > 0.5": unknown metric "rocauc" (did you mean "roc_auc"?)'],
    [['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--gates', 'mae < 1'], 'mlgate: gate "mae < 1": mae does not apply to a binary task'],
    [['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--confidence', '95'], 'mlgate: input "confidence": 95 is out of range (must be between 0.5 and 0.9999)'],
    [['evaluate-model', '--predictions', 'test/fixtures/evaluate-model/bad-score.csv', '--score-column', 'score'], 'mlgate: test/fixtures/evaluate-model/bad-score.csv, row 3, column "score": "n/a" is not a number'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists the options of a command', async () => {
    const run = await cli(['evaluate-model', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--score-columns');
    expect(run.stdout).not.toContain('--github-token');
  });
});

describe('flag parsing', () => {
  const specs: InputSpec[] = [
    { name: 'gates', kind: 'gates', description: '' },
    { name: 'flag', kind: 'boolean', description: '' },
    { name: 'data', kind: 'file', description: '' },
  ];
  it('accepts --name value, --name=value, bare booleans and repeated gates', () => {
    expect(parseFlags(['--data=x.csv', '--flag', '--gates', 'a > 1', '--gates', 'b < 2'], specs)).toEqual({ data: 'x.csv', flag: 'true', gates: 'a > 1\nb < 2' });
  });
  it('refuses a positional argument and a missing value', () => {
    expect(() => parseFlags(['x.csv'], specs)).toThrow('unexpected argument "x.csv"');
    expect(() => parseFlags(['--data'], specs)).toThrow('option "--data" needs a value');
  });
});

describe('evaluate-model without bootstrap', () => {
  it('bootstrap-samples 0 keeps the closed-form intervals and says why the others are missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const run = await cli(['evaluate-model', '--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score', '--bootstrap-samples', '0', '--json', join(dir, 'r.json')]);
    expect(run.code).toBe(0);
    const { metrics } = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(metrics.accuracy.ciMethod).toBe('wilson');
    expect(metrics.roc_auc.ciMethod).toBe('delong');
    expect(metrics.f1_macro).toMatchObject({ ci: null, ciMethod: null, note: 'no interval: bootstrap-samples is 0' });
  });
});
