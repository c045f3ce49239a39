/**
 * Inputs are named once, in src/: every action.yml and its README table must be what the
 * generator makes from the specs, and every runs.main must point at a committed bundle.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/registry.js';
import { inputsFor } from '../../src/pipeline/inputs-for.js';
import { REPO_ROOT } from '../support/run-bundle.js';

describe('action metadata', () => {
  it('action.yml and README tables are up to date with the input specs', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-action-docs.ts', '--check'], { cwd: REPO_ROOT, stdio: 'pipe' })).not.toThrow();
  });

  const dirs = readdirSync(join(REPO_ROOT, 'actions'));
  it.each(dirs)('actions/%s runs a committed node24 bundle', (dir) => {
    const doc = YAML.parse(readFileSync(join(REPO_ROOT, 'actions', dir, 'action.yml'), 'utf8')) as { runs: { using: string; main: string } };
    expect(doc.runs.using).toBe('node24');
    expect(existsSync(join(REPO_ROOT, 'actions', dir, doc.runs.main))).toBe(true);
  });

  it.each(Object.values(ACTIONS).map((d) => [d.name, d] as const))('%s: the action.yml inputs are exactly the action inputs of the code', (name, definition) => {
    const doc = YAML.parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    expect(Object.keys(doc.inputs)).toEqual(inputsFor(definition, 'action').map((s) => s.name));
    const readme = readFileSync(join(REPO_ROOT, 'actions', name, 'README.md'), 'utf8');
    for (const input of Object.keys(doc.inputs)) expect(readme).toContain(`\`${input}\``);
  });
});
