import { describe, expect, it } from 'vitest';
import type { GateCatalogue } from '../../src/gates/catalogue.js';
import { nameGates } from '../../src/gates/name-gates.js';
import { parseGates } from '../../src/gates/parse-gates.js';

const catalogue: Pick<GateCatalogue<unknown>, 'metrics' | 'fields' | 'columnFields'> = {
  metrics: ['accuracy', 'roc_auc', 'mae'],
  fields: [{ name: 'lower', bound: 'lower' }, { name: 'upper', bound: 'upper' }, { name: 'delta' }, { name: 'delta.lower', bound: 'lower' }, { name: 'delta.upper', bound: 'upper' }],
};
const columns: Pick<GateCatalogue<unknown>, 'metrics' | 'fields' | 'columnFields'> = {
  metrics: ['drifted_share'],
  fields: [],
  columnFields: [{ name: 'statistic' }, { name: 'pValue' }],
};

const name = (line: string, names = catalogue) => nameGates(parseGates([line]), names)[0];

describe('gate names, checked before any data is read', () => {
  it('splits the longest known field off the metric and marks bounds', () => {
    expect(name('accuracy.delta.lower >= -0.01')).toMatchObject({ metric: 'accuracy', field: 'delta.lower', bound: 'lower' });
    expect(name('accuracy.delta >= 0')).toMatchObject({ metric: 'accuracy', field: 'delta' });
    const plain = name('accuracy >= 0.9');
    expect([plain.metric, plain.field, plain.bound]).toEqual(['accuracy', undefined, undefined]);
  });

  it('takes a column name before a column field, dots and all', () => {
    expect(name('income.v2.statistic < 0.2', columns)).toMatchObject({ column: 'income.v2', field: 'statistic', metric: 'statistic' });
  });

  it.each([
    ['rocauc >= 0.9', 'gate "rocauc >= 0.9": unknown metric "rocauc" (did you mean "roc_auc"?); metrics: accuracy, roc_auc, mae; fields: .lower, .upper, .delta, .delta.lower, .delta.upper'],
    ['roc_auc.lowr >= 0.9', 'gate "roc_auc.lowr >= 0.9": roc_auc has no field ".lowr" (did you mean "roc_auc.lower"?); its fields: .lower, .upper, .delta, .delta.lower, .delta.upper'],
    ['accuracy.delta.lowr >= -0.01', 'gate "accuracy.delta.lowr >= -0.01": accuracy has no field ".delta.lowr" (did you mean "accuracy.delta.lower"?)'],
  ])('%s is refused with the closest name', (line, message) => {
    expect(() => name(line)).toThrow(message);
  });

  it('suggests a column field for a typo after a column name', () => {
    expect(() => name('income.statstic < 0.2', columns)).toThrow('gate "income.statstic < 0.2": unknown field ".statstic" (did you mean "income.statistic"?)');
  });

  it.each([
    ['roc_auc.lower <= 0.9', 'a lower confidence bound can only show that the value is at least a threshold (>= or >); write "roc_auc.upper <= …"'],
    ['mae.upper >= 0.1', 'an upper confidence bound can only show that the value is at most a threshold (<= or <); write "mae.lower >= …"'],
    ['accuracy.delta.upper > 0', 'write "accuracy.delta.lower > …"'],
    ['accuracy.lower == 0.9', 'write "accuracy.lower >= … or accuracy.upper <= …"'],
  ])('a bound compared the wrong way is refused: %s', (line, message) => {
    expect(() => name(line)).toThrow(message);
  });
});
