/**
 * What a bound means for the drift decision (drift-from-profile.ts): with deliberately tiny
 * sketches (k = 16, numeric cap 8) against the raw reference — computeDrift, the code drift-report
 * runs on rows — on every drift example and fixture:
 * - each bounded column's exact statistic, p-value, corrected p-value and effect size lie in the
 *   stated intervals, and a column that is not `undecided` gets the exact decision;
 * - the dataset's exact drifted count lies in `datasetBounds`, and equals the point when the
 *   bounds are degenerate.
 * And the coarsened categorical test (more categories than the cap, `auto`) equals computeDrift on
 * the same data with the categories above the hash threshold relabelled as one pooled category —
 * the oracle for "a coarser test of the same hypothesis".
 */
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/io/load.js';
import type { StringColumn, Table } from '../../src/io/table.js';
import { computeDrift } from '../../src/drift/compute-drift.js';
import type { DriftConfig } from '../../src/drift/config.js';
import { profileTable } from '../../src/profile/index.js';
import { computeDriftFromProfile } from '../../src/profile/compare/drift-from-profile.js';
import { hashOfKey, POOLED_LABEL } from '../../src/profile/compare/category-sample.js';
import { decodeHash } from '../../src/profile/encoding.js';
import { compareHashes } from '../../src/sketch/value-hash.js';
import { subset, stringColumn, table } from '../drift/tables.js';

interface Case { name: string; reference: Table; current: Table }

async function cases(): Promise<Case[]> {
  const out: Case[] = [];
  const reference = await loadTable('examples/drift-report/reference.csv');
  for (const current of ['current.csv', 'current-shifted.csv']) out.push({ name: `examples/drift-report: reference vs ${current}`, reference, current: await loadTable(`examples/drift-report/${current}`) });
  for (const file of ['breast-cancer.csv', 'digits.csv', 'mixed.csv']) {
    const t = await loadTable(`test/fixtures/drift/${file}`);
    const half = Math.floor(t.rowCount / 2);
    const first = subset(`${file} first half`, t, Array.from({ length: half }, (_, i) => 2 * i));
    const second = subset(`${file} second half`, t, Array.from({ length: t.rowCount - half }, (_, i) => 2 * i + 1).filter((r) => r < t.rowCount));
    out.push({ name: `${file}: even vs odd rows`, reference: first, current: second });
    const shifted: Table = { ...second, columns: second.columns.map((c, j) => (c.type !== 'string' && j % 3 === 0 ? { ...c, values: c.values.map((v) => v * 1.3 + 0.5) } : c)) };
    out.push({ name: `${file}: even rows vs odd rows shifted`, reference: first, current: shifted });
  }
  return out;
}

const TINY = { quantileK: 16, numericCap: 8 };
const within = (x: number | null, bounds: [number, number] | null, label: string) => {
  if (x === null || bounds === null) return;
  expect(x, `${label}: ${x} in [${bounds}]`).toBeGreaterThanOrEqual(bounds[0] - 1e-12 * Math.max(1, Math.abs(x)));
  expect(x, `${label}: ${x} in [${bounds}]`).toBeLessThanOrEqual(bounds[1] + 1e-12 * Math.max(1, Math.abs(x)));
};

describe('a bound and the drift decision: the exact decision lies between the two ends', async () => {
  for (const c of await cases()) {
    it(c.name, () => {
      const numeric = c.reference.columns.filter((x) => x.type === 'number' || x.type === 'integer').map((x) => x.name);
      const configs: { label: string; config: DriftConfig; sameTests: boolean }[] = [
        { label: 'ks on every numeric column', config: { columns: numeric, numericStattest: 'ks' }, sameTests: true },
        { label: 'ks, holm, no effect floor', config: { columns: numeric, numericStattest: 'ks', correction: 'holm', minEffect: { numeric: 0 } }, sameTests: true },
        { label: 'psi on every numeric column', config: { columns: numeric, numericStattest: 'psi' }, sameTests: true },
        { label: 'wasserstein on every numeric column', config: { columns: numeric, numericStattest: 'wasserstein' }, sameTests: true },
        { label: 'auto', config: {}, sameTests: false },
      ];
      let bounded = 0;
      for (const { label, config, sameTests } of configs) {
        const exact = computeDrift(c.reference, c.current, config);
        for (const both of [false, true]) {
          const fromProfile = computeDriftFromProfile(profileTable(c.reference, { settings: TINY }), both ? profileTable(c.current, { settings: TINY }) : c.current, config);
          const allSame = fromProfile.columns.every((x, j) => x.test === exact.columns[j].test);
          fromProfile.columns.forEach((x, j) => {
            const y = exact.columns[j];
            const n = fromProfile.profile[x.name];
            const at = `${label}${both ? ' (both profiles)' : ''} / ${x.name}`;
            if (x.test !== y.test) return;
            if (n.mode === 'bounded') {
              bounded++;
              within(y.statistic, n.statisticBounds, `${at} statistic`);
              within(y.pValue, n.pValueBounds, `${at} p-value`);
              within(y.effectSize?.value ?? null, n.effectBounds, `${at} effect`);
              if (sameTests && allSame) within(y.adjustedPValue, n.adjustedPValueBounds, `${at} adjusted p-value`);
              if (!n.undecided && sameTests && allSame) expect(x.drifted, `${at}: decided, so the exact decision`).toBe(y.drifted);
            }
          });
          if (sameTests && allSame) {
            const [lo, hi] = fromProfile.datasetBounds.drifted;
            expect(exact.dataset.drifted, `${label}: drifted count in [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo);
            expect(exact.dataset.drifted).toBeLessThanOrEqual(hi);
            if (lo === hi) expect(fromProfile.dataset.drifted).toBe(exact.dataset.drifted);
            expect(lo).toBeLessThanOrEqual(fromProfile.dataset.drifted);
            expect(hi).toBeGreaterThanOrEqual(fromProfile.dataset.drifted);
          }
        }
      }
      if (c.reference.rowCount > 100) expect(bounded).toBeGreaterThan(0);
    });
  }
});

describe('categories beyond the cap, auto: a coarser test, equal to computeDrift on the pooled categories', () => {
  it('mixed.csv city (148 categories) with a cap of 12', async () => {
    const all = await loadTable('test/fixtures/drift/mixed.csv');
    const half = Math.floor(all.rowCount / 2);
    const reference = subset('reference', all, Array.from({ length: half }, (_, i) => i));
    const current = subset('current', all, Array.from({ length: all.rowCount - half }, (_, i) => half + i));
    const profile = profileTable(reference, { settings: { categoryCap: 12 } });
    const city = profile.columns.find((x) => x.name === 'city')!;
    expect(city.values.threshold).not.toBeNull();
    const fromProfile = computeDriftFromProfile(profile, current, { columns: ['city'] });
    const note = fromProfile.profile.city;
    expect(note.mode).toBe('coarsened');
    expect(fromProfile.columns[0].reason).toMatch(/^~\d+ categories, more than the reference profile counts exactly: chi2 on the 12 categories of a hash sample with the other values pooled/);
    // The oracle: the raw pipeline on the same rows, every value above the threshold relabelled as one.
    const t = decodeHash(city.values.threshold!)!;
    const pool = (x: Table): Table => {
      const column = x.columns.find((c) => c.name === 'city') as StringColumn;
      const labels = Array.from(column.codes, (code) => {
        if (code < 0) return null;
        const label = column.dictionary[code];
        const h = hashOfKey(label);
        return compareHashes(h.h1, h.h2, t.h1, t.h2) <= 0 ? label : POOLED_LABEL;
      });
      return table(x.source, [stringColumn('city', labels)]);
    };
    const oracle = computeDrift(pool(reference), pool(current), { columns: ['city'] });
    expect(fromProfile.columns[0].test).toBe('chi2');
    expect(fromProfile.columns[0].statistic).toBeCloseTo(oracle.columns[0].statistic!, 10);
    expect(fromProfile.columns[0].pValue).toBeCloseTo(oracle.columns[0].pValue!, 12);
    expect(fromProfile.columns[0].effectSize!.value).toBeCloseTo(oracle.columns[0].effectSize!.value, 12);
    // Merging categories never increases the Hellinger distance: the full one is at least the coarse one.
    const full = computeDrift(reference, current, { columns: ['city'] });
    expect(full.columns[0].effectSize!.value).toBeGreaterThanOrEqual(fromProfile.columns[0].effectSize!.value - 1e-12);
    within(full.columns[0].effectSize!.value, note.effectBounds, 'full Hellinger');
    // Both sides as capped profiles: the smaller threshold, the same oracle.
    const both = computeDriftFromProfile(profile, profileTable(current, { settings: { categoryCap: 12 } }), { columns: ['city'] });
    expect(both.profile.city.mode).toBe('coarsened');
    expect(both.columns[0].pValue).toBeGreaterThan(0);
  });
});
