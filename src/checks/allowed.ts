/**
 * `allowed`: every value is one of the allowed set, compared as text (numbers as JavaScript prints
 * them: `1.0` is `1`). Observed: the values outside the set, most frequent first, with counts.
 * Denominator: the valid values.
 */
import type { ColumnSchema } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';
import { showList, showValue } from './describe.js';

export function allowedCheck(view: ColumnView, schema: ColumnSchema, allowed: readonly string[]): CheckResult {
  const expected = `one of ${showList(allowed)}`;
  const mostly = schema.mostly.allowed;
  if (view.validCount === 0) {
    return skippedResult({ column: schema.name, check: 'allowed', expected, mostly, reason: 'no valid values' });
  }
  const allowedSet = new Set(allowed);
  const sample = new UnexpectedSample();
  const unseen = new Map<string, number>();
  const { state } = view;
  if (view.codes !== null && view.dictionary !== null) {
    const { codes, dictionary } = view;
    const ok = new Uint8Array(dictionary.length);
    for (let k = 0; k < dictionary.length; k++) ok[k] = allowedSet.has(dictionary[k]) ? 1 : 0;
    for (let i = 0; i < codes.length; i++) {
      if (state[i] !== VALID || ok[codes[i]] === 1) continue;
      const label = dictionary[codes[i]];
      unseen.set(label, (unseen.get(label) ?? 0) + 1);
      if (sample.add(i)) sample.examples.push(view.token(i));
    }
  } else if (view.values !== null) {
    const values = view.values;
    const allowedNumbers = new Set<number>();
    for (const a of allowed) {
      const n = Number(a);
      if (a.trim() !== '' && Number.isFinite(n)) allowedNumbers.add(n);
    }
    for (let i = 0; i < values.length; i++) {
      if (state[i] !== VALID || allowedNumbers.has(values[i])) continue;
      const label = showValue(values[i], schema.type);
      unseen.set(label, (unseen.get(label) ?? 0) + 1);
      if (sample.add(i)) sample.examples.push(view.token(i));
    }
  }
  const ranked = [...unseen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return rowCheckResult({
    column: schema.name,
    check: 'allowed',
    expected,
    severity: schema.severity,
    observed: ranked.length === 0 ? 'none outside the set' : showList(ranked.map(([v, n]) => `"${v}" (${n})`)),
    sample,
    denominator: view.validCount,
    mostly,
  });
}
