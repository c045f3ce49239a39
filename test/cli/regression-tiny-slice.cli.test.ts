/**
 * Issue 13, case 4: r2 and explained_variance on fewer than two rows are undefined (value null,
 * the reason as the note), for the whole file and for a one-row slice — where scikit-learn's
 * r2_score returns nan with an UndefinedMetricWarning (its explained_variance_score returns 1.0 by
 * force_finite; mlgate says undefined for both). Every other metric of every slice matches
 * scikit-learn. Reference: scripts/reference/regression_small.py (scikit-learn 1.2.1).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';
import { expectClose } from '../metrics/reference.js';

const FIXTURE = 'test/fixtures/evaluate-model/regression-tiny-slice';
type Metrics = Record<string, number | null | string>;
const expected = JSON.parse(readFileSync(`${FIXTURE}.json`, 'utf8')) as { whole: Metrics; slices: Record<string, Metrics & { rows: number }> };
const dir = mkdtempSync(join(tmpdir(), 'mlgate-tiny-'));
const SKLEARN_METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'explained_variance'];

async function evaluate(file: string, extra: string[] = []): Promise<{ code: number; stderr: string; result: any }> {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const run = await cliInProcess(['evaluate-model', '--predictions', file, '--task', 'regression', '--json', json, '--markdown', '/dev/null', ...extra]);
  return { code: run.code, stderr: run.stderr, result: run.code <= 1 ? JSON.parse(readFileSync(json, 'utf8')) : undefined };
}

describe('r2 and explained_variance below two rows', () => {
  it('a one-row slice: both null with the reason; the other metrics and slices as scikit-learn', async () => {
    // min-slice-rows 1: every slice may decide a gap, so this tests that an undefined r2 does not.
    const { code, stderr, result } = await evaluate(`${FIXTURE}.csv`, ['--slice-columns', 'region', '--min-slice-rows', '1']);
    expect(code, stderr).toBe(0);
    for (const name of SKLEARN_METRICS) expectClose(result.metrics[name].value, expected.whole[name] as number, `whole ${name}`);
    for (const [slice, reference] of Object.entries(expected.slices)) {
      const entry = result.slices.region[slice];
      expect(entry.rows).toBe(reference.rows);
      for (const name of SKLEARN_METRICS) {
        if (reference.rows < 2 && name === 'explained_variance') continue; // scikit-learn: 1.0 by force_finite
        expectClose(entry.metrics[name].value, reference[name] as number | null, `${slice} ${name}`);
      }
    }
    const one = result.slices.region.c.metrics;
    expect(expected.slices.c.r2).toBeNull();
    expect(expected.slices.c.r2_warning).toMatch(/not well-defined with less than two samples/);
    expect(one.r2).toMatchObject({ value: null, ci: null, note: expect.stringMatching(/undefined on 1 row: R² needs at least 2/) });
    expect(expected.slices.c.explained_variance).toBe(1);
    expect(one.explained_variance).toMatchObject({ value: null, ci: null, note: expect.stringMatching(/undefined on 1 row: explained variance needs at least 2/) });
    // the one-row slice decides no gap: r2 gaps come from the slices where it is defined
    expect(result.sliceGaps.r2.lowest.slice).not.toBe('c');
    expect(result.sliceGaps.r2.highest.slice).not.toBe('c');
  });

  it('a one-row file: r2 null (it was 0), and a gate on it cannot pass', async () => {
    const file = join(dir, 'one-row.csv');
    writeFileSync(file, 'y_true,y_pred\n3.5,2\n');
    const { code, stderr, result } = await evaluate(file, ['--gates', 'r2 >= 0']);
    expect(stderr).not.toMatch(/internal error/);
    expect(result.metrics.r2.value).toBeNull();
    expect(result.metrics.explained_variance.value).toBeNull();
    expect(result.gates[0].status).not.toBe('pass');
    expect(code).not.toBe(0);
  });
});
