/** Distinct values of a column view, for the profile and the reference comparison. */
import { isNumeric } from '../io/table.js';
import type { ColumnView } from './column-view.js';
import { MISSING, VALID } from './column-view.js';
import { countDistinct } from './number-set.js';

/** How many distinct valid values the view holds. */
export function distinctValid(view: ColumnView): number {
  if (view.codes !== null && view.dictionary !== null) {
    return countUsedCodes(view.codes, view.dictionary.length, view.state, (s) => s === VALID);
  }
  return view.values === null ? 0 : countDistinct(view.values, view.state, VALID);
}

/** How many distinct non-missing tokens the column holds, valid for its type or not. */
export function distinctNonMissing(view: ColumnView): number {
  const { column } = view;
  if (view.invalidCount === 0) return distinctValid(view);
  if (!isNumeric(column)) return countUsedCodes(column.codes, column.dictionary.length, view.state, (s) => s !== MISSING);
  const missing = new Uint8Array(view.rowCount);
  for (let i = 0; i < missing.length; i++) missing[i] = view.state[i] === MISSING ? 1 : 0;
  return countDistinct(column.values, missing, 0);
}

/** The distinct valid values as text labels (category comparison with a reference). */
export function validLabels(view: ColumnView, label: (value: number) => string): Set<string> {
  const out = new Set<string>();
  if (view.codes !== null && view.dictionary !== null) {
    const used = new Uint8Array(view.dictionary.length);
    for (let i = 0; i < view.codes.length; i++) if (view.state[i] === VALID) used[view.codes[i]] = 1;
    for (let k = 0; k < used.length; k++) if (used[k] === 1) out.add(view.dictionary[k]);
    return out;
  }
  for (const v of new Set(view.validValues())) out.add(label(v));
  return out;
}

function countUsedCodes(codes: Int32Array, size: number, state: Uint8Array, keep: (s: number) => boolean): number {
  const used = new Uint8Array(size);
  let distinct = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < 0 || !keep(state[i]) || used[code] === 1) continue;
    used[code] = 1;
    distinct++;
  }
  return distinct;
}
