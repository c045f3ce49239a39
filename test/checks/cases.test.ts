import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ValidateCase } from './case-runner.js';
import { runCase } from './case-runner.js';

// Data-driven cases: the expected findings were worked out by hand from the data in each case
// (statistics cross-checked with pandas where a file says so).
const dir = new URL('../cases/validate-data/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe.each(files)('validate-data cases: %s', (fileName) => {
  const { cases } = JSON.parse(readFileSync(new URL(fileName, dir), 'utf8')) as { cases: ValidateCase[] };
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const outcome = await runCase(c);
    if (c.error !== undefined) {
      expect(outcome.error).toBe(c.error.replaceAll('{file}', outcome.file));
      return;
    }
    expect(outcome.error).toBeUndefined();
    const result = outcome.result!;
    const byId = new Map(result.checks.map((r) => [r.id, r]));
    expect(byId.size, 'check ids are unique').toBe(result.checks.length);
    for (const [id, expected] of Object.entries(c.expect ?? {})) {
      const actual = byId.get(id);
      expect(actual, `check ${id} exists (have: ${[...byId.keys()].join(', ')})`).toBeDefined();
      const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, actual![k as keyof typeof actual]]));
      expect(picked, id).toEqual(expected);
    }
    if ((c.others ?? 'pass') === 'pass') {
      const unlisted = result.checks.filter((r) => !(r.id in (c.expect ?? {})) && r.status !== 'pass');
      expect(unlisted.map((r) => `${r.id}: ${r.status} ${r.reason ?? ''}`)).toEqual([]);
    }
    if (c.ids !== undefined) expect(result.checks.map((r) => r.id)).toEqual(c.ids);
    if (c.columns !== undefined) expect(result.columns).toEqual(c.columns);
    // Every result honours the contract's invariants.
    for (const r of result.checks) {
      expect(r.unexpectedRows.length).toBeLessThanOrEqual(20);
      if (r.status === 'skipped' || r.status === 'error') expect(r.reason).toBeTruthy();
      // Table shape checks list column names as examples, without rows.
      if (r.check === 'extra_columns' || r.check === 'column_order') continue;
      expect(r.examples.length).toBe(r.unexpectedRows.length);
      if (r.unexpectedCount !== null) expect(r.unexpectedRows.length).toBe(Math.min(20, r.unexpectedCount));
    }
  });
});
