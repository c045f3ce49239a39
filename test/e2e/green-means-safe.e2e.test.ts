/**
 * Issue 13's cases through the bundled actions as the runner runs them (INPUT_*, GITHUB_OUTPUT,
 * the step summary, a loopback GitHub for the comment and the status): a green check means safe to
 * merge. Each case below once passed green, or said something other than what was computed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/normal.js';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPOSITORY, runBundle, type BundleRun } from '../support/run-bundle.js';

const TOKEN = 'ghs_greenE2eToken0123456789abcdefABCDEF';
const [OWNER, REPO] = REPOSITORY.split('/');
const dir = mkdtempSync(join(tmpdir(), 'mlgate-green-'));

let github: LoopbackGitHub;
beforeEach(async () => {
  github = await start();
});
afterEach(async () => {
  await github.close();
});

const comment = () => github.state.comments(OWNER, REPO, 7)[0]?.body ?? '';
const resultOf = (r: BundleRun) => JSON.parse(readFileSync(r.outputs['result-path'], 'utf8'));
const errors = (r: BundleRun) => r.stdout.split('\n').filter((l) => l.startsWith('::error'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const action = (name: string, inputs: Record<string, string>) => runBundle(name, { inputs: { 'github-token': TOKEN, status: 'true', ...inputs }, apiUrl: github.url });

describe('a green check means safe to merge', { timeout: 60_000 }, () => {
  it('1. a significantly worse challenger fails the README gate: exit 1, status failure, said in the headline', async () => {
    const r = await action('compare-champion', {
      champion: 'examples/compare-champion/challenger.csv',
      challenger: 'examples/compare-champion/champion.csv',
      'id-column': 'id',
      'score-column': 'score',
      gates: 'accuracy.delta.lower >= -0.01',
    });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', passed: 'false', 'failed-gates': 'accuracy.delta.lower >= -0.01' });
    expect(github.state.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(comment()).toContain('significantly worse than the champion on accuracy');
    expect(resultOf(r).gates[0]).toMatchObject({ status: 'fail', effect: 'fail', severity: 'fail', inconclusive: 'fail' });
  });

  it('3. a drift report that compared nothing is an input error (exit 2, one line), and the comment says so', async () => {
    const r = await action('drift-report', { reference: file('ref.csv', 'a,b\n1,2\n3,4\n'), current: file('cur.csv', 'c,d\n1,2\n3,4\n') });
    expect(r.code).toBe(2);
    expect(errors(r)).toEqual([expect.stringMatching(/^::error::drift-report: no column could be compared: not compared, missing from the current data: a, b; not compared, missing from the reference data: c, d/)]);
    expect(r.outputs).toMatchObject({ verdict: 'error', passed: 'false' });
    expect(comment()).toContain('🛑 **drift-report: ERROR**');
    expect(github.state.statuses.at(-1)).toMatchObject({ state: 'error' });
  });

  it('4. y_true 0/1 and y_pred True/False are one label space, scored as scikit-learn scores them (accuracy 0.8)', async () => {
    const r = await action('evaluate-model', { predictions: file('bool.csv', 'y_true,y_pred\n0,False\n1,True\n1,True\n0,True\n1,True\n'), gates: 'accuracy >= 0.75' });
    expect(r.code).toBe(0);
    expect(resultOf(r).metrics.accuracy.value).toBe(0.8);
    expect(resultOf(r).labels).toHaveLength(2);
  });

  it('5. a slice under min-slice-rows decides no slice gate; the gate names the slice that did', async () => {
    const lines = ['y_true,y_pred,group'];
    for (let i = 0; i < 120; i++) lines.push(`${i % 2},${i % 2},${i < 60 ? 'big' : 'other'}`);
    lines.push('1,0,tiny'); // one row, all wrong
    const r = await action('evaluate-model', { predictions: file('slices.csv', `${lines.join('\n')}\n`), 'slice-columns': 'group', gates: 'accuracy.slice_min >= 0.9' });
    expect(r.code).toBe(0);
    const result = resultOf(r);
    expect(result.slices.group.tiny).toMatchObject({ rows: 1, belowMinRows: true });
    expect(result.gates[0]).toMatchObject({ status: 'pass', observed: 1, decidedBy: expect.stringMatching(/^group = (big|other)$/) });
    expect(result.settings.minSliceRows).toBe(30);
  });

  it('6. a significant change below the effect floor is a small shift (🟡, counted, gateable), never hidden as stable', async () => {
    const n = 20_000;
    const grid = (scale: number) => Array.from({ length: n }, (_, i) => (scale * normalQuantile((i + 0.5) / n)).toFixed(6));
    const reference = file('spread-ref.csv', `x\n${grid(1).join('\n')}\n`);
    const current = file('spread-cur.csv', `x\n${grid(1.1).join('\n')}\n`); // 10% more spread: W₁/σ ≈ 0.08 < 0.1
    const r = await action('drift-report', { reference, current, gates: 'drifted_share < 0.5\nsmall_shift_count == 0 warn' });
    const result = resultOf(r);
    expect(result.columns[0]).toMatchObject({ name: 'x', drifted: false, significant: true, state: 'small-shift' });
    expect(result.dataset.smallShifts).toBe(1);
    expect(result.gates.map((g: { status: string }) => g.status)).toEqual(['pass', 'warn']);
    expect(r.outputs.verdict).toBe('warn');
    expect(comment()).toContain('🟡');
    expect(comment()).toMatch(/small shift: significant \(adjusted p [^)]+\), but the effect 0\.0\d+ σ is below the 0\.1 σ floor/);
  });

  it('7. a gate on a column that was not compared is an input error (exit 2), not a failed gate', async () => {
    const r = await action('drift-report', { reference: 'examples/drift-report/reference.csv', current: 'examples/drift-report/current.csv', gates: 'worst radus.statistic < 0.2' });
    expect(r.code).toBe(2);
    expect(errors(r)[0]).toMatch(/gate "worst radus\.statistic < 0\.2": column "worst radus" \(did you mean "worst radius"\?\): no such column was compared; compared columns: /);
  });

  it('8. ZSTD Parquet reads on the runtime the actions use', async () => {
    const r = await action('evaluate-model', { predictions: 'test/fixtures/evaluate-model/zstd-predictions.parquet', gates: 'accuracy >= 0.5' });
    expect(r.code, r.stdout).toBe(0);
    expect(resultOf(r).rows).toBeGreaterThan(0);
  });
});
