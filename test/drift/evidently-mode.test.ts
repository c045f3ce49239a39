import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { computeDrift } from '../../src/drift/compute-drift.js';
import { exceedsThreshold } from '../../src/drift/decision.js';
import { selectEvidently } from '../../src/drift/evidently-select.js';
import { driftTests } from '../../src/drift/registry.js';
import { expectAbsolute, expectRelative, P_VALUE_TOLERANCE, STATISTIC_TOLERANCE } from '../stats/reference.js';
import { categoricalPair } from './pairs.js';
import { NumericPair } from '../../src/drift/column-pair.js';
import { readCsvTable, subset } from './tables.js';

/** n values cycling through `distinct` levels (each level at least once when n ≥ distinct). */
function numericCycle(n: number, distinct: number, offset = 0): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => (i % distinct) + offset).sort();
}

function categoricalCycle(n: number, distinct: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < n; i++) counts[`c${i % distinct}`] = (counts[`c${i % distinct}`] ?? 0) + 1;
  return counts;
}

// Evidently's documented rule (legacy registry._get_default_stattest): with n = reference rows after
// dropping NaN/±inf and k = distinct values of reference and current together,
// n ≤ 1000: numeric k > 5 → ks; otherwise k > 2 → chisquare, else z;
// n > 1000: numeric k > 5 → wasserstein; otherwise jensenshannon.
const numericChoices: [number, number, string][] = [
  [1000, 6, 'ks'],
  [1000, 5, 'chisquare'],
  [1000, 3, 'chisquare'],
  [1000, 2, 'z'],
  [1000, 1, 'z'],
  [1001, 6, 'wasserstein'],
  [1001, 5, 'evidently_jensenshannon'],
  [1001, 2, 'evidently_jensenshannon'],
  [20, 40, 'ks'],
  [50_000, 1000, 'wasserstein'],
];
const categoricalChoices: [number, number, string][] = [
  [1000, 3, 'chisquare'],
  [1000, 2, 'z'],
  [1000, 1, 'z'],
  [1001, 3, 'evidently_jensenshannon'],
  [1001, 2, 'evidently_jensenshannon'],
  [5000, 40, 'evidently_jensenshannon'],
];

describe("evidently mode reproduces Evidently's automatic test choice", () => {
  it.each(numericChoices)('numeric, %d reference rows, %d distinct values → %s', (rows, distinct, expected) => {
    const pair = new NumericPair(numericCycle(rows, distinct), numericCycle(300, distinct));
    expect(selectEvidently(pair).test?.id).toBe(expected);
  });

  it.each(categoricalChoices)('categorical, %d reference rows, %d categories → %s', (rows, distinct, expected) => {
    const pair = categoricalPair(categoricalCycle(rows, distinct), categoricalCycle(300, distinct));
    expect(selectEvidently(pair).test?.id).toBe(expected);
  });

  it('counts distinct values over reference and current together', () => {
    // 3 values in each sample, 6 together: numeric with more than 5 values → ks
    const pair = new NumericPair(numericCycle(100, 3), numericCycle(100, 3, 10));
    expect(selectEvidently(pair).test?.id).toBe('ks');
  });

  it('counts reference rows after dropping missing values', () => {
    const values = Array.from({ length: 1010 }, (_, i) => (i < 20 ? NaN : i));
    const other = Array.from({ length: 1010 }, (_, i) => (i === 0 ? Infinity : i + 0.5));
    const outcome = computeDrift(
      { source: 'ref', rowCount: 1010, columns: [{ name: 'x', type: 'number', values: Float64Array.from(values), nullCount: 20 }] },
      { source: 'cur', rowCount: 1010, columns: [{ name: 'x', type: 'number', values: Float64Array.from(other), nullCount: 0 }] },
      { stattest: 'evidently' },
    );
    expect(outcome.columns[0].test).toBe('ks'); // 990 non-missing reference rows ≤ 1000
    expect(outcome.columns[0].values).toEqual({ reference: 990, current: 1009 });
  });

  it("uses Evidently's thresholds and comparisons: p ≤ 0.05 for ks, p < 0.05 for chisquare and z, ≥ 0.1 for distances", () => {
    const expectations: [string, number, string][] = [
      ['ks', 0.05, '<='],
      ['chisquare', 0.05, '<'],
      ['z', 0.05, '<'],
      ['wasserstein', 0.1, '>='],
      ['evidently_jensenshannon', 0.1, '>='],
    ];
    for (const [id, threshold, comparison] of expectations) {
      const test = driftTests.get(id);
      expect([test.defaultThreshold, test.comparison]).toEqual([threshold, comparison]);
    }
    expect(exceedsThreshold(0.05, driftTests.get('ks').comparison, 0.05)).toBe(true);
    expect(exceedsThreshold(0.05, driftTests.get('chisquare').comparison, 0.05)).toBe(false);
    expect(exceedsThreshold(0.1, driftTests.get('wasserstein').comparison, 0.1)).toBe(true);
  });
});

// Oracle: Evidently's rule and formulas re-implemented on scipy/pandas
// (scripts/reference/drift_descriptors.py → test/fixtures/drift/evidently-verdicts.json) on mixed.csv.
interface VerdictCase {
  name: string;
  referenceRows: [number, number];
  currentRows: [number, number];
  columns: { name: string; test: string; score: number; drifted: boolean }[];
  drifted: number;
  share: number;
  datasetDrift: boolean;
}
const verdicts = JSON.parse(readFileSync(new URL('../fixtures/drift/evidently-verdicts.json', import.meta.url), 'utf8')) as { cases: VerdictCase[] };
const mixed = readCsvTable(new URL('../fixtures/drift/mixed.csv', import.meta.url), 'mixed.csv');
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

describe("evidently mode reproduces Evidently's verdicts", () => {
  it.each(verdicts.cases)('$name: every column’s test, score and decision, and the dataset verdict', (c) => {
    const outcome = computeDrift(subset('reference', mixed, range(...c.referenceRows)), subset('current', mixed, range(...c.currentRows)), {
      stattest: 'evidently',
    });
    expect(outcome.correction).toBe('none');
    for (const expected of c.columns) {
      const column = outcome.columns.find((x) => x.name === expected.name);
      expect(column?.test, expected.name).toBe(expected.test);
      if (column?.scoreKind === 'p-value') {
        expectAbsolute(column.pValue ?? NaN, expected.score, P_VALUE_TOLERANCE, expected.name);
        expect(column.adjustedPValue).toBe(column.pValue);
      } else {
        expectRelative(column?.statistic ?? NaN, expected.score, STATISTIC_TOLERANCE, expected.name);
      }
      expect(column?.drifted, expected.name).toBe(expected.drifted);
      expect(column?.nulls).toBeNull();
    }
    // Evidently has no effect floor: a significant column is drifted, never a small shift.
    expect(outcome.dataset).toEqual({ columns: c.columns.length, drifted: c.drifted, driftedShare: c.share, drift: c.datasetDrift, smallShifts: 0 });
  });
});
