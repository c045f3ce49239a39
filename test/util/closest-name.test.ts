import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/util/closest-name.js';
import { parseStrictNumber } from '../../src/io/table.js';

describe('closest name', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['lable', 'label', 1],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['ca', 'abc', 3],
  ])('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('suggests a plausible typo and nothing for a far name', () => {
    expect(closestName('lable', ['label', 'prediction'])).toBe('label');
    expect(closestName('ROC_AUC', ['roc_auc', 'accuracy'])).toBe('roc_auc');
    expect(closestName('zzz', ['label', 'prediction'])).toBeUndefined();
  });
});

describe('parseStrictNumber', () => {
  it.each([
    ['1.5', 1.5],
    [' -2e3 ', -2000],
    ['inf', Infinity],
    ['-Infinity', -Infinity],
    ['+INF', Infinity],
    ['1,234', NaN],
    ['N/A', NaN],
    ['', NaN],
    ['0x10', NaN],
  ])('%j → %d', (token, value) => {
    expect(parseStrictNumber(token)).toBe(value);
  });
});
