import { describe, expect, it } from 'vitest';
import { parseGate, parseGates } from '../../src/gates/parse-gates.js';
import { ConfigurationError } from '../../src/errors.js';

describe('gate grammar', () => {
  it.each([
    ['roc_auc.lower >= 0.90', { subject: 'roc_auc.lower', op: '>=', threshold: 0.9, severity: 'fail', id: 'roc_auc.lower >= 0.90' }],
    ['accuracy.delta.lower>=-0.01', { subject: 'accuracy.delta.lower', op: '>=', threshold: -0.01, severity: 'fail' }],
    ['drifted_share < 30%', { subject: 'drifted_share', op: '<', threshold: 0.3, severity: 'fail', id: 'drifted_share < 30%' }],
    ['f1_macro >= 0.8 warn', { subject: 'f1_macro', op: '>=', threshold: 0.8, severity: 'warn', id: 'f1_macro >= 0.8 warn' }],
    ['  mae <= 1e-3  ', { subject: 'mae', op: '<=', threshold: 0.001 }],
    ['rows == 100', { subject: 'rows', op: '==', threshold: 100 }],
    ['my column.statistic > .5', { subject: 'my column.statistic', op: '>', threshold: 0.5 }],
  ])('reads %j', (line, expected) => {
    expect(parseGate(line)).toMatchObject(expected);
  });

  it.each([
    'roc_auc >= ',
    '>= 0.9',
    'roc_auc => 0.9',
    'roc_auc >= 0.9 fail later',
    'roc_auc >= abc',
    'roc_auc != 0.9',
    'process.exit(1) || x > 1; y',
    'a >= 1 >= 2',
  ])('refuses %j with a ConfigurationError quoting it', (line) => {
    expect(() => parseGate(line)).toThrow(ConfigurationError);
    expect(() => parseGate(line)).toThrow(`cannot read gate "${line.trim()}"`);
  });

  it('refuses the same gate twice', () => {
    expect(() => parseGates(['mae < 1', 'mae  <  1'])).toThrow('gate "mae < 1" is given twice');
  });
});
