/**
 * The agreement the issue asks for, through the CLI (the bundles: test/e2e/profile.e2e.test.ts):
 * on every drift example and fixture, `mlgate drift-report` against `mlgate profile`'s profile of
 * the reference gives the verdict (and exit code) of drift-report against the raw reference, the
 * same test and decision per column, and every statistic within its stated bound of the raw one
 * — with the reference profiled, and with both sides profiled; with the default test choice and
 * with fixed tests. The examples and fixtures are small, so the default profile holds them
 * exactly (bound 0); a larger synthetic pair (40,000 rows a side, where every continuous column's
 * sketch compacts) checks the bounded case the same way. validate-data against a reference profile
 * gives the checks of validate-data against the raw reference.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Table } from '../../src/io/table.js';
import type { ColumnBounds, ColumnDrift } from '../../src/drift/outcome.js';
import { wideTable } from '../../bench/lib/wide-table.js';
import { cliInProcess as cli } from '../support/cli-in-process.js';
import { driftPairs, writeTable } from '../support/drift-pairs.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-agreement-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface DriftResult { verdict: string; columns: ColumnDrift[]; profile?: Record<string, ColumnBounds>; dataset: { drifted: number } }

async function drift(reference: string, current: string, extra: readonly string[], tag: string): Promise<{ code: number; result: DriftResult }> {
  const json = join(dir, `${tag}.json`);
  const run = await cli(['drift-report', '--reference', reference, '--current', current, '--json', json, '--markdown', join(dir, `${tag}.md`), ...extra]);
  expect(run.code, run.stderr).toBeLessThan(2);
  return { code: run.code, result: JSON.parse(readFileSync(json, 'utf8')) as DriftResult };
}

async function profile(data: string, out: string, extra: readonly string[] = []): Promise<string> {
  const run = await cli(['profile', '--data', data, '--output', out, '--markdown', join(dir, 'profile.md'), ...extra]);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

/** Same verdict and exit code, same tests, the raw decision for every column decided at both ends of its bounds, every raw statistic within its bound. */
function expectAgreement(raw: { code: number; result: DriftResult }, fromProfile: { code: number; result: DriftResult }, label: string): number {
  expect(fromProfile.code, label).toBe(raw.code);
  expect(fromProfile.result.verdict, label).toBe(raw.result.verdict);
  let bounded = 0;
  raw.result.columns.forEach((y, j) => {
    const x = fromProfile.result.columns[j];
    const at = `${label} / ${y.name}`;
    const note = fromProfile.result.profile![x.name];
    expect([x.name, x.test], at).toEqual([y.name, y.test]);
    // Decided at both ends of its bounds: then it is the raw decision.
    if (!note.undecided) expect(x.drifted, `${at} decision`).toBe(y.drifted);
    // A coarsened column ran its test on fewer categories (its reason says so): no bound to check.
    if (y.statistic === null || note.mode === 'coarsened') return;
    if (note.mode === 'bounded') bounded++;
    const [lo, hi] = note.statisticBounds ?? [x.statistic!, x.statistic!];
    const slack = 1e-12 * Math.max(1, Math.abs(y.statistic));
    expect(y.statistic, `${at}: ${y.statistic} in [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo - slack);
    expect(y.statistic, `${at}: ${y.statistic} in [${lo}, ${hi}]`).toBeLessThanOrEqual(hi + slack);
  });
  return bounded;
}

describe('drift-report from a reference profile agrees with drift-report from the raw reference', async () => {
  const pairs = await driftPairs(dir);
  const configs: { label: string; args: string[] }[] = [
    { label: 'defaults', args: [] },
    { label: 'gates on a column statistic and the share', args: ['--gates', 'drifted_share < 0.2', '--gates', 'drifted_count <= 3'] },
    { label: 'wasserstein on numeric columns, psi on categorical', args: ['--numeric-stattest', 'wasserstein', '--categorical-stattest', 'psi'] },
  ];
  for (const pair of pairs) {
    it(pair.name, { timeout: 60_000 }, async () => {
      const tag = pair.name.replace(/[^a-z0-9]+/gi, '-');
      const reference = await profile(pair.reference, join(dir, `${tag}-reference.profile.json`));
      const current = await profile(pair.current, join(dir, `${tag}-current.profile.json`));
      for (const { label, args } of configs) {
        const raw = await drift(pair.reference, pair.current, args, `${tag}-raw`);
        expectAgreement(raw, await drift(reference, pair.current, args, `${tag}-ref`), `${label}, reference profile`);
        expectAgreement(raw, await drift(reference, current, args, `${tag}-both`), `${label}, both profiles`);
      }
    });
  }

  it('a larger pair whose sketches compact: bounded statistics, the same verdicts', { timeout: 120_000 }, async () => {
    const rows = 40_000;
    const ref = wideTable(rows, 101);
    const cur = wideTable(rows, 202);
    // Two columns shifted by 0.3 σ: drifted whatever the sketch error; the rest is another draw of the same distribution.
    const shifted: Table = { ...cur, columns: cur.columns.map((c) => (c.name === 'feature_2' || c.name === 'score_3' ? { ...c, values: (c as { values: Float64Array }).values.map((v) => v + 0.3 * (c.name === 'feature_2' ? 100 * 0.2887 : 4 * 0.2887)) } : c)) as Table['columns'] };
    const reference = await writeTable(ref, join(dir, 'large-reference.csv'));
    const current = await writeTable(shifted, join(dir, 'large-current.csv'));
    const referenceProfile = await profile(reference, join(dir, 'large-reference.profile.json'));
    const currentProfile = await profile(current, join(dir, 'large-current.profile.json'));
    for (const args of [[], ['--gates', 'drifted_count == 2', '--gates', 'feature_1.statistic < 0.05']]) {
      const raw = await drift(reference, current, args, 'large-raw');
      expect(raw.result.dataset.drifted).toBe(2);
      expect(expectAgreement(raw, await drift(referenceProfile, current, args, 'large-ref'), 'reference profile')).toBeGreaterThanOrEqual(15);
      expect(expectAgreement(raw, await drift(referenceProfile, currentProfile, args, 'large-both'), 'both profiles')).toBeGreaterThanOrEqual(15);
    }
  });
});

describe('validate-data against a reference profile agrees with validate-data against the raw reference', () => {
  const data = 'examples/validate-data/corrupted.csv';
  const reference = 'examples/validate-data/clean.csv';
  it.each([
    ['with the example schema (reference checks)', ['--schema', 'examples/validate-data/schema.yml']],
    ['with the schema inferred from the reference', []],
  ])('%s', async (_label, args) => {
    const referenceProfile = await profile(reference, join(dir, 'clean.profile.json'));
    const run = async (ref: string, tag: string) => {
      const json = join(dir, `${tag}.json`);
      const r = await cli(['validate-data', '--data', data, '--reference', ref, '--json', json, '--markdown', join(dir, `${tag}.md`), ...args]);
      return { code: r.code, result: JSON.parse(readFileSync(json, 'utf8')) as { verdict: string; checks: unknown[]; schemaSource: string } };
    };
    const raw = await run(reference, 'v-raw');
    const fromProfile = await run(referenceProfile, 'v-profile');
    expect(fromProfile.code).toBe(raw.code);
    expect(fromProfile.result.verdict).toBe(raw.result.verdict);
    expect(fromProfile.result.checks).toEqual(raw.result.checks);
    if (args.length === 0) expect(fromProfile.result.schemaSource).toBe(`inferred from the profile ${referenceProfile}`);
  });
});
