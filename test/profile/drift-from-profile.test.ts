/**
 * Drift from a reference profile against drift from the raw reference (computeDrift, the code
 * drift-report runs), on every drift example (examples/drift-report/*.csv) and the drift fixtures
 * (test/fixtures/drift/*.csv, split in halves, and with a shifted half):
 * - with a numeric cap above the references' sizes (10,000; the default 256 leaves columns of
 *   more than ~1,000 distinct values to the sketch) every column is held exactly (complete
 *   counts), so every statistic, p-value, corrected p-value and decision must equal
 *   computeDrift's, for auto, evidently and every test id;
 * - with a deliberately tiny sketch (k = 16, numeric cap 8) the continuous columns are `bounded`:
 *   for ks, wasserstein, psi, kl_div and tvd the exact statistic lies in the stated interval, the
 *   p-value of ks in its interval, and every column whose interval does not straddle its threshold
 *   gets computeDrift's decision; other tests are refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import type { Table } from '../../src/io/table.js';
import { computeDrift } from '../../src/drift/compute-drift.js';
import type { DriftConfig } from '../../src/drift/config.js';
import { DRIFT_TESTS } from '../../src/drift/registry.js';
import { profileTable } from '../../src/profile/index.js';
import { computeDriftFromProfile } from '../../src/profile/compare/drift-from-profile.js';
import { subset } from '../drift/tables.js';

interface Case { name: string; reference: Table; current: Table }

async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  const reference = await loadTable('examples/drift-report/reference.csv');
  for (const current of ['current.csv', 'current-shifted.csv']) out.push({ name: `examples/drift-report: reference vs ${current}`, reference, current: await loadTable(`examples/drift-report/${current}`) });
  for (const file of ['breast-cancer.csv', 'digits.csv', 'mixed.csv']) {
    const table = await loadTable(`test/fixtures/drift/${file}`);
    const half = Math.floor(table.rowCount / 2);
    const first = subset(`${file} first half`, table, Array.from({ length: half }, (_, i) => 2 * i));
    const second = subset(`${file} second half`, table, Array.from({ length: table.rowCount - half }, (_, i) => 2 * i + 1).filter((r) => r < table.rowCount));
    out.push({ name: `${file}: even vs odd rows`, reference: first, current: second });
    const shifted: Table = { ...second, columns: second.columns.map((c, j) => (c.type !== 'string' && j % 3 === 0 ? { ...c, values: c.values.map((v) => v * 1.3 + 0.5) } : c)) };
    out.push({ name: `${file}: even rows vs odd rows shifted`, reference: first, current: shifted });
  }
  return out;
}

function configsFor(reference: Table): { label: string; config: DriftConfig }[] {
  const numeric = reference.columns.filter((c) => c.type !== 'string' && c.type !== 'boolean' && c.type !== 'datetime').map((c) => c.name);
  const both = DRIFT_TESTS.filter((t) => t.columnTypes.includes('categorical') && t.columnTypes.includes('numeric'));
  const numericOnly = DRIFT_TESTS.filter((t) => !t.columnTypes.includes('categorical'));
  return [
    { label: 'auto', config: {} },
    { label: 'evidently', config: { stattest: 'evidently' } },
    { label: 'auto, holm, no effect floor', config: { correction: 'holm', minEffect: { numeric: 0, categorical: 0 } } },
    ...both.map((t) => ({ label: t.id, config: { stattest: t.id } })),
    ...numericOnly.map((t) => ({ label: `${t.id} on numeric columns`, config: { columns: numeric, columnStattests: Object.fromEntries(numeric.map((n) => [n, t.id])) } })),
  ];
}

function same(a: number | null, b: number | null, label: string): void {
  if (a === null || b === null) {
    expect(a, label).toBe(b);
    return;
  }
  expect(Math.abs(a - b), `${label}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
}

describe('drift from a reference profile equals drift from the raw reference', async () => {
  for (const c of await cases()) {
    it(c.name, () => {
      const profile = profileTable(c.reference, { settings: { numericCap: 10_000 } });
      for (const { label, config } of configsFor(c.reference)) {
        const exact = computeDrift(c.reference, c.current, config);
        const fromProfile = computeDriftFromProfile(profile, c.current, config);
        expect(fromProfile.columns.map((x) => [x.name, x.test, x.status]), label).toEqual(exact.columns.map((x) => [x.name, x.test, x.status]));
        fromProfile.columns.forEach((x, j) => {
          const y = exact.columns[j];
          const at = `${label} / ${x.name}`;
          same(x.statistic, y.statistic, `${at} statistic`);
          same(x.pValue, y.pValue, `${at} pValue`);
          same(x.adjustedPValue, y.adjustedPValue, `${at} adjusted`);
          same(x.effectSize?.value ?? null, y.effectSize?.value ?? null, `${at} effect`);
          same(x.nulls?.pValue ?? null, y.nulls?.pValue ?? null, `${at} null p`);
          expect(x.drifted, `${at} drifted`).toBe(y.drifted);
          expect(fromProfile.profile[x.name].mode, at).toBe('exact');
        });
        expect(fromProfile.dataset, label).toEqual(exact.dataset);
      }
    });
  }
});

describe('drift between two profiles (reference and current both profiled)', async () => {
  for (const c of await cases()) {
    it(`${c.name}: exact profiles give computeDrift's numbers; tiny sketches bound them`, () => {
      const exactSettings = { numericCap: 10_000 };
      const config: DriftConfig = {};
      const exact = computeDrift(c.reference, c.current, config);
      const both = computeDriftFromProfile(profileTable(c.reference, { settings: exactSettings }), profileTable(c.current, { settings: exactSettings }), config);
      both.columns.forEach((x, j) => {
        same(x.statistic, exact.columns[j].statistic, `${x.name} statistic`);
        same(x.adjustedPValue, exact.columns[j].adjustedPValue, `${x.name} adjusted`);
        expect(x.drifted, x.name).toBe(exact.columns[j].drifted);
      });
      expect(both.dataset).toEqual(exact.dataset);
      const numeric = c.reference.columns.filter((x) => x.type === 'number' || x.type === 'integer').map((x) => x.name);
      const TINY = { quantileK: 16, numericCap: 8 };
      for (const id of ['ks', 'wasserstein', 'psi', 'tvd']) {
        const cfg: DriftConfig = { columns: numeric, columnStattests: Object.fromEntries(numeric.map((n) => [n, id])) };
        const truth = computeDrift(c.reference, c.current, cfg);
        const sketched = computeDriftFromProfile(profileTable(c.reference, { settings: TINY }), profileTable(c.current, { settings: TINY }), cfg);
        sketched.columns.forEach((x, j) => {
          const bounds = sketched.profile[x.name].statisticBounds;
          const y = truth.columns[j].statistic;
          if (bounds === null || y === null) return;
          expect(y, `${id} / ${x.name}: ${y} in [${bounds}]`).toBeGreaterThanOrEqual(bounds[0] - 1e-12);
          expect(y, `${id} / ${x.name}: ${y} in [${bounds}]`).toBeLessThanOrEqual(bounds[1] + 1e-12);
        });
      }
    });
  }
});

describe('drift from a tiny reference sketch: exact statistics inside the stated bounds', async () => {
  const TINY = { quantileK: 16, numericCap: 8 };
  for (const c of await cases()) {
    it(c.name, () => {
      const profile = profileTable(c.reference, { settings: TINY });
      const numeric = c.reference.columns.filter((x) => x.type === 'number' || x.type === 'integer').map((x) => x.name);
      for (const id of ['ks', 'wasserstein', 'psi', 'kl_div', 'tvd', 'auto']) {
        const config: DriftConfig = id === 'auto' ? { columns: numeric } : { columns: numeric, columnStattests: Object.fromEntries(numeric.map((n) => [n, id])) };
        const exact = computeDrift(c.reference, c.current, config);
        const fromProfile = computeDriftFromProfile(profile, c.current, config);
        let bounded = 0;
        fromProfile.columns.forEach((x, j) => {
          const y = exact.columns[j];
          const note = fromProfile.profile[x.name];
          const at = `${id} / ${x.name}`;
          if (note.mode === 'exact') {
            same(x.statistic, y.statistic, at);
            return;
          }
          expect(note.mode, at).toBe('bounded');
          if (y.statistic === null) return;
          bounded++;
          const [lo, hi] = note.statisticBounds!;
          expect(y.statistic, `${at}: exact ${y.statistic} in [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo - 1e-12);
          expect(y.statistic, `${at}: exact ${y.statistic} in [${lo}, ${hi}]`).toBeLessThanOrEqual(hi + 1e-12);
          if (y.pValue !== null && note.pValueBounds !== null) {
            expect(y.pValue).toBeGreaterThanOrEqual(note.pValueBounds[0] - 1e-12);
            expect(y.pValue).toBeLessThanOrEqual(note.pValueBounds[1] + 1e-12);
          }
          if (!note.undecided && y.scoreKind === 'distance') expect(x.valueDrifted, `${at} decision`).toBe(y.valueDrifted);
        });
        if (c.reference.rowCount > 100) expect(bounded, `${id}: some columns must be bounded`).toBeGreaterThan(0);
      }
    });
  }

  it('refuses what a sketch cannot give, with the reason', async () => {
    const reference = await loadTable('test/fixtures/drift/mixed.csv');
    const profile = profileTable(reference, { settings: { quantileK: 16, numericCap: 8, categoryCap: 3 } });
    // A run that compares nothing is an input error, so one column (age, ks from the sketch) is compared.
    expect(() => computeDriftFromProfile(profile, reference, { columns: ['income', 'city'], columnStattests: { income: 'anderson', city: 'chi2' } })).toThrow(/^no column could be compared: skipped: income \(not tested from the profile: anderson needs the values themselves/);
    const outcome = computeDriftFromProfile(profile, reference, { columns: ['income', 'city', 'age'], columnStattests: { income: 'anderson', city: 'chi2' } });
    expect(outcome.profile.age.mode).not.toBe('refused');
    expect(outcome.profile.income).toMatchObject({ mode: 'refused', reason: expect.stringMatching(/anderson needs the values themselves; from a sketch only ks, wasserstein, psi, kl_div, tvd/) });
    expect(outcome.profile.city).toMatchObject({ mode: 'refused', reason: expect.stringMatching(/the reference profile keeps exact counts of 3 of the column's ~\d+ categories; chi2 needs every one \(with stattest auto, a coarser chi-square on the sampled categories is used\)/) });
    expect(outcome.columns.find((c) => c.name === 'income')?.reason).toMatch(/^not tested from the profile: /);
  });
});
