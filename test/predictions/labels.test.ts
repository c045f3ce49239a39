/**
 * One spelling per class (labels.ts): boolean text and 0/1 are one binary label space, as numpy's
 * True == 1 makes them in scikit-learn (unique_labels([0, 1], [False, True]) is [0, 1]); no other
 * text is merged. Table-driven.
 */
import { describe, expect, it } from 'vitest';
import { labelSpelling, spelledLabels } from '../../src/predictions/labels.js';
import { fixedClassLabels, labelsAreFixed } from '../../src/metrics/types.js';

describe('labelSpelling', () => {
  it.each([
    [[['0', '1'], ['False', 'True']], ['0', '1', '0', '1']],
    [[['0', '1'], ['false', 'true']], ['0', '1', '0', '1']],
    [[['1'], ['TRUE', 'FALSE']], ['1', '1', '0']],
    [[['true', 'false'], ['True', 'False']], ['true', 'false', 'true', 'false']],
    [[['True', 'False'], ['True']], ['True', 'False', 'True']],
    [[['0', '1'], ['0', '1']], ['0', '1', '0', '1']],
    [[['0', '1'], ['True', 'yes']], ['0', '1', 'True', 'yes']],
    [[['-1', '1'], ['True', 'False']], ['-1', '1', 'True', 'False']],
    [[['cat', 'dog'], ['True']], ['cat', 'dog', 'True']],
  ] as const)('%j → %j', (sets, expected) => {
    const spelling = labelSpelling(sets);
    expect(sets.flat().map(spelling)).toEqual(expected);
  });

  it('spelledLabels keeps one of each class, in first-seen order', () => {
    expect(spelledLabels(['True', '0', 'False', '1'], labelSpelling([['True', '0', 'False', '1']]))).toEqual(['1', '0']);
  });
});

describe('fixed class labels', () => {
  it('carry the flag, found labels do not', () => {
    const fixed = fixedClassLabels(['1', '2', '3']);
    expect(labelsAreFixed(fixed)).toBe(true);
    expect([...fixed]).toEqual(['1', '2', '3']);
    expect(JSON.stringify(fixed)).toBe('["1","2","3"]');
    expect(labelsAreFixed(['1', '2', '3'])).toBe(false);
    expect(labelsAreFixed([...fixed])).toBe(false); // a copy is the found-labels kind: pass the array itself
  });
});
