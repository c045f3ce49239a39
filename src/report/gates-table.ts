import type { GateResult } from '../result.js';
import { formatNumber } from './format.js';
import { code, escapeText, table } from './markdown.js';
import { statusIcon } from './verdict-line.js';

/** The gates table, failures first (a reader looks for what broke). */
export function gatesTable(gates: readonly GateResult[]): string | undefined {
  if (gates.length === 0) return undefined;
  const rank: Record<string, number> = { error: 0, fail: 1, inconclusive: 2, warn: 3, skipped: 4, pass: 5 };
  const sorted = [...gates].sort((a, b) => rank[a.status] - rank[b.status]);
  return table(
    ['', 'Gate', 'Observed', 'Status', 'Detail'],
    sorted.map((g) => [statusIcon(g.status), code(g.id), formatNumber(g.observed), g.status, escapeText(g.message)]),
    ['c', 'l', 'r', 'l', 'l'],
  );
}
