/**
 * `length`: every value's length lies within `min_length` / `max_length` (inclusive), counted in
 * Unicode code points (an emoji is 1, as in Python's `len`). Observed: the shortest and longest
 * length. Denominator: the valid values.
 */
import type { ColumnSchema } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';

export function lengthCheck(view: ColumnView, schema: ColumnSchema): CheckResult {
  const { minLength, maxLength } = schema;
  const parts: string[] = [];
  if (minLength !== undefined) parts.push(`at least ${minLength}`);
  if (maxLength !== undefined) parts.push(`at most ${maxLength}`);
  const expected = `length ${parts.join(' and ')} characters`;
  const mostly = schema.mostly.length;
  const { codes, dictionary } = view;
  if (codes === null || dictionary === null || view.validCount === 0) {
    return skippedResult({ column: schema.name, check: 'length', expected, mostly, reason: 'no valid values' });
  }
  const lengths = new Int32Array(dictionary.length);
  for (let k = 0; k < dictionary.length; k++) lengths[k] = codePointLength(dictionary[k]);
  const sample = new UnexpectedSample();
  const { state } = view;
  let shortest = Infinity;
  let longest = -Infinity;
  for (let i = 0; i < codes.length; i++) {
    if (state[i] !== VALID) continue;
    const length = lengths[codes[i]];
    if (length < shortest) shortest = length;
    if (length > longest) longest = length;
    const bad = (minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength);
    if (bad && sample.add(i)) sample.examples.push(view.token(i));
  }
  return rowCheckResult({
    column: schema.name,
    check: 'length',
    expected,
    severity: schema.severity,
    observed: `${shortest} … ${longest}`,
    sample,
    denominator: view.validCount,
    mostly,
  });
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
