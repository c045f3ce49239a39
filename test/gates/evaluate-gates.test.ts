import { describe, expect, it } from 'vitest';
import { checkGateSubjects, countedStatuses, evaluateGates, splitSubject, type GateCatalogue, type GateTarget } from '../../src/gates/evaluate-gates.js';
import { parseGates } from '../../src/gates/parse-gates.js';
import { verdictOf } from '../../src/result.js';

const catalogue: GateCatalogue = { metrics: ['accuracy', 'roc_auc', 'mae'], fields: ['lower', 'upper', 'delta', 'delta.lower', 'delta.upper'] };

describe('gate subjects', () => {
  it('splits the longest known field off the metric', () => {
    expect(splitSubject('accuracy.delta.lower', catalogue.fields)).toEqual({ metric: 'accuracy', field: 'delta.lower' });
    expect(splitSubject('accuracy.delta', catalogue.fields)).toEqual({ metric: 'accuracy', field: 'delta' });
    expect(splitSubject('accuracy', catalogue.fields)).toEqual({ metric: 'accuracy' });
  });

  it('names an unknown metric, the closest known one and the known names', () => {
    expect(() => checkGateSubjects(parseGates(['rocauc >= 0.9']), catalogue)).toThrow(
      'gate "rocauc >= 0.9": unknown metric "rocauc" (did you mean "roc_auc"?); known metrics: accuracy, roc_auc, mae; fields: .lower, .upper, .delta, .delta.lower, .delta.upper',
    );
  });
});

describe('gate evaluation', () => {
  const targets: Record<string, GateTarget> = {
    accuracy: { observed: 0.91 },
    'accuracy.lower': { observed: 0.88, interval: [0.88, 0.94] },
    'accuracy.delta.lower': { observed: -0.03, interval: [-0.03, 0.02] },
    'accuracy.delta.upper': { observed: -0.015, interval: [-0.05, -0.015] },
    roc_auc: { observed: null, status: 'error', reason: 'one class only' },
  };
  const resolve = (_m: string, _f: string | undefined, subject: string) => targets[subject];

  it.each([
    ['accuracy >= 0.9', 'pass', 0.91],
    ['accuracy >= 0.95', 'fail', 0.91],
    ['accuracy >= 0.95 warn', 'warn', 0.91],
    ['accuracy.lower >= 0.9', 'inconclusive', 0.88],
    ['accuracy.lower >= 0.95', 'fail', 0.88],
    ['accuracy.delta.lower >= -0.01', 'inconclusive', -0.03],
    ['accuracy.delta.upper >= -0.01', 'fail', -0.015],
    ['roc_auc >= 0.9', 'error', null],
  ])('%s → %s', (line, status, observed) => {
    const [result] = evaluateGates(parseGates([line]), catalogue, resolve);
    expect(result.status).toBe(status);
    expect(result.observed).toBe(observed);
  });

  it('counts inconclusive gates as the policy says, and warn-severity ones never as failures', () => {
    const gates = parseGates(['accuracy.lower >= 0.9', 'accuracy.delta.lower >= -0.01 warn']);
    const results = evaluateGates(gates, catalogue, resolve);
    expect(countedStatuses(results, gates, { inconclusive: 'fail' })).toEqual(['fail', 'warn']);
    expect(countedStatuses(results, gates, { inconclusive: 'warn' })).toEqual(['warn', 'warn']);
    expect(verdictOf(countedStatuses(results, gates, { inconclusive: 'warn' }))).toBe('warn');
  });
});
