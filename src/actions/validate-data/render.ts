/** The validate-data report: problems first, passed checks folded, then a profile of every column. */
import type { ColumnProfile } from '../../checks/index.js';
import { formatCount, formatNumber, formatPercent } from '../../report/format.js';
import { gatesTable } from '../../report/gates-table.js';
import { blocks, code, details, escapeText, heading, table } from '../../report/markdown.js';
import { sparkline } from '../../report/sparkline.js';
import { statusIcon, verdictLine } from '../../report/verdict-line.js';
import type { FileCheckResult, ValidationOutcome } from '../../checks/validation-outcome.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';

type ValidateDataResult = ActionResult<ValidationOutcome>;

/** Offending values and rows shown per check in the table (all 20 are in the JSON). */
const EXAMPLES_SHOWN = 5;
const PROBLEM_ORDER: Record<string, number> = { error: 0, fail: 1, warn: 2 };

export function renderValidateData(result: ValidateDataResult, common: Presentation): string {
  const title = common.name ? `Data validation — ${escapeText(common.name)}` : 'Data validation';
  const problems = result.checks.filter((c) => c.status in PROBLEM_ORDER).sort((a, b) => PROBLEM_ORDER[a.status] - PROBLEM_ORDER[b.status]);
  const passed = result.checks.filter((c) => !(c.status in PROBLEM_ORDER));
  const multiple = result.files.length > 1;
  return blocks(
    verdictLine(title, result, summaryLine(result)),
    result.inferredSchema ? inferredNote(result) : undefined,
    gatesTable(result.gates),
    problems.length > 0 ? blocks(heading(3, 'Problems'), problemsTable(problems, multiple)) : undefined,
    passed.length > 0 ? details(`${passed.length} checks passed or skipped`, passedTable(passed, multiple)) : undefined,
    ...result.files.map((f) => profileSection(f.file, f.rows, f.profile, multiple)),
    details('Schema', `- schema: ${escapeText(result.schemaSource)}\n- files: ${result.files.map((f) => code(f.file)).join(', ')}`),
  );
}

function summaryLine(result: ValidateDataResult): string {
  const count = (s: string) => result.checks.filter((c) => c.status === s).length;
  const parts = [`${count('fail')} of ${result.checks.length} checks failed`];
  if (count('warn') > 0) parts.push(`${count('warn')} warned`);
  if (count('error') > 0) parts.push(`${count('error')} could not be computed`);
  const files = result.files.length > 1 ? ` in ${result.files.length} files` : ` · ${code(result.files[0].file)}`;
  return `${parts.join(', ')} · ${formatCount(result.rows)} rows${files}`;
}

function inferredNote(result: ValidateDataResult): string {
  return `Schema ${escapeText(result.schemaSource)} written to ${code(result.inferredSchema!)}: review it, then commit it and pass it as \`schema\`.`;
}

function problemsTable(checks: readonly FileCheckResult[], multiple: boolean): string {
  const header = [...(multiple ? ['File'] : []), '', 'Column', 'Check', 'Observed', 'Expected', 'Unexpected', 'Examples (row: value)'];
  const rows = checks.map((c) => [
    ...(multiple ? [code(c.file ?? '')] : []),
    statusIcon(c.status),
    c.column === null ? '*table*' : code(c.column),
    c.check,
    escapeText(observed(c)),
    escapeText(c.status === 'error' || c.status === 'skipped' ? (c.reason ?? c.expected) : c.expected),
    unexpected(c),
    examples(c),
  ]);
  return table(header, rows);
}

function passedTable(checks: readonly FileCheckResult[], multiple: boolean): string {
  const header = [...(multiple ? ['File'] : []), '', 'Column', 'Check', 'Observed', 'Expected'];
  const rows = checks.map((c) => [
    ...(multiple ? [code(c.file ?? '')] : []),
    statusIcon(c.status),
    c.column === null ? '*table*' : code(c.column),
    c.check,
    escapeText(observed(c)),
    escapeText(c.status === 'skipped' ? `skipped: ${c.reason ?? ''}` : c.expected),
  ]);
  return table(header, rows);
}

function observed(c: FileCheckResult): string {
  if (c.observed === null) return '—';
  return typeof c.observed === 'number' ? formatNumber(c.observed) : c.observed;
}

function unexpected(c: FileCheckResult): string {
  if (c.unexpectedCount === null) return '—';
  const share = c.unexpectedFraction !== null ? ` (${formatPercent(c.unexpectedFraction)})` : '';
  const mostly = c.mostly !== null && c.mostly < 1 ? `, mostly ${formatNumber(c.mostly)}` : '';
  return `${formatCount(c.unexpectedCount)}${share}${mostly}`;
}

function examples(c: FileCheckResult): string {
  if (c.unexpectedRows.length === 0) return '';
  const shown = c.unexpectedRows.slice(0, EXAMPLES_SHOWN).map((row, i) => `${row}: ${code(String(c.examples[i] ?? ''))}`);
  const more = (c.unexpectedCount ?? 0) > EXAMPLES_SHOWN ? ' …' : '';
  return `${shown.join(', ')}${more}`;
}

function profileSection(file: string, rows: number, profile: readonly ColumnProfile[], multiple: boolean): string {
  const body = table(
    ['Column', 'Type', 'Nulls', 'Distinct', 'Min', 'Max', 'Distribution'],
    profile.map((p) => [
      code(p.name),
      p.loadedType !== 'string' || p.type === 'string' || p.type === 'category' ? p.type : `${p.type} (read as text)`,
      p.nulls > 0 ? `${formatCount(p.nulls)} (${formatPercent(p.nullFraction)})` : '0',
      formatCount(p.distinct),
      bound(p.min),
      bound(p.max),
      p.histogram ? code(sparkline(p.histogram.counts)) : p.topValues ? escapeText(p.topValues.slice(0, 3).map((t) => `${t.value} (${t.count})`).join(', ')) : '',
    ]),
    ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
  );
  const label = multiple ? `Profile of ${code(file)} (${formatCount(rows)} rows)` : `Column profile (${formatCount(rows)} rows)`;
  return details(label, body);
}

function bound(value: number | string | null): string {
  if (value === null) return '—';
  return typeof value === 'number' ? formatNumber(value) : escapeText(value);
}

