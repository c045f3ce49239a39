/**
 * A binary file in which every row is of one class (a quiet batch, a slice with no positives):
 * scored with scikit-learn's default pos_label=1, not refused. The expected values are what
 * scikit-learn 1.2.1 returns for y_true = y_pred = [0, 0, 0] (accuracy_score 1.0, precision_score
 * and recall_score 0.0 by zero_division, matthews_corrcoef 0.0, cohen_kappa_score nan,
 * confusion_matrix(labels=[0, 1]) [[3, 0], [0, 0]], roc_auc_score raises: one class present).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeBinaryLabels } from '../../src/predictions/labels.js';
import { cliInProcess } from '../support/cli-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-one-class-'));
const negatives = join(dir, 'negatives.csv');
writeFileSync(negatives, 'id,y_true,y_pred,score\n1,0,0,0.1\n2,0,0,0.3\n3,0,0,0.2\n');
const falses = join(dir, 'falses.csv');
writeFileSync(falses, 'y_true,y_pred\nfalse,false\nfalse,false\n');

async function result(args: string[]): Promise<{ code: number; stderr: string; json: Record<string, any> | undefined }> {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const run = await cliInProcess([...args, '--json', out, '--markdown', '/dev/null']);
  return { code: run.code, stderr: run.stderr, json: run.code === 0 ? JSON.parse(readFileSync(out, 'utf8')) : undefined };
}

describe('completeBinaryLabels', () => {
  it('adds the positive class beside a lone negative one, and nothing else', () => {
    expect(completeBinaryLabels(['0', '0'], undefined)).toEqual(['0', '1']);
    expect(completeBinaryLabels(['-1'], undefined)).toEqual(['-1', '1']);
    expect(completeBinaryLabels(['False'], undefined)).toEqual(['False', 'True']);
    expect(completeBinaryLabels(['no'], 'yes')).toEqual(['no', 'yes']);
    expect(completeBinaryLabels(['no'], undefined)).toEqual(['no']);
    expect(completeBinaryLabels(['1'], undefined)).toEqual(['1']);
    expect(completeBinaryLabels(['0', '1'], '2')).toEqual(['0', '1']);
  });
});

describe('a binary file with one class only', () => {
  it('evaluate-model scores it as scikit-learn does with pos_label=1', async () => {
    const { code, json, stderr } = await result(['evaluate-model', '--predictions', negatives, '--score-column', 'score']);
    expect(code, stderr).toBe(0);
    expect(json!.labels).toEqual(['0', '1']);
    expect(json!.positiveLabel).toBe('1');
    expect(json!.metrics.accuracy.value).toBe(1);
    expect(json!.metrics.precision.value).toBe(0);
    expect(json!.metrics.recall.value).toBe(0);
    expect(json!.metrics.mcc.value).toBe(0);
    expect(json!.metrics.cohen_kappa.value).toBeNull();
    expect(json!.metrics.roc_auc.value).toBeNull();
    expect(json!.confusionMatrix).toEqual([[3, 0], [0, 0]]);
  });

  it('takes false/true labels and the positive-label input the same way', async () => {
    const bools = await result(['evaluate-model', '--predictions', falses]);
    expect(bools.code, bools.stderr).toBe(0);
    expect(bools.json!.labels).toEqual(['false', 'true']);
    const named = await result(['evaluate-model', '--predictions', negatives, '--positive-label', '1']);
    expect(named.code, named.stderr).toBe(0);
    expect(named.json!.labels).toEqual(['0', '1']);
  });

  it('compare-champion compares two such files', async () => {
    const { code, json, stderr } = await result(['compare-champion', '--champion', negatives, '--challenger', negatives, '--id-column', 'id', '--score-column', 'score']);
    expect(code, stderr).toBe(0);
    expect(json!.labels).toEqual(['0', '1']);
    expect(json!.metrics.accuracy.delta).toBe(0);
  });
});
