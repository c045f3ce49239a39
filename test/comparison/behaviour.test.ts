/**
 * compare-champion's behaviour around the numbers: gates on the bounds of the differences,
 * inconclusive small samples, the first run, reproducibility, and every input mistake as one
 * clear line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, InputError } from '../../src/errors.js';
import { compare } from './run.js';

const EXAMPLE = { champion: 'examples/compare-champion/champion.csv', challenger: 'examples/compare-champion/challenger.csv', 'id-column': 'id', 'score-column': 'score' };
const SMALL = { champion: 'test/fixtures/compare-champion/binary-small/champion.csv', challenger: 'test/fixtures/compare-champion/binary-small/challenger.csv', 'id-column': 'id', 'score-column': 'score' };
const REGRESSION = { champion: 'test/fixtures/compare-champion/regression/champion.csv', challenger: 'test/fixtures/compare-champion/regression/challenger.csv', 'id-column': 'id' };

function files(champion: string, challenger: string): { champion: string; challenger: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-compare-'));
  writeFileSync(join(dir, 'champion.csv'), champion);
  writeFileSync(join(dir, 'challenger.csv'), challenger);
  return { champion: join(dir, 'champion.csv'), challenger: join(dir, 'challenger.csv') };
}

describe('gates on the change', () => {
  it('resolves every field: value, .champion, .delta, .delta.lower/.upper, .pValue, .lower', async () => {
    const gates = ['accuracy >= 0.9', 'accuracy.champion >= 0.9', 'accuracy.delta > 0', 'accuracy.delta.lower >= -0.01', 'accuracy.delta.upper <= 0.2', 'accuracy.pValue < 0.05', 'roc_auc.lower >= 0.95', 'log_loss.delta.upper < 0'];
    const { result } = await compare({ ...EXAMPLE, gates: gates.join('\n') });
    const m = result.metrics;
    const observed = Object.fromEntries(result.gates.map((g) => [g.id, g.observed]));
    expect(observed['accuracy >= 0.9']).toBe(m.accuracy.challenger);
    expect(observed['accuracy.champion >= 0.9']).toBe(m.accuracy.champion);
    expect(observed['accuracy.delta > 0']).toBe(m.accuracy.delta);
    expect(observed['accuracy.delta.lower >= -0.01']).toBe(m.accuracy.ci![0]);
    expect(observed['accuracy.delta.upper <= 0.2']).toBe(m.accuracy.ci![1]);
    expect(observed['accuracy.pValue < 0.05']).toBe(m.accuracy.pValue);
    expect(observed['roc_auc.lower >= 0.95']).toBe(m.roc_auc.challengerCi![0]);
    expect(observed['log_loss.delta.upper < 0']).toBe(m.log_loss.ci![1]);
    expect(result.gates.map((g) => g.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(result.verdict).toBe('pass');
  });

  it('fails a bound gate when the estimate misses too, and calls it inconclusive when only the bound does', async () => {
    // Δ accuracy is +3.9 points with interval [+0.8, +7.3]: "better by 10 points" and "by 5 points"
    // are refuted by the estimate; "better by 2 points" is met by the estimate, not by its bound.
    const { result } = await compare({ ...EXAMPLE, gates: 'accuracy.delta.lower >= 0.1\naccuracy.delta.lower >= 0.05\naccuracy.delta.lower >= 0.02' });
    expect(result.gates.map((g) => g.status)).toEqual(['fail', 'fail', 'inconclusive']);
    expect(result.gates[2]).toMatchObject({ point: result.metrics.accuracy.delta, interval: result.metrics.accuracy.ci, effect: 'fail', inconclusive: 'fail', severity: 'fail' });
    expect(result.verdict).toBe('fail');
    expect(result.conclusion).toBe('The challenger is not better than the champion by 10 points or more (95% CI of Δ accuracy: +0.8 to +7.3 points).');
  });

  it('calls a straddling interval inconclusive on a small sample and explains it with the detectable difference', async () => {
    const { result, markdown } = await compare({ ...SMALL, gates: 'accuracy.delta.lower >= -0.01\nroc_auc.delta.lower > 0' });
    expect(result.rows).toBe(60);
    expect(result.gates.map((g) => g.status)).toEqual(['inconclusive', 'inconclusive']);
    expect(result.verdict).toBe('fail'); // inconclusive: fail is the default
    const mdd = result.metrics.accuracy.minimalDetectableDifference!;
    // 60 rows: only a difference of several points is detectable.
    expect(mdd).toBeGreaterThan(0.03);
    expect(result.conclusion).toMatch(/^The data cannot confirm that the challenger is not worse than the champion by more than 1 point \(95% CI of Δ accuracy: −[\d.]+ to \+[\d.]+ points; with these rows only a true difference of about [\d.]+ points or more is reliably detected\)\.$/);
    expect(markdown).toContain('❔ **Inconclusive**');
    expect(markdown).toContain('counted as a failure (inconclusive: fail)');
    expect(markdown).toMatch(/With 60 paired rows, the smallest true difference in `accuracy` this comparison detects/);

    const lenient = await compare({ ...SMALL, gates: 'accuracy.delta.lower >= -0.01', inconclusive: 'warn' });
    expect(lenient.result.gates[0]).toMatchObject({ status: 'inconclusive', effect: 'warn', inconclusive: 'warn' });
    expect(lenient.result.verdict).toBe('warn');
    expect(lenient.result.settings.inconclusive).toBe('warn');
  });

  it('the same gate is decided on the full sample', async () => {
    const { result } = await compare({ ...EXAMPLE, gates: 'accuracy.delta.lower >= -0.01' });
    expect(result.gates[0].status).toBe('pass');
    expect(result.conclusion).toBe('The challenger is not worse than the champion by more than 1 point — it is significantly better (95% CI of Δ accuracy: +0.8 to +7.3 points).');
  });

  it('reads lower-is-better metrics the right way round (rmse.delta.upper <= 0.5)', async () => {
    const { result, markdown } = await compare({ ...REGRESSION, gates: 'rmse.delta.upper <= 0.5\nmae.delta.upper < 0' });
    expect(result.metrics.rmse.direction).toBe('lower-is-better');
    expect(result.metrics.rmse.delta!).toBeLessThan(0);
    expect(result.gates.map((g) => g.status)).toEqual(['pass', 'pass']);
    expect(result.conclusion).toMatch(/^The challenger is not worse than the champion by more than 0\.5 — it is significantly better \(95% CI of Δ rmse: −[\d.]+ to −[\d.]+\)\.$/);
    expect(markdown).toMatch(/\| `rmse` ↓ \|.*\| 🟢 better \|/);
    expect(markdown).toContain('Paired tests on per-row errors');
  });

  it('refuses gates on metrics of another task, naming them', async () => {
    await expect(compare({ ...REGRESSION, gates: 'accuracy.delta.lower >= 0' })).rejects.toThrow('gate "accuracy.delta.lower >= 0": accuracy does not apply to a regression task');
    await expect(compare({ ...EXAMPLE, gates: 'acuracy.delta > 0' })).rejects.toThrow(/unknown metric "acuracy" \(did you mean "accuracy"\?\)/);
  });
});

describe('first run (no champion yet)', () => {
  const gates = 'accuracy >= 0.8\naccuracy.delta.lower >= -0.01\nroc_auc.lower >= 0.9';

  it('applies the value gates to the challenger and skips the change gates', async () => {
    const { result, markdown, logger } = await compare({ challenger: EXAMPLE.challenger, 'score-column': 'score', gates });
    expect(result.firstRun).toBe('no champion input was given');
    expect(result.champion).toBeNull();
    expect(result.join).toBeNull();
    expect(result.gates.map((g) => g.status)).toEqual(['pass', 'skipped', 'pass']);
    expect(result.gates[1].message).toBe('no champion yet (no champion input was given): a change gate needs one');
    // A gate that was not checked is never a pass: the first run warns (exit 0, so it still promotes).
    expect(result.gates[1].effect).toBe('warn');
    expect(result.verdict).toBe('warn');
    expect(result.metrics.accuracy).toMatchObject({ champion: null, delta: null, ci: null, pValue: null, test: null });
    expect(result.metrics.accuracy.challenger).toBeCloseTo(0.9684, 4);
    expect(result.metrics.accuracy.challengerCi![0]).toBeLessThan(result.metrics.accuracy.challenger!);
    expect(result.conclusion).toBe('No champion yet, so the challenger was evaluated alone (accuracy 0.9684); gates on the change from a champion are skipped.');
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '⚠️ **Champion vs challenger: WARN** — passes, with a warning to review: `accuracy.delta.lower >= -0.01` — no champion yet (no champion input was given): a change gate needs one',
      'no champion yet · 2 of 3 gates passed, 1 skipped · binary · 285 rows',
    ]);
    expect(logger.lines).toContain('notice: compare-champion: no champion yet (no champion input was given); the challenger is evaluated alone');
  });

  it('a value gate still fails on a first run', async () => {
    const { result } = await compare({ challenger: EXAMPLE.challenger, gates: 'accuracy >= 0.99\nf1.delta > 0' });
    expect(result.gates.map((g) => g.status)).toEqual(['fail', 'skipped']);
    expect(result.verdict).toBe('fail');
  });

  it('a champion file that does not exist is an input error unless allow-missing-champion', async () => {
    const missing = { ...EXAMPLE, champion: 'no/such/champion.csv', gates };
    await expect(compare(missing)).rejects.toThrow(
      'no/such/champion.csv: the champion file does not exist; on a first run leave the champion input empty, or set allow-missing-champion: true',
    );
    const { result } = await compare({ ...missing, 'allow-missing-champion': 'true' });
    expect(result.firstRun).toBe('the champion file no/such/champion.csv does not exist (allow-missing-champion)');
    expect(result.gates.map((g) => g.status)).toEqual(['pass', 'skipped', 'pass']);
  });
});

describe('reproducibility', () => {
  it('gives identical results for the same seed, and moves only the bootstrap intervals with another', async () => {
    const a = (await compare({ ...EXAMPLE, seed: '7' })).result;
    const b = (await compare({ ...EXAMPLE, seed: '7' })).result;
    expect(b).toEqual(a);
    const c = (await compare({ ...EXAMPLE, seed: '8' })).result;
    expect(c.metrics.f1.ci).not.toEqual(a.metrics.f1.ci);
    expect(c.metrics.f1.delta).toBe(a.metrics.f1.delta);
    for (const name of ['accuracy', 'roc_auc', 'log_loss', 'brier']) expect(c.metrics[name], name).toEqual(a.metrics[name]);
  });

  it('does not depend on the order of the rows when joined on id', async () => {
    const { result } = await compare({ ...REGRESSION });
    const byPosition = (await compare({ champion: 'test/fixtures/compare-champion/regression-position/champion.csv', challenger: 'test/fixtures/compare-champion/regression-position/challenger.csv' })).result;
    for (const name of Object.keys(result.metrics)) {
      expect(result.metrics[name].delta!, name).toBeCloseTo(byPosition.metrics[name].delta!, 9);
      expect(result.metrics[name].pValue ?? 0, name).toBeCloseTo(byPosition.metrics[name].pValue ?? 0, 9);
    }
  });

  it('turns the bootstrap intervals off with bootstrap-samples 0, keeping the closed-form ones', async () => {
    const { result } = await compare({ ...EXAMPLE, 'bootstrap-samples': '0' });
    expect(result.metrics.f1).toMatchObject({ ci: null, pValue: null, test: null, note: 'no interval: bootstrap-samples is 0' });
    expect(result.metrics.accuracy.test).toBe('mcnemar-exact');
    expect(result.metrics.roc_auc.test).toBe('delong');
  });
});

describe('pairing the rows', () => {
  const header = 'id,y_true,y_pred\n';
  it.each([
    ['an id only in one file', header + '1,0,0\n2,1,1\n3,1,0\n', header + '1,0,1\n2,1,1\n4,0,0\n', {}, /1 only in the champion .*champion\.csv \("3"\) and 1 only in the challenger .*challenger\.csv \("4"\) — ids of id must match; set allow-partial: true to compare the 2 rows in both$/],
    ['a repeated id', header + '1,0,0\n2,1,1\n1,1,0\n', header + '1,0,1\n2,1,1\n', {}, /champion\.csv, column "id": id "1" appears more than once \(rows 1 and 3\): ids must be unique to pair the rows$/],
    ['a missing id', header + '1,0,0\n,1,1\n', header + '1,0,1\n2,1,1\n', {}, /champion\.csv, row 2, column "id": the id is missing/],
    ['truth that differs', header + '1,0,0\n2,1,1\n', header + '2,0,1\n1,0,0\n', {}, /the true label of id "2" differs between the files \(champion 1, challenger 0\): both must hold the same examples with the same labels$/],
    ['no id in common', header + '1,0,0\n2,1,1\n', header + '3,0,1\n4,1,0\n', { 'allow-partial': 'true' }, /no id is in both files/],
    ['a missing id column', header + '1,0,0\n2,1,1\n', 'key,y_true,y_pred\n1,0,0\n2,1,1\n', {}, /challenger\.csv: no column "id"/],
  ])('refuses %s with one line', async (_what, champion, challenger, extra, message) => {
    const error = await compare({ ...files(champion, challenger), 'id-column': 'id', ...extra }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('pairs by position without id-column, and the lengths must agree', async () => {
    const error = await compare(files('y_true,y_pred\n0,0\n1,1\n', 'y_true,y_pred\n0,0\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toMatch(/the champion has 2 rows and the challenger 1 .*: without id-column the rows are paired by position/);
    const mismatch = await compare(files('y_true,y_pred\n0,0\n1,1\n', 'y_true,y_pred\n0,0\n0,1\n')).catch((e: unknown) => e);
    expect((mismatch as Error).message).toMatch(/the true label of row 2 differs between the files/);
  });

  it('joins numeric ids to text ids as they print (7 and "7")', async () => {
    const { result, markdown } = await compare({ ...files('id,y_true,y_pred\n7,0,0\n8,1,1\n9,1,0\n', 'id,y_true,y_pred\nx1,0,0\n9,1,1\n8,1,1\n7,0,1\n'), 'id-column': 'id', 'allow-partial': 'true' });
    expect(result.join).toMatchObject({ paired: 3, onlyChampion: { count: 0 }, onlyChallenger: { count: 1, examples: ['x1'] } });
    expect(result.discordantPairs).toMatchObject({ bothCorrect: 1, championOnlyCorrect: 1, challengerOnlyCorrect: 1, bothWrong: 0 });
    expect(markdown).toContain('> allow-partial: 3 rows are in both files and compared; 0 only in the champion and 1 only in the challenger (e.g. x1) are left out.');
  });

  it('decides one label set and task for both files (a class only the champion predicts)', async () => {
    const { result } = await compare({ ...files('y_true,y_pred\na,a\nb,c\nc,c\n', 'y_true,y_pred\na,a\nb,b\nc,a\n') });
    expect(result.task).toBe('multiclass');
    expect(result.labels).toEqual(['a', 'b', 'c']);
  });

  it('reports log loss and Brier as undefined when a score is not a probability', async () => {
    const { result } = await compare({ ...files('y_true,y_pred,s\n0,0,-1.5\n1,1,2\n1,0,0.2\n0,0,-3\n', 'y_true,y_pred,s\n0,0,0.1\n1,1,0.9\n1,1,0.6\n0,0,0.2\n'), 'score-column': 's' });
    expect(result.metrics.log_loss).toMatchObject({ champion: null, delta: null, note: "needs probabilities: the champion's score -1.5 is outside [0, 1]" });
    expect(result.metrics.roc_auc.delta).not.toBeNull();
  });
});
