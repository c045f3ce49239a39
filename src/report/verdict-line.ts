import type { Status } from '../result.js';

const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '❔', skipped: '⏭️', error: '🛑' };

/** The icon of a status, the same in every backend (the verdict line: src/report/action-report.ts). */
export function statusIcon(status: Status): string {
  return STATUS_ICON[status];
}
