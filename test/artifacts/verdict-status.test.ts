/** Commit status naming and text, and what post-report does to mentions in a fork's report. */
import { describe, expect, it } from 'vitest';
import { inertReferences } from '../../src/report/markdown.js';
import { statusContext, statusDescription, statusState } from '../../src/artifacts/verdict-status.js';
import type { GateResult, ResultBase } from '../../src/result.js';
import { gateResult } from '../support/gate-result.js';

const gate = (id: string, status: GateResult['status'], observed: number | null, inconclusive: 'fail' | 'warn' = 'fail'): GateResult => gateResult(id, status, observed, { inconclusive });
const result = (verdict: ResultBase['verdict'], gates: GateResult[]): ResultBase => ({ schemaVersion: 1, action: 'evaluate-model', verdict, gates });

describe('commit status', () => {
  it('is named by the comment id, plus the section when the id is shared', () => {
    expect(statusContext('evaluate-model', undefined, 'evaluate-model')).toBe('mlgate/evaluate-model');
    expect(statusContext('evaluate-model-small-model', 'small model', 'evaluate-model')).toBe('mlgate/evaluate-model-small-model');
    expect(statusContext('models', 'small', 'evaluate-model')).toBe('mlgate/models/small');
    expect(statusContext('models', null, 'evaluate-model')).toBe('mlgate/models');
  });

  it('maps verdicts to states: warnings never block', () => {
    expect(['pass', 'warn', 'fail', 'error'].map((v) => statusState(v as ResultBase['verdict']))).toEqual(['success', 'success', 'failure', 'error']);
  });

  it('says which gates decided', () => {
    expect(statusDescription(result('pass', [gate('a >= 1', 'pass', 1), gate('b >= 1', 'pass', 2)]))).toBe('PASS: 2 of 2 gates passed');
    expect(statusDescription(result('warn', [gate('a >= 1', 'pass', 1), gate('b >= 1', 'warn', 0.5)]))).toBe('WARN: 1 of 2 gates passed, 1 warned');
    expect(statusDescription(result('warn', [gate('a >= 1', 'pass', 1), gate('b.lower >= 1', 'inconclusive', 0.5, 'warn')]))).toBe('WARN: 1 of 2 gates passed, 1 warned');
    expect(statusDescription(result('fail', [gate('accuracy >= 0.9', 'fail', 0.87123456), gate('f1 >= 0.8', 'inconclusive', 0.81)]))).toBe('FAIL: accuracy >= 0.9 (0.8712); f1 >= 0.8 (inconclusive)');
    expect(statusDescription(result('error', [gate('roc_auc >= 0.9', 'error', null)]))).toBe('ERROR: roc_auc >= 0.9 (n/a)');
    expect(statusDescription(result('pass', []))).toBe('PASS: no gates — report only');
  });
});

describe('what post-report does to a relayed report: inertReferences', () => {
  it('breaks @mentions (also in code) and issue references, and leaves text without them alone', () => {
    expect(inertReferences('cc @octocat and @org/team, `@x`')).toBe('cc @\u2060octocat and @\u2060org/team, `@\u2060x`');
    expect(inertReferences('a &#64;b @ c')).toBe('a &#64;b @ c');
    expect(inertReferences('fixes #12 and GH-3')).toBe('fixes #\u206012 and GH-\u20603');
  });
});
