/**
 * Issue 13, case 4 (labels) and issue 14 (a stray prediction, an unnamed non-finite score):
 * - y_true 0/1 beside y_pred True/False (pandas' booleans) is one binary label space and scores as
 *   scikit-learn does (it was 4 classes and accuracy 0);
 * - the labels input fixes the classes: `--labels 1,2,3` with y in {1, 2} is a 3-class task whose
 *   averages include the absent class, as scikit-learn's labels= (with its default
 *   zero_division, 0), for the file, its slices and both models of a comparison;
 * - what would be silently wrong is refused with one line (exit 2): y_pred and y_true sharing no
 *   class; a value outside the labels; one stray y_pred value that alone would make the task
 *   multiclass and drop the score column; a score column on a multiclass task; a non-finite
 *   score, named by file, column and row.
 * Reference: scripts/reference/label_spaces.py (scikit-learn 1.2.1).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';
import { expectClose } from '../metrics/reference.js';

type Metrics = Record<string, number | null>;
const reference = JSON.parse(readFileSync('test/fixtures/evaluate-model/label-spaces.json', 'utf8')) as {
  boolInt: { file: string; labels: string[]; metrics: Metrics; confusion_matrix: number[][] };
  absentClass: {
    file: string;
    challengerFile: string;
    labels: string[];
    metrics: Metrics;
    metricsWithoutLabels: Metrics;
    confusion_matrix: number[][];
    slices: Record<string, { rows: number; metrics: Metrics }>;
    challenger: Metrics;
  };
};
const dir = mkdtempSync(join(tmpdir(), 'mlgate-labels-'));

async function run(args: string[]): Promise<{ code: number; stderr: string; errors: string[]; result: any }> {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const out = await cliInProcess([...args, '--json', json, '--markdown', '/dev/null']);
  const errors = out.stderr.split('\n').filter((line) => line.startsWith('mlgate:'));
  return { code: out.code, stderr: out.stderr, errors, result: out.code <= 1 ? JSON.parse(readFileSync(json, 'utf8')) : undefined };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('0/1 beside True/False', () => {
  it('is one binary label space, scored as scikit-learn scores it', async () => {
    const { code, stderr, result } = await run(['evaluate-model', '--predictions', reference.boolInt.file, '--score-column', 'score']);
    expect(code, stderr).toBe(0);
    expect(readFileSync(reference.boolInt.file, 'utf8').split('\n')[1]).toMatch(/^[01],(True|False),/); // as pandas wrote it
    expect(result.task).toBe('binary');
    expect(result.taskReason).toBe('2 classes in y_true and y_pred, true/false read as 1/0');
    expect(result.labels).toEqual(reference.boolInt.labels);
    expect(result.positiveLabel).toBe('1');
    expect(result.confusionMatrix).toEqual(reference.boolInt.confusion_matrix);
    for (const [name, value] of Object.entries(reference.boolInt.metrics)) expectClose(result.metrics[name].value, value, name);
  });

  it('the issue\'s five rows: accuracy 0.8 (scikit-learn accuracy_score([0,1,1,0,1], [False,True,True,False,False]))', async () => {
    const path = file('five.csv', 'y_true,y_pred\n0,False\n1,True\n1,True\n0,False\n1,False\n');
    const { code, result } = await run(['evaluate-model', '--predictions', path]);
    expect(code).toBe(0);
    expect(result.metrics.accuracy.value).toBe(0.8);
    expect(result.confusionMatrix).toEqual([[2, 0], [1, 2]]);
  });
});

describe('the labels input fixes the classes', () => {
  const c = reference.absentClass;

  it('--labels 1,2,3 with y in {1, 2}: multiclass over 3 classes, every average as scikit-learn labels=', async () => {
    const { code, stderr, result } = await run(['evaluate-model', '--predictions', c.file, '--labels', '1,2,3', '--slice-columns', 'region']);
    expect(code, stderr).toBe(0);
    expect(result.task).toBe('multiclass');
    expect(result.taskReason).toBe('3 classes given by the labels input');
    expect(result.labels).toEqual(c.labels);
    expect(result.confusionMatrix).toEqual(c.confusion_matrix);
    for (const [name, value] of Object.entries(c.metrics)) expectClose(result.metrics[name].value, value, name);
    expect(result.metrics.recall_macro.note).toMatch(/class "3" \(listed in labels\) occurs in neither y_true nor y_pred/);
    for (const [slice, expected] of Object.entries(c.slices)) {
      expect(result.slices.region[slice].rows).toBe(expected.rows);
      for (const [name, value] of Object.entries(expected.metrics)) expectClose(result.slices.region[slice].metrics[name].value, value, `${slice} ${name}`);
    }
    // the bootstrap resamples keep class 3 too: the interval of recall_macro cannot reach above 2/3
    expect(result.metrics.recall_macro.ci[1]).toBeLessThanOrEqual(2 / 3 + 1e-12);
  });

  it('without --labels the classes are those found (scikit-learn without labels=)', async () => {
    const { code, stderr, result } = await run(['evaluate-model', '--predictions', c.file, '--task', 'multiclass']);
    expect(code, stderr).toBe(0);
    expect(result.labels).toEqual(['1', '2']);
    for (const [name, value] of Object.entries(c.metricsWithoutLabels)) expectClose(result.metrics[name].value, value, name);
  });

  it('compare-champion with --labels: both models scored over the listed classes', async () => {
    const { code, stderr, result } = await run(['compare-champion', '--champion', c.file, '--challenger', c.challengerFile, '--id-column', 'id', '--labels', '1,2,3']);
    expect(code, stderr).toBeLessThanOrEqual(1);
    expect(result.task).toBe('multiclass');
    for (const name of ['precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'balanced_accuracy', 'accuracy']) {
      expectClose(result.metrics[name].champion, c.metrics[name], `champion ${name}`);
      expectClose(result.metrics[name].challenger, c.challenger[name], `challenger ${name}`);
    }
  });

  it('a value outside the labels is an error naming file, column, row and value', async () => {
    const { code, errors } = await run(['evaluate-model', '--predictions', c.file, '--labels', '1,3']);
    expect(code).toBe(2);
    const firstTwo = readFileSync(c.file, 'utf8').split('\n').slice(1).findIndex((line) => line.split(',')[1] === '2') + 1;
    expect(errors).toEqual([`mlgate: ${c.file}, row ${firstTwo}, column "y_true": label "2" is not one of the classes given by the labels input (1, 3)`]);
  });
});

describe('labels that cannot be mixed', () => {
  it('y_pred and y_true sharing no class: exit 2 naming both columns and their values', async () => {
    const path = file('disjoint.csv', 'y_true,y_pred\n0,cat\n1,dog\n1,cat\n0,owl\n');
    const { code, errors } = await run(['evaluate-model', '--predictions', path]);
    expect(code).toBe(2);
    expect(errors).toEqual([`mlgate: ${path}: y_pred and y_true share no class: y_true holds "0", "1", y_pred holds "cat", "dog", "owl" — the two columns must use the same labels`]);
  });

  it('one class each (an all-wrong binary file) is not refused', async () => {
    const path = file('all-wrong.csv', 'y_true,y_pred\n0,1\n0,1\n0,1\n');
    const { code, result } = await run(['evaluate-model', '--predictions', path]);
    expect(code).toBe(0);
    expect(result.metrics.accuracy.value).toBe(0);
  });
});

describe('one stray y_pred value (issue 14)', () => {
  const stray = file('stray.csv', 'y_true,y_pred,score\n0,0,0.1\n1,1,0.9\n1,1,0.8\n0,0,0.2\n1,banana,0.3\n');

  it('does not silently turn the task multiclass and drop the score column: exit 2 naming value and row', async () => {
    const { code, errors } = await run(['evaluate-model', '--predictions', stray, '--score-column', 'score']);
    expect(code).toBe(2);
    expect(errors).toEqual([
      `mlgate: ${stray}, row 5, column "y_pred": "banana" is not one of y_true's classes (0, 1): with it the task would be inferred as multiclass and score-column "score" would be ignored; correct y_pred, or set task: multiclass (or list the classes in labels) if the model predicts classes y_true lacks`,
    ]);
  });

  it('--task multiclass says so: the reason names the class only y_pred has', async () => {
    const { code, stderr, result } = await run(['evaluate-model', '--predictions', stray, '--task', 'multiclass']);
    expect(code, stderr).toBe(0);
    expect(result.labels).toEqual(['0', '1', 'banana']);
    const inferred = await run(['evaluate-model', '--predictions', file('unseen.csv', 'y_true,y_pred\na,a\nb,b\nc,c\na,d\n')]);
    expect(inferred.result.taskReason).toBe('4 classes in y_true and y_pred; "d" only in y_pred');
  });

  it('a score column on a multiclass task is refused, not ignored', async () => {
    const { code, errors } = await run(['evaluate-model', '--predictions', stray, '--task', 'multiclass', '--score-column', 'score']);
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/^mlgate: .*stray\.csv: score-column "score" is the positive-class score of a binary task, but this task is multiclass \(given by the task input\): give per-class probabilities with score-columns, or set task: binary$/);
  });

  it('--task binary names the stray value and its row', async () => {
    const { code, errors } = await run(['evaluate-model', '--predictions', stray, '--task', 'binary', '--score-column', 'score']);
    expect(code).toBe(2);
    expect(errors).toEqual([`mlgate: ${stray}, row 5, column "y_pred": the task is binary but "banana" is not one of y_true's classes (0, 1)`]);
  });
});

describe('a non-finite score (issue 14)', () => {
  it('names the file, the column and the row', async () => {
    const path = file('inf-score.csv', 'y_true,y_pred,score\n0,0,0.1\n1,1,0.9\n1,1,0.8\n0,0,0.2\n1,0,inf\n');
    const { code, errors } = await run(['evaluate-model', '--predictions', path, '--score-column', 'score']);
    expect(code).toBe(2);
    expect(errors).toEqual([`mlgate: ${path}, row 5, column "score": Infinity is not a finite number`]);
  });

  it('so does a non-finite regression value', async () => {
    const path = file('inf-regression.csv', 'y_true,y_pred\n1.5,1.25\n2.5,-inf\n3.5,3\n');
    const { code, errors } = await run(['evaluate-model', '--predictions', path, '--task', 'regression']);
    expect(code).toBe(2);
    expect(errors).toEqual([`mlgate: ${path}, row 2, column "y_pred": -Infinity is not a finite number`]);
  });
});
