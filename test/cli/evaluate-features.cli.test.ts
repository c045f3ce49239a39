/**
 * Issue 16 end to end through the CLI, against scikit-learn on the bundled examples
 * (scripts/reference/evaluate_features.py → test/fixtures/evaluate-model/features.json): per-class
 * gates, operating points with their thresholds, expected calibration error, a decision threshold
 * in place of y_pred, compare-champion's slice gates.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const reference = JSON.parse(readFileSync(new URL('../fixtures/evaluate-model/features.json', import.meta.url), 'utf8'));
const close = (actual: number, expected: number, label: string) => expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));

async function evaluate(args: string[]): Promise<{ code: number; stderr: string; result: any }> {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-features-'));
  const json = join(dir, 'result.json');
  const run = await cliInProcess(['evaluate-model', ...args, '--json', json, '--markdown', join(dir, 'r.md')]);
  return { code: run.code, stderr: run.stderr, result: run.code <= 1 ? JSON.parse(readFileSync(json, 'utf8')) : null };
}

const BINARY = ['--predictions', 'examples/evaluate-model/binary.csv', '--score-column', 'score'];
const MULTI = ['--predictions', 'examples/evaluate-model/multiclass.csv', '--score-columns', 'proba_*'];

describe('per-class metrics and gates', () => {
  it('binary: every class as scikit-learn (average=None), and a gate per class', async () => {
    const { code, result } = await evaluate([...BINARY, '--gates', 'recall[1] >= 0.95\nf1[class=0].lower >= 0.9\nsupport[0] >= 100']);
    expect(code).toBe(0);
    for (const row of result.perClass) {
      const expected = reference.binary.perClass[row.label];
      for (const name of ['precision', 'recall', 'f1']) close(row[name].value, expected[name], `${row.label} ${name}`);
      expect(row.support).toBe(expected.support);
      expect(row.recall.ci[0]).toBeLessThan(row.recall.value);
    }
    expect(result.gates.map((g: any) => [g.id, g.status])).toEqual([
      ['recall[1] >= 0.95', 'pass'],
      ['f1[class=0].lower >= 0.9', 'pass'],
      ['support[0] >= 100', 'pass'],
    ]);
    close(result.gates[0].observed, reference.binary.perClass['1'].recall, 'gate recall[1]');
  });

  it('multiclass: per-class rates and one-vs-rest AUC as scikit-learn', async () => {
    const { code, result } = await evaluate([...MULTI, '--gates', 'roc_auc[barolo].lower >= 0.5']);
    expect(code).toBe(0);
    for (const row of result.perClass) {
      const expected = reference.multiclass.perClass[row.label];
      for (const name of ['precision', 'recall', 'f1', 'roc_auc']) close(row[name].value, expected[name], `${row.label} ${name}`);
    }
  });

  it('an unknown class is an input error listing the classes (exit 2, one line)', async () => {
    const { code, stderr } = await evaluate([...MULTI, '--gates', 'recall[merlot] >= 0.8']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('mlgate: gate "recall[merlot] >= 0.8": there is no class "merlot"; the classes are barbera, barolo, grignolino');
  });

  it('a malformed argument is refused before any file is read', async () => {
    expect((await evaluate(['--predictions', 'missing.csv', '--gates', 'recall_at_precision[1.5] >= 0.8'])).stderr).toContain('the level of recall_at_precision[…] is a number in (0, 1], got "1.5"');
    expect((await evaluate(['--predictions', 'missing.csv', '--gates', 'accuracy[1] >= 0.8'])).stderr).toContain('"accuracy" takes no argument in brackets');
  });
});

describe('operating points', () => {
  it('recall at a precision and precision at a recall, with the threshold that gives each, as scikit-learn precision_recall_curve', async () => {
    const names = Object.keys(reference.binary.operatingPoints);
    const { code, result } = await evaluate([...BINARY, '--gates', names.map((n) => `${n}.lower >= 0.5`).join('\n')]);
    expect(code).toBe(0);
    for (const name of names) {
      const point = result.operatingPoints[name];
      close(point.value, reference.binary.operatingPoints[name].value, name);
      close(point.threshold, reference.binary.operatingPoints[name].threshold, `${name} threshold`);
      expect(point.ci[0]).toBeLessThanOrEqual(point.value);
      expect(point.ciMethod).toBe('bootstrap');
    }
  });

  it('needs a score (exit 2 naming the input)', async () => {
    const { code, stderr } = await evaluate(['--predictions', 'examples/evaluate-model/binary.csv', '--gates', 'recall_at_precision[0.9] >= 0.5']);
    expect(code).toBe(2);
    expect(stderr).toContain('recall_at_precision needs a positive-class score: give score-column');
  });
});

describe('calibration', () => {
  it('ece and ece_quantile (15 bins) as the formula on calibration_curve\'s bins, gateable, with the reliability diagram', async () => {
    const { code, result } = await evaluate([...BINARY, '--gates', 'ece <= 0.05']);
    expect(code).toBe(0);
    close(result.metrics.ece.value, reference.binary.ece, 'ece');
    close(result.metrics.ece_quantile.value, reference.binary.ece_quantile, 'ece_quantile');
    expect(result.calibration.reliability).toHaveLength(15);
    expect(result.calibration.reliability.reduce((n: number, b: any) => n + b.count, 0)).toBe(285);
    const multi = await evaluate([...MULTI, '--gates', 'ece <= 0.5']);
    close(multi.result.metrics.ece.value, reference.multiclass.ece, 'multiclass top-label ece');
    close(multi.result.metrics.ece_quantile.value, reference.multiclass.ece_quantile, 'multiclass top-label ece_quantile');
  });

  it('fails a gate the model misses', async () => {
    const { code, result } = await evaluate([...BINARY, '--gates', 'ece <= 0.01']);
    expect(code).toBe(1);
    expect(result.gates[0]).toMatchObject({ status: 'fail', effect: 'fail' });
  });
});

describe('a decision threshold', () => {
  it('derives y_pred from the score (score ≥ t), overriding the file\'s y_pred, as scikit-learn on (score >= t)', async () => {
    const { code, result } = await evaluate([...BINARY, '--threshold', '0.65']);
    expect(code).toBe(0);
    expect(result.confusionMatrix).toEqual(reference.binary['threshold_0.65'].confusionMatrix);
    close(result.metrics.accuracy.value, reference.binary['threshold_0.65'].accuracy, 'accuracy at 0.65');
    expect(result.settings.threshold).toBe(0.65);
    expect(result.taskReason).toContain('predictions: score ≥ 0.65 (the threshold input overrides y_pred)');
  });

  it('a file with a score and no y_pred is scored at 0.5, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-noypred-'));
    const csv = readFileSync('examples/evaluate-model/binary.csv', 'utf8').split('\n').map((line) => line.split(',').filter((_, i) => i !== 2).join(',')).join('\n');
    writeFileSync(join(dir, 'p.csv'), csv);
    const { code, result } = await evaluate(['--predictions', join(dir, 'p.csv'), '--score-column', 'score']);
    expect(code).toBe(0);
    expect(result.settings.threshold).toBe(0.5);
    expect(result.taskReason).toContain('predictions: score ≥ 0.5 (the file has no y_pred)');
  });

  it('refuses a threshold on a multiclass task (exit 2)', async () => {
    const { code, stderr } = await evaluate([...MULTI, '--threshold', '0.5']);
    expect(code).toBe(2);
    expect(stderr).toContain('input "threshold": a decision threshold applies to a binary task, and this one is multiclass');
  });
});

describe('compare-champion: slice and per-class gates', () => {
  const FILES = ['--champion', 'examples/compare-champion/champion.csv', '--challenger', 'examples/compare-champion/challenger.csv', '--id-column', 'id', '--score-column', 'score', '--slice-columns', 'size_band'];

  async function compare(gates: string): Promise<{ code: number; stderr: string; result: any }> {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-features-'));
    const json = join(dir, 'result.json');
    const run = await cliInProcess(['compare-champion', ...FILES, '--gates', gates, '--json', json, '--markdown', join(dir, 'r.md')]);
    return { code: run.code, stderr: run.stderr, result: run.code <= 1 ? JSON.parse(readFileSync(json, 'utf8')) : null };
  }

  it('.delta.slice_min is the worst slice\'s Δ over slices of min-slice-rows or more, and names the slice', async () => {
    const { code, result } = await compare('accuracy.delta.slice_min >= -0.02');
    expect(code).toBe(0);
    const counted = Object.entries(result.slices.size_band as Record<string, any>).filter(([, s]) => !s.belowMinRows);
    const worst = counted.reduce((a, b) => (b[1].metrics.accuracy.delta < a[1].metrics.accuracy.delta ? b : a));
    expect(result.gates[0].observed).toBe(worst[1].metrics.accuracy.delta);
    expect(result.gates[0].decidedBy).toBe(`size_band = ${worst[0]}`);
    expect(result.gates[0].message).toContain(`(size_band = ${worst[0]})`);
  });

  it('a slice below min-slice-rows decides no slice gate', async () => {
    const small = await compare('accuracy.delta.slice_min >= -1');
    const everything = await cliInProcess(['compare-champion', ...FILES, '--gates', 'accuracy.delta.slice_min >= -1', '--min-slice-rows', '100000']);
    expect(small.code).toBe(0);
    expect(everything.code).toBe(1); // no slice is large enough: the gate cannot be evaluated
    expect(everything.stdout).toContain('undefined in every slice of 100000 paired rows or more');
  });

  it('per-class paired deltas and a paired operating point, gateable', async () => {
    const { code, result } = await compare('recall[1].delta.lower >= -0.05\nrecall_at_precision[0.9].delta >= -0.05');
    expect(code, JSON.stringify(result?.gates)).toBe(0);
    const row = result.perClass.find((c: any) => c.label === '1');
    expect(row.recall.delta).toBeCloseTo(row.recall.challenger - row.recall.champion, 12);
    expect(result.gates[0].observed).toBe(row.recall.ci[0]);
    expect(result.operatingPoints['recall_at_precision[0.9]'].test).toBe('bootstrap');
    expect(result.curves.roc.x.length).toBeGreaterThan(10);
  });
});
