import type { GateResult, Status, Verdict } from '../result.js';

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌', error: '🛑' };
const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '❔', skipped: '⏭️', error: '🛑' };

export function verdictIcon(verdict: Verdict): string {
  return VERDICT_ICON[verdict];
}

export function statusIcon(status: Status): string {
  return STATUS_ICON[status];
}

/** "3 of 4 gates passed, 1 failed" — counts by status, in a fixed order. */
export function gateTally(gates: readonly GateResult[]): string {
  if (gates.length === 0) return 'no gates set';
  const order: Status[] = ['fail', 'error', 'inconclusive', 'warn', 'skipped'];
  const passed = gates.filter((g) => g.status === 'pass').length;
  const others = order
    .map((s) => [s, gates.filter((g) => g.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === 'fail' ? 'failed' : s === 'warn' ? 'warned' : s}`);
  return [`${passed} of ${gates.length} gate${gates.length === 1 ? '' : 's'} passed`, ...others].join(', ');
}

/** The line a reader takes in at a glance: icon, action, verdict in words, a short why. */
export function verdictLine(title: string, verdict: Verdict, detail: string): string {
  return `${VERDICT_ICON[verdict]} **${title}: ${verdict.toUpperCase()}** — ${detail}`;
}
