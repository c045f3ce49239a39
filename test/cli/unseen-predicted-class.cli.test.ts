/**
 * A predicted class that y_true never holds is a class, as in scikit-learn (labels are
 * unique_labels(y_true, y_pred)): it counts in the macro averages and the confusion matrix.
 * Reference: scripts/reference/unseen_predicted_class.py (scikit-learn).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const FIXTURE = 'test/fixtures/evaluate-model/unseen-predicted-class';
const expected = JSON.parse(readFileSync(`${FIXTURE}.json`, 'utf8')) as { labels: string[]; metrics: Record<string, number>; confusion_matrix: number[][] };

describe('a predicted class absent from the true labels', () => {
  it('is one of the classes, and every metric matches scikit-learn', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mlgate-unseen-')), 'result.json');
    const run = await cliInProcess(['evaluate-model', '--predictions', `${FIXTURE}.csv`, '--json', out, '--markdown', '/dev/null']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.task).toBe('multiclass');
    expect(result.labels).toEqual(expected.labels);
    expect(result.confusionMatrix).toEqual(expected.confusion_matrix);
    for (const [name, value] of Object.entries(expected.metrics)) {
      expect(result.metrics[name].value, name).toBeCloseTo(value, 12);
    }
  });
});
