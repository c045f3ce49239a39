/**
 * `pattern`: every value matches the regular expression (JavaScript syntax with the `u` flag, run
 * on a linear-time engine: src/schema/linear-pattern.ts; like `RegExp.test`, the pattern matches
 * anywhere unless anchored with ^…$). Each distinct value is tested once. Observed: how many
 * values do not match. Denominator: the valid values.
 */
import { ConfigurationError } from '../errors.js';
import { compileLinearPattern } from '../schema/linear-pattern.js';
import type { ColumnSchema } from '../schema/types.js';
import type { ColumnView } from './column-view.js';
import { VALID } from './column-view.js';
import type { CheckResult } from './result.js';
import { UnexpectedSample, rowCheckResult, skippedResult } from './result.js';

export function patternCheck(view: ColumnView, schema: ColumnSchema, pattern: string): CheckResult {
  const expected = `matches /${pattern}/`;
  const mostly = schema.mostly.pattern;
  const { codes, dictionary } = view;
  if (codes === null || dictionary === null || view.validCount === 0) {
    return skippedResult({ column: schema.name, check: 'pattern', expected, mostly, reason: 'no valid values' });
  }
  const regex = compileLinearPattern(pattern);
  // parse.ts refuses such patterns; a schema built in code could still hold one.
  if ('problem' in regex) throw new ConfigurationError(`column "${schema.name}": "pattern" ${regex.problem}`);
  const matches = new Uint8Array(dictionary.length);
  for (let k = 0; k < dictionary.length; k++) matches[k] = regex.test(dictionary[k]) ? 1 : 0;
  const sample = new UnexpectedSample();
  const { state } = view;
  for (let i = 0; i < codes.length; i++) {
    if (state[i] === VALID && matches[codes[i]] === 0 && sample.add(i)) sample.examples.push(view.token(i));
  }
  return rowCheckResult({
    column: schema.name,
    check: 'pattern',
    expected,
    severity: schema.severity,
    observed: sample.count,
    sample,
    denominator: view.validCount,
    mostly,
  });
}
