import type { GateResult, Status, Verdict } from '../result.js';

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '🛑' };
const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '❔', skipped: '⏭️', error: '🛑' };

export function statusIcon(status: Status): string {
  return STATUS_ICON[status];
}

/** "3 of 4 gates passed, 1 failed" — counts by status, in a fixed order. */
export function gateTally(gates: readonly GateResult[]): string {
  if (gates.length === 0) return 'no gates — report only';
  const order: Status[] = ['fail', 'error', 'inconclusive', 'warn', 'skipped'];
  const passed = gates.filter((g) => g.status === 'pass').length;
  const others = order
    .map((s) => [s, gates.filter((g) => g.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'fail' ? 'failed' : s === 'warn' ? 'warned' : s}`);
  return [`${passed} of ${gates.length} gate${gates.length === 1 ? '' : 's'} passed`, ...others].join(', ');
}

/**
 * The line a reader takes in at a glance: icon, action, verdict in words, a short why. A run with
 * no gates decides nothing: it reads REPORT ONLY, never PASS.
 */
export function verdictLine(title: string, result: { readonly verdict: Verdict; readonly gates: readonly GateResult[] }, detail: string): string {
  if (result.gates.length === 0 && result.verdict === 'pass') return `ℹ️ **${title}: REPORT ONLY** — ${detail}`;
  return `${VERDICT_ICON[result.verdict]} **${title}: ${result.verdict.toUpperCase()}** — ${detail}`;
}
