/**
 * The same inputs and seed give a byte-identical result JSON, for every action (issue 14):
 * nothing in a result depends on the clock, the order of a Map, a thread's timing or a random
 * stream that is not seeded. (Results read from history carry each run's time in a named
 * `time` field; no other field holds a timestamp.)
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cli-in-process.js';

const RUNS: Record<string, string[]> = {
  'evaluate-model': ['evaluate-model', '--config', 'examples/evaluate-model.yml'],
  'evaluate-model (multiclass, sampled)': ['evaluate-model', '--predictions', 'examples/evaluate-model/multiclass.csv', '--score-columns', 'proba_*', '--max-rows', '100'],
  'compare-champion': ['compare-champion', '--config', 'examples/compare-champion.yml'],
  'drift-report': ['drift-report', '--config', 'examples/drift-report.yml'],
  'validate-data': ['validate-data', '--config', 'examples/validate-data.yml'],
};

async function resultBytes(args: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mlgate-determinism-'));
  const run = await cliInProcess([...args, '--json', join(dir, 'r.json'), '--markdown', join(dir, 'r.md')]);
  expect(run.code, run.stderr).toBeLessThanOrEqual(1);
  return readFileSync(join(dir, 'r.json'), 'utf8');
}

describe('determinism', () => {
  it.each(Object.entries(RUNS))('%s: two runs give byte-identical result JSON', async (_name, args) => {
    const first = await resultBytes(args);
    const second = await resultBytes(args);
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(1000);
    expect(first).not.toMatch(/"(time|startedAt|finishedAt|duration\w*)"/);
  });
});
