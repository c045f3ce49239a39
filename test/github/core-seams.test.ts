import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOTATIONS_PER_LEVEL, annotateGates } from '../../src/github/annotations.js';
import { coreLogger } from '../../src/github/core-logger.js';
import { setOutputs } from '../../src/github/outputs.js';
import type { GateResult, Status } from '../../src/result.js';
import { gateResult } from '../support/gate-result.js';
import { captureStdout } from './helpers.js';

let stdout: ReturnType<typeof captureStdout>;
beforeEach(() => {
  stdout = captureStdout();
});
afterEach(() => {
  stdout.restore();
  vi.unstubAllEnvs();
});

function gate(id: string, status: Status, message = `${id} is ${status}`, inconclusive: 'fail' | 'warn' = 'warn'): GateResult {
  return gateResult(id, status, 0.8, { message, inconclusive });
}

describe('annotateGates', () => {
  it('one annotation per non-passing gate, the level by what it did to the verdict, the gate in the title', () => {
    const counts = annotateGates(
      [
        gate('auc >= 0.9', 'fail'),
        gate('f1 >= 0.8', 'warn'),
        gate('acc >= 0.7', 'pass'),
        gate('mcc.lower >= 0.5', 'inconclusive'),
        gate('ba.lower >= 0.5', 'inconclusive', 'ba.lower >= 0.5 is inconclusive', 'fail'),
        gate('r2 >= 0', 'skipped'),
        gate('x >= 1', 'error'),
      ],
      'evaluate-model (model-a)',
    );
    expect(counts).toEqual({ error: 3, warning: 3, notice: 0 });
    expect(stdout.lines()).toEqual([
      '::error title=evaluate-model (model-a)%3A gate auc >= 0.9 failed::auc >= 0.9 is fail',
      '::error title=evaluate-model (model-a)%3A gate ba.lower >= 0.5 is inconclusive::ba.lower >= 0.5 is inconclusive',
      '::error title=evaluate-model (model-a)%3A gate x >= 1 could not be evaluated::x >= 1 is error',
      '::warning title=evaluate-model (model-a)%3A gate f1 >= 0.8 warned::f1 >= 0.8 is warn',
      '::warning title=evaluate-model (model-a)%3A gate mcc.lower >= 0.5 is inconclusive::mcc.lower >= 0.5 is inconclusive',
      '::warning title=evaluate-model (model-a)%3A gate r2 >= 0 was skipped::r2 >= 0 is skipped',
    ]);
  });

  it('stays within GitHub\'s 10 annotations a level, summing up the rest in the last one', () => {
    const gates = Array.from({ length: 14 }, (_, i) => gate(`m${i} >= 1`, 'fail'));
    expect(annotateGates(gates, 'drift-report').error).toBe(14);
    const lines = stdout.lines();
    expect(lines).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(lines[9]).toBe('::error title=drift-report%3A 5 more gates::Also: m9 >= 1 (fail); m10 >= 1 (fail); m11 >= 1 (fail); m12 >= 1 (fail); m13 >= 1 (fail)');
  });

  it('escapes newlines in messages (one annotation stays one command)', () => {
    annotateGates([gate('a >= 1', 'fail', 'line one\nline two')], 'x');
    expect(stdout.lines()).toEqual(['::error title=x%3A gate a >= 1 failed::line one%0Aline two']);
  });
});

describe('coreLogger', () => {
  it('maps each level onto the runner\'s commands', () => {
    vi.stubEnv('RUNNER_DEBUG', '1');
    const logger = coreLogger();
    logger.debug('d');
    logger.info('i');
    logger.notice('n');
    logger.warning('w');
    logger.error('e');
    expect(stdout.lines()).toEqual(['::debug::d', 'i', '::notice::n', '::warning::w', '::error::e']);
  });
});

describe('setOutputs', () => {
  it('writes each output to GITHUB_OUTPUT, multi-line values included', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mlgate-out-')), 'output');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    setOutputs({ verdict: 'fail', 'failed-gates': 'auc >= 0.9\nf1 >= 0.8' });
    const text = readFileSync(file, 'utf8');
    const parsed = Object.fromEntries(
      [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
    );
    expect(parsed).toEqual({ verdict: 'fail', 'failed-gates': 'auc >= 0.9\nf1 >= 0.8' });
  });
});
