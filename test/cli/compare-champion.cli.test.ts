/** `mlgate compare-champion` in-process: report, JSON, exit codes and one-line errors. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const cli = cliInProcess;

const FILES = ['--champion', 'examples/compare-champion/champion.csv', '--challenger', 'examples/compare-champion/challenger.csv', '--id-column', 'id'];

describe('mlgate compare-champion', () => {
  it('runs the example config, prints the report and writes the result object', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const run = await cli(['compare-champion', '--config', 'examples/compare-champion.yml', '--json', join(dir, 'result.json')]);
    expect(run.stderr).not.toContain('mlgate:');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✅ \*\*Champion vs challenger: PASS\*\* — nothing to do: all 4 gates passed\n\n4 of 4 gates passed · binary · 285 paired rows/);
    const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    expect(result).toMatchObject({ schemaVersion: 1, action: 'compare-champion', verdict: 'pass', task: 'binary', rows: 285, firstRun: null });
    expect(Object.keys(result.metrics.accuracy)).toEqual(expect.arrayContaining(['champion', 'challenger', 'delta', 'ci', 'pValue', 'test']));
    expect(result.metrics.accuracy.test).toBe('mcnemar-exact');
    expect(result.metrics.roc_auc.test).toBe('delong');
    expect(result.gates.map((g: { id: string }) => g.id)).toEqual(['accuracy.delta.lower >= -0.01', 'roc_auc.delta.lower >= -0.005', 'log_loss.delta.upper <= 0', 'accuracy >= 0.9']);
  });

  it('writes the report to --markdown instead of stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-cli-'));
    const run = await cli(['compare-champion', ...FILES, '--markdown', join(dir, 'r.md'), '--gates', 'accuracy.delta.lower >= 0.1']);
    expect(run.code).toBe(1);
    // The report goes to the file; the terminal still gets the verdict and the gate that failed it.
    expect(run.stdout).toBe(
      `❌ Champion vs challenger: FAIL — fix before merging: accuracy.delta.lower >= 0.1 — 0.008037 is not >= 0.1, nor is the estimate 0.0386 (interval [0.008037, 0.07287])\n\n• ❌ accuracy.delta.lower >= 0.1 — 0.008037 is not >= 0.1, nor is the estimate 0.0386 (interval [0.008037, 0.07287])\n\n• markdown report: ${join(dir, 'r.md')}\n`,
    );
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('### Discordant pairs');
  });

  it('exits 1 when a gate fails', async () => {
    const run = await cli(['compare-champion', ...FILES, '--gates', 'accuracy.delta.lower >= 0.1']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Champion vs challenger: FAIL');
    expect(run.stdout).toContain('The challenger is not better than the champion by 10 points or more');
  });

  it('exits 1 on an inconclusive gate by default (inconclusive: fail), 0 with --inconclusive warn', async () => {
    const small = ['compare-champion', '--champion', 'test/fixtures/compare-champion/binary-small/champion.csv', '--challenger', 'test/fixtures/compare-champion/binary-small/challenger.csv', '--id-column', 'id', '--gates', 'accuracy.delta.lower >= -0.01'];
    const fail = await cli(small);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('Champion vs challenger: FAIL');
    const warn = await cli([...small, '--inconclusive', 'warn']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain('Champion vs challenger: WARN');
  });

  it('the README gate fails a significantly worse challenger (the example files swapped): exit 1, said in the headline', async () => {
    const swapped = ['compare-champion', '--champion', 'examples/compare-champion/challenger.csv', '--challenger', 'examples/compare-champion/champion.csv', '--id-column', 'id', '--score-column', 'score'];
    for (const inconclusive of ['fail', 'warn']) {
      const run = await cli([...swapped, '--gates', 'accuracy.delta.lower >= -0.01', '--inconclusive', inconclusive]);
      expect(run.code, inconclusive).toBe(1);
      expect(run.stdout).toContain('❌ **Champion vs challenger: FAIL**');
      expect(run.stdout).toContain('**The challenger is significantly worse than the champion on accuracy (95% CI of Δ accuracy: −7.3 to −0.8 points).**');
    }
    // The point gate agrees: the bound gate is never the more lenient one.
    expect((await cli([...swapped, '--gates', 'accuracy.delta >= -0.01'])).code).toBe(1);
  });

  it('suggests --id-column when rows paired by position disagree and both files have an id column', async () => {
    const run = await cli(['compare-champion', '--champion', 'examples/compare-champion/champion.csv', '--challenger', 'test/fixtures/compare-champion/binary-partial/challenger.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/both files have a column "id": set id-column: id \(--id-column id\) to join them on it/);
  });

  it.each([
    [['compare-champion'], 'mlgate: input "challenger" is required'],
    [['compare-champion', '--challengr', 'x.csv'], 'mlgate: unknown option "--challengr" (did you mean "--challenger"?)'],
    [['compare-champion', ...FILES.slice(2), '--champion', 'gone.csv'], 'mlgate: gone.csv: the champion file does not exist; on a first run leave the champion input empty, or set allow-missing-champion: true'],
    [['compare-champion', ...FILES, '--gates', 'roc_auc.delta.lowr > 0'], 'mlgate: gate "roc_auc.delta.lowr > 0": roc_auc has no field ".delta.lowr" (did you mean "roc_auc.delta.lower"?)'],
    [['compare-champion', ...FILES, '--gates', 'rmse.delta.upper <= 0.5'], 'mlgate: gate "rmse.delta.upper <= 0.5": rmse does not apply to a binary task'],
    [['compare-champion', ...FILES, '--allow-partial', 'yes'], 'mlgate: input "allow-partial": "yes" is not a boolean (use true or false)'],
    [['compare-champion', '--champion', 'test/fixtures/compare-champion/binary-partial/champion.csv', '--challenger', 'test/fixtures/compare-champion/binary-partial/challenger.csv', '--id-column', 'id'], 'mlgate: 3 only in the champion test/fixtures/compare-champion/binary-partial/champion.csv ("11", "51", "91") and 2 only in the challenger'],
    [['compare-champion', '--champion', 'examples/compare-champion/champion.csv', '--challenger', 'examples/compare-champion/challenger.csv'], 'mlgate: the true label of row 1 differs between the files (champion 0, challenger 1): the rows are paired by position, and both files have a column "id": set id-column: id'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(message), run.stderr).toBe(true);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists its options', async () => {
    const run = await cli(['compare-champion', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--champion', '--challenger', '--id-column', '--allow-partial', '--allow-missing-champion', '--bootstrap-samples', '--inconclusive']) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('(default: 2000)');
  });
});
