/** The bundled dist/drift-report/index.js run as the runner runs it, against the loopback GitHub server. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPOSITORY, runBundle } from '../support/run-bundle.js';

const [OWNER, REPO] = REPOSITORY.split('/');
const inputs = { reference: 'examples/drift-report/reference.csv', 'github-token': 'ghs_driftToken' };

let github: LoopbackGitHub;
beforeEach(async () => {
  github = await start();
});
afterEach(async () => {
  await github.close();
});

describe('drift-report bundle', () => {
  it('stays quiet on a random split of the same data', async () => {
    const run = await runBundle('drift-report', { inputs: { ...inputs, current: 'examples/drift-report/current.csv' }, apiUrl: github.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'drifted-columns': '', 'dataset-drift': 'false' });
    expect(run.summary).toContain('0 of 31 columns drifted');
    expect(github.state.comments(OWNER, REPO, 7)).toHaveLength(1);
  });

  it('names the shifted columns and fails a count gate', async () => {
    const run = await runBundle('drift-report', {
      inputs: { ...inputs, current: 'examples/drift-report/current-shifted.csv', gates: 'drifted_count == 0\ndrifted_share < 0.5' },
      apiUrl: github.url,
    });
    expect(run.code).toBe(1);
    expect(run.outputs['drifted-columns'].split('\n').sort()).toEqual(['diagnosis', 'mean radius', 'mean texture']);
    const result = JSON.parse(readFileSync(run.outputs['result-path'], 'utf8'));
    expect(result.dataset).toMatchObject({ columns: 31, drifted: 3, drift: false });
    expect(result.gates.map((g: { status: string }) => g.status)).toEqual(['fail', 'pass']);
    expect(run.summary).toContain('xychart-beta');
  });

  it('exits 2 naming the closest column when a requested column does not exist', async () => {
    const run = await runBundle('drift-report', { inputs: { ...inputs, current: 'examples/drift-report/current.csv', columns: 'mean radius, mean radios' }, apiUrl: github.url });
    expect(run.code).toBe(2);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no column "mean radios" (did you mean "mean radius"?)');
  });
});
