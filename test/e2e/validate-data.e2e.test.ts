/** The bundled dist/validate-data/index.js run as the runner runs it, against the loopback GitHub server. */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { start, type LoopbackGitHub } from '../support/github-server.js';
import { REPOSITORY, runBundle } from '../support/run-bundle.js';

const [OWNER, REPO] = REPOSITORY.split('/');
const TOKEN = 'ghs_validateDataToken';
// Injected defects and their rows, produced with the corrupted file by scripts/reference/validate_data_fixtures.py.
const expected = JSON.parse(readFileSync('test/fixtures/validate-data/corrupted-findings.json', 'utf8'));

let github: LoopbackGitHub;
beforeEach(async () => {
  github = await start();
});
afterEach(async () => {
  await github.close();
});

describe('validate-data bundle', () => {
  it('passes the clean file and comments', async () => {
    const run = await runBundle('validate-data', { inputs: { data: 'examples/validate-data/clean.csv', schema: 'examples/validate-data/schema.yml', 'github-token': TOKEN }, apiUrl: github.url });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', passed: 'true', 'failed-checks': '0', rows: '569' });
    expect(run.summary).toContain('Data validation: PASS');
    const comments = github.state.comments(OWNER, REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.split('\n')[0]).toBe('<!-- mlgate:validate-data -->');
  });

  it('finds every injected defect with its rows and fails the step', async () => {
    const run = await runBundle('validate-data', { inputs: { data: 'test/fixtures/validate-data/corrupted.csv', schema: 'examples/validate-data/schema.yml', 'github-token': TOKEN }, apiUrl: github.url });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const result = JSON.parse(readFileSync(run.outputs['result-path'], 'utf8'));
    const notPassed = result.checks.filter((c: { status: string }) => c.status !== 'pass');
    const findings = expected.findings as { id: string; status: string; unexpectedRows?: number[] }[];
    expect(notPassed.map((c: { id: string }) => c.id).sort()).toEqual(findings.map((f) => f.id).sort());
    for (const finding of findings) {
      const check = notPassed.find((c: { id: string }) => c.id === finding.id);
      expect(check.status, finding.id).toBe(finding.status);
      if (finding.unexpectedRows) expect(check.unexpectedRows, finding.id).toEqual(finding.unexpectedRows);
    }
    expect(run.stdout).toMatch(/::error::validate-data: failed/);
  });

  it('infers a schema that the clean file then passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-infer-'));
    const schemaPath = join(dir, 'schema.yml');
    const infer = await runBundle('validate-data', { inputs: { data: 'examples/validate-data/clean.csv', 'infer-schema': schemaPath, comment: 'off' }, apiUrl: github.url });
    expect(infer.code).toBe(0);
    expect(readFileSync(schemaPath, 'utf8')).toContain('columns:');
    const check = await runBundle('validate-data', { inputs: { data: 'examples/validate-data/clean.csv', schema: schemaPath, comment: 'off' }, apiUrl: github.url });
    expect(check.code).toBe(0);
    expect(check.outputs.verdict).toBe('pass');
  });

  it('exits 2 with one line when the schema file is missing', async () => {
    const run = await runBundle('validate-data', { inputs: { data: 'examples/validate-data/clean.csv', schema: 'nope.yml' }, apiUrl: github.url });
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual(['::error::validate-data: schema file "nope.yml" not found']);
  });
});
