import { describe, expect, it } from 'vitest';
import { computeDrift, sortByDriftStrength } from '../../src/drift/compute-drift.js';
import { DEFAULT_MIN_EFFECT } from '../../src/drift/config.js';
import { ConfigurationError, DataError } from '../../src/errors.js';
import { multipleTests } from '../../src/stats/multiple-testing.js';
import { createRandom } from '../../src/stats/rng.js';
import { normalQuantile } from '../../src/stats/normal.js';
import { numericColumn, stringColumn, table, tableOf } from './tables.js';

/** n standard-normal-ish values from a seeded generator (inverse CDF of uniforms). */
function normals(n: number, seed: number, shift = 0): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: n }, () => normalQuantile(random.next() * 0.999998 + 0.000001) + shift);
}

function labels(n: number, seed: number, weights: Record<string, number>): string[] {
  const random = createRandom(seed);
  const entries = Object.entries(weights);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  return Array.from({ length: n }, () => {
    let u = random.next() * total;
    for (const [label, w] of entries) if ((u -= w) < 0) return label;
    return entries[entries.length - 1][0];
  });
}

describe('computeDrift: missing values', () => {
  it('flags a column that went from 0% to 40% empty although its values did not move', () => {
    const ref = normals(1000, 1);
    const cur = normals(1000, 2).map((v, i) => (i % 5 < 2 ? NaN : v));
    const outcome = computeDrift(tableOf('ref.csv', { x: ref }), tableOf('cur.csv', { x: cur }));
    const [x] = outcome.columns;
    expect(x.valueDrifted).toBe(false);
    expect(x.nulls).toMatchObject({ reference: 0, current: 0.4, change: 0.4, drifted: true });
    expect(x.nulls?.pValue).toBeLessThan(1e-50);
    expect(x.drifted).toBe(true);
    expect(x.values).toEqual({ reference: 1000, current: 600 });
  });

  it('treats ±Infinity in a numeric column as missing and compares the finite values', () => {
    const ref = normals(500, 3);
    const cur = normals(500, 4).map((v, i) => (i < 10 ? (i % 2 ? Infinity : -Infinity) : v));
    const [x] = computeDrift(tableOf('ref', { x: ref }), tableOf('cur', { x: cur })).columns;
    expect(x.values.current).toBe(490);
    expect(x.nulls?.current).toBeCloseTo(0.02, 12);
    expect(x.statistic).not.toBeNull();
  });

  it('runs no missing-value test when neither sample has missing values, and none in evidently mode', () => {
    const t = tableOf('t', { x: normals(50, 5) });
    expect(computeDrift(t, t).columns[0].nulls?.pValue).toBeNull();
    expect(computeDrift(t, t, { stattest: 'evidently' }).columns[0].nulls).toBeNull();
  });

  it('still tests the missing fraction of a column that became entirely empty', () => {
    const outcome = computeDrift(tableOf('ref', { x: normals(200, 6) }), tableOf('cur', { x: new Float64Array(200).fill(NaN) }));
    const [x] = outcome.columns;
    expect(x.test).toBeNull();
    expect(x.reason).toMatch(/too few values/);
    expect(x.status).toBe('tested');
    expect(x.drifted).toBe(true);
    expect(outcome.dataset).toMatchObject({ columns: 1, drifted: 1, drift: true });
  });
});

describe('computeDrift: significance and effect size', () => {
  it('keeps a trivial but significant shift quiet at 200,000 rows and reports it as significant', () => {
    const ref = normals(200_000, 7);
    const cur = normals(200_000, 8, 0.03);
    const [x] = computeDrift(tableOf('ref', { x: ref }), tableOf('cur', { x: cur })).columns;
    expect(x.test).toBe('ks');
    expect(x.pValue).toBeLessThan(1e-10);
    expect(x.significant).toBe(true);
    expect(x.effectSize?.name).toBe('normalized_wasserstein');
    expect(x.effectSize?.value).toBeGreaterThan(0.02);
    expect(x.effectSize?.value).toBeLessThan(DEFAULT_MIN_EFFECT.numeric);
    expect(x.drifted).toBe(false);
    // without the floor, significance alone flags it
    const [unfloored] = computeDrift(tableOf('ref', { x: ref }), tableOf('cur', { x: cur }), { minEffect: { numeric: 0 } }).columns;
    expect(unfloored.drifted).toBe(true);
  });

  it('flags a real shift at the same size', () => {
    const [x] = computeDrift(tableOf('ref', { x: normals(200_000, 9) }), tableOf('cur', { x: normals(200_000, 10, 0.3) })).columns;
    expect(x.drifted).toBe(true);
    expect(x.effectSize?.value).toBeGreaterThan(0.25);
  });

  it('measures categorical effects by the Hellinger distance', () => {
    const ref = labels(3000, 11, { a: 50, b: 30, c: 20 });
    const cur = labels(3000, 12, { a: 35, b: 35, c: 30 });
    const [c] = computeDrift(tableOf('ref', { c: ref }), tableOf('cur', { c: cur })).columns;
    expect(c.test).toBe('chi2');
    expect(c.effectSize?.name).toBe('hellinger');
    expect(c.drifted).toBe(true);
  });
});

describe('computeDrift: correction and dataset verdict', () => {
  const ref = tableOf('ref', {
    a: normals(400, 20),
    b: normals(400, 21),
    c: normals(400, 22),
    d: normals(400, 23).map((v, i) => (i < 40 ? NaN : v)),
  });
  const cur = tableOf('cur', {
    a: normals(400, 30, 0.6),
    b: normals(400, 31, 0.5),
    c: normals(400, 32, 0.45),
    d: normals(400, 33),
  });

  it('corrects value and missing-value p-values as one Benjamini–Hochberg family', () => {
    const outcome = computeDrift(ref, cur);
    const family = [...outcome.columns.map((c) => c.pValue as number), outcome.columns[3].nulls?.pValue as number];
    const expected = multipleTests(family, 'bh', 0.05).adjusted;
    outcome.columns.forEach((c, i) => expect(c.adjustedPValue).toBeCloseTo(expected[i], 15));
    expect(outcome.columns[3].nulls?.adjustedPValue).toBeCloseTo(expected[4], 15);
  });

  it('declares dataset drift when the drifted share reaches drift-share', () => {
    const outcome = computeDrift(ref, cur);
    expect(outcome.columns.map((c) => c.drifted)).toEqual([true, true, true, true]);
    expect(outcome.dataset).toEqual({ columns: 4, drifted: 4, driftedShare: 1, drift: true, smallShifts: 0 });
    const only = computeDrift(ref, tableOf('cur', { a: normals(400, 30, 0.6), b: normals(400, 41), c: normals(400, 42), d: normals(400, 43) }), {
      columns: ['a', 'b', 'c'],
      nullCheck: false,
    });
    expect(only.dataset).toEqual({ columns: 3, drifted: 1, driftedShare: 1 / 3, drift: false, smallShifts: 0 });
    expect(computeDrift(ref, cur, { driftShare: 1 }).dataset.drift).toBe(true);
  });

  it('uses Holm or Bonferroni when asked, and raw p-values with none', () => {
    for (const correction of ['holm', 'bonferroni', 'none'] as const) {
      const outcome = computeDrift(ref, cur, { correction, nullCheck: false });
      const expected = multipleTests(outcome.columns.map((c) => c.pValue as number), correction, 0.05).adjusted;
      outcome.columns.forEach((c, i) => expect(c.adjustedPValue).toBeCloseTo(expected[i], 15));
    }
  });

  it('sorts drifted columns first, strongest first', () => {
    const outcome = computeDrift(tableOf('ref', { quiet: normals(400, 70), big: normals(400, 71), small: normals(400, 72) }), tableOf('cur', { quiet: normals(400, 73), big: normals(400, 74, 1), small: normals(400, 75, 0.4) }));
    expect(outcome.columns.map((c) => c.drifted)).toEqual([false, true, true]);
    expect(sortByDriftStrength(outcome.columns).map((c) => c.name)).toEqual(['big', 'small', 'quiet']);
    const strengths = sortByDriftStrength(outcome.columns).map((c) => c.strength);
    expect(strengths[0]).toBeGreaterThan(strengths[1]);
  });
});

describe('computeDrift: tests, thresholds and column kinds from the configuration', () => {
  const ref = tableOf('ref', { x: normals(600, 50), label: labels(600, 51, { p: 1, q: 1, r: 1 }) });
  const cur = tableOf('cur', { x: normals(600, 52, 0.2), label: labels(600, 53, { p: 1, q: 1, r: 1.3 }) });

  it('applies a distance test to every column with its own threshold and no p-values', () => {
    const outcome = computeDrift(ref, cur, { stattest: 'psi' });
    for (const column of outcome.columns) {
      expect(column).toMatchObject({ test: 'psi', scoreKind: 'distance', threshold: 0.1, comparison: '>=', pValue: null, adjustedPValue: null, minEffect: 0 });
      expect(column.drifted).toBe((column.statistic as number) >= 0.1);
    }
  });

  it('takes per-column tests and thresholds before per-test and per-kind ones', () => {
    const outcome = computeDrift(ref, cur, {
      columnStattests: { x: 'wasserstein' },
      thresholds: { pValue: 0.01, distance: 0.5, byTest: { wasserstein: 0.15 }, byColumn: { label: 0.2 } },
    });
    expect(outcome.columns[0]).toMatchObject({ test: 'wasserstein', threshold: 0.15, reason: 'set for this column: wasserstein' });
    expect(outcome.columns[1]).toMatchObject({ test: 'chi2', threshold: 0.2 });
  });

  it('parses a text column listed in numeric-columns and names the row of a bad token', () => {
    const text = table('ref.csv', [stringColumn('n', ['1', '2.5', '3', '4', '5', '6'])]);
    const good = table('cur.csv', [stringColumn('n', ['1', '2', '3', '4', '5', '7'])]);
    expect(computeDrift(text, good, { numericColumns: ['n'] }).columns[0]).toMatchObject({ type: 'numeric', typeSource: 'configured' });
    const bad = table('cur.csv', [stringColumn('n', ['1', '2', 'three', '4', '5', '7'])]);
    expect(() => computeDrift(text, bad, { numericColumns: ['n'] })).toThrow(DataError);
    expect(() => computeDrift(text, bad, { numericColumns: ['n'] })).toThrow('cur.csv, row 3, column "n": "three" is not a number');
  });

  it('compares numbers as categories when listed in categorical-columns', () => {
    const outcome = computeDrift(tableOf('r', { k: [1, 2, 3, 1, 2, 3, 1, 2] }), tableOf('c', { k: [1, 2, 3, 3, 3, 3, 2, 1] }), { categoricalColumns: ['k'] });
    expect(outcome.columns[0]).toMatchObject({ type: 'categorical', test: 'chi2' });
    expect(outcome.columns[0].categories?.map((c) => c.label).sort()).toEqual(['1', '2', '3']);
  });

  it('leaves datetime columns out unless they are listed as numeric, and says why', () => {
    const when = (seed: number): ReturnType<typeof numericColumn> => numericColumn('when', normals(100, seed).map((v) => 1.7e12 + v * 1e9), 'datetime');
    // The only column left out: nothing was compared, which is an input error naming why.
    expect(() => computeDrift(table('r', [when(60)]), table('c', [when(61)]))).toThrow(
      'no column could be compared: skipped: when (datetime column: not compared unless listed in numeric-columns (time moves on by itself))',
    );
    const outcome = computeDrift(table('r', [when(60), numericColumn('x', normals(100, 1))]), table('c', [when(61), numericColumn('x', normals(100, 2))]));
    expect(outcome.columns.find((c) => c.name === 'when')).toMatchObject({ status: 'skipped', state: 'skipped', test: null });
    expect(outcome.columns.find((c) => c.name === 'when')!.reason).toMatch(/datetime column: not compared unless listed in numeric-columns/);
    expect(outcome.dataset.columns).toBe(1);
    expect(computeDrift(table('r', [when(60)]), table('c', [when(61)]), { numericColumns: ['when'] }).columns[0].test).toBe('ks');
  });

  it('notes columns that only one table has, and refuses a listed column that is missing', () => {
    const outcome = computeDrift(tableOf('ref.csv', { a: normals(20, 1), b: normals(20, 2) }), tableOf('cur.csv', { a: normals(20, 3), c: normals(20, 4) }));
    expect(outcome.columns.map((c) => c.name)).toEqual(['a']);
    expect(outcome.notes).toEqual(['not compared, missing from the current data: b', 'not compared, missing from the reference data: c']);
    expect(() => computeDrift(tableOf('ref.csv', { a: normals(20, 1) }), tableOf('cur.csv', { b: normals(20, 1) }), { columns: ['a'] })).toThrow(
      'cur.csv: no column "a"',
    );
  });
});

describe('computeDrift: configuration errors name the input and the valid choices', () => {
  const t = tableOf('t', { x: normals(30, 1), label: labels(30, 2, { a: 1, b: 1 }) });
  it.each([
    [{ stattest: 'kolmogorov' }, /stattest: unknown drift test "kolmogorov"; valid tests are auto, evidently, ks, chi2/],
    [{ columnStattests: { label: 'ks' } }, /stattest for column "label": drift test "ks" does not apply to categorical column "label"/],
    [{ columnStattests: { nope: 'ks' } }, /stattest is set for column "nope", which is not compared; compared columns are x, label/],
    [{ correction: 'fdr' as never }, /correction: "fdr" is not one of bh, holm, bonferroni, none/],
    [{ driftShare: 0 }, /drift-share: 0 must be above 0 and at most 1/],
    [{ thresholds: { pValue: 5 } }, /threshold \(p-value\): 5 must be between 0 and 1/],
    [{ thresholds: { byTest: { psi: -1 } } }, /threshold for psi: -1 must be a positive number/],
    [{ numericColumns: ['x'], categoricalColumns: ['x'] }, /numeric-columns and categorical-columns both list "x"/],
    [{ binning: { bins: 1 } }, /bins: 1 must be a whole number from 2 to 1000/],
  ])('%j', (config, message) => {
    expect(() => computeDrift(t, t, config)).toThrow(ConfigurationError);
    expect(() => computeDrift(t, t, config)).toThrow(message);
  });
});
