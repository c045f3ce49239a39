import { describe, expect, it } from 'vitest';
import type { ColumnPair } from '../../src/drift/column-pair.js';
import { effectSizeOf } from '../../src/drift/effect-size.js';
import { driftTests } from '../../src/drift/registry.js';
import { DEFAULT_BINNING } from '../../src/stats/binning.js';
import { createRandom } from '../../src/stats/rng.js';
import type { SampleValue } from '../stats/dyadic-sample.js';
import { expectAbsolute, expectRelative, P_VALUE_TOLERANCE, STATISTIC_TOLERANCE } from '../stats/reference.js';
import { categoricalPair, numericPair } from './pairs.js';
import { readFileSync } from 'node:fs';

// Oracle: each descriptor's stated definition recomputed with scipy/statsmodels, Evidently's
// formulas re-implemented (scripts/reference/drift_descriptors.py → test/fixtures/drift/descriptors.json).
interface Case {
  name: string;
  kind: 'numeric' | 'categorical';
  reference: SampleValue | Record<string, number>;
  current: SampleValue | Record<string, number>;
  effectSize: number;
  expected: Record<string, { statistic: number | null; pValue: number | null }>;
}
const { cases } = JSON.parse(readFileSync(new URL('../fixtures/drift/descriptors.json', import.meta.url), 'utf8'), (_k, v: unknown) =>
  v === 'Infinity' ? Infinity : v,
) as { cases: Case[] };

function pairOf(c: Case): ColumnPair {
  return c.kind === 'numeric'
    ? numericPair(c.reference as SampleValue, c.current as SampleValue)
    : categoricalPair(c.reference as Record<string, number>, c.current as Record<string, number>);
}

const rows = cases.flatMap((c) => Object.entries(c.expected).map(([id, expected]) => ({ case: c.name, kind: c.kind, id, expected, source: c })));

describe('drift-test descriptors against their reference implementations', () => {
  it.each(rows)('$id on $kind "$case": statistic 1e-9 relative, p-value 1e-6 absolute', ({ id, expected, source }) => {
    const test = driftTests.get(id);
    const result = test.compute(pairOf(source), { binning: DEFAULT_BINNING, random: createRandom(0) });
    expectRelative(result.statistic, expected.statistic, STATISTIC_TOLERANCE, 'statistic');
    if (test.scoreKind === 'p-value') expectAbsolute(result.pValue ?? NaN, expected.pValue, P_VALUE_TOLERANCE, 'p-value');
    else expect(result.pValue).toBeUndefined();
  });

  it.each(cases)('effect size of $kind "$name" (normalised Wasserstein or Hellinger)', (c) => {
    expectRelative(effectSizeOf(pairOf(c)).value, c.effectSize, STATISTIC_TOLERANCE);
  });

  it('covers every registered test with at least one reference case', () => {
    const covered = new Set(rows.map((r) => r.id));
    expect(driftTests.ids.filter((id) => !covered.has(id))).toEqual([]);
  });
});
