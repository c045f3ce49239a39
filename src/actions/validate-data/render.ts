/**
 * The validate-data report: the verdict and what to do, the gates, the problems with their
 * offending rows (empty and blank values shown as ∅ and ␠, so the rows a reviewer needs are the
 * ones that read), a chart of the share of rows each failed check flags, the passed checks
 * folded, then a profile of every column. The HTML report lists every kept offending row and
 * value per check (the first 20, as the JSON result).
 */
import type { ColumnProfile } from '../../checks/index.js';
import type { FileCheckResult, ValidationOutcome } from '../../checks/validation-outcome.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { gatesTable, reportTitle, verdictLine, type ActionReport } from '../../report/action-report.js';
import { cell, chart, code, col, details, document, emphasis, heading, list, paragraph, status, table, text, value, type Block, type Cell, type Content } from '../../report/document/index.js';
import { formatCount, formatNumber, formatPercent } from '../../report/format.js';
import { sparkline } from '../../report/sparkline.js';

type ValidateDataResult = ActionResult<ValidationOutcome>;
type Medium = 'comment' | 'page';

/** Offending values and rows shown per check in the comment's table (all kept ones are in the HTML report and the JSON). */
const EXAMPLES_SHOWN = 5;
/** Problems shown before the rest is folded. */
const PROBLEMS_SHOWN = 25;
/** Checks drawn in the chart of flagged shares. */
const CHART_CHECKS = 15;
const PROBLEM_ORDER: Record<string, number> = { error: 0, fail: 1, warn: 2 };

export function renderValidateData(result: ValidateDataResult, presentation: Presentation): ActionReport {
  const title = reportTitle('Data validation', presentation.name);
  return { title, comment: build(result, title, 'comment'), page: () => build(result, title, 'page') };
}

function build(result: ValidateDataResult, title: string, medium: Medium) {
  const problems = result.checks.filter((c) => c.status in PROBLEM_ORDER).sort((a, b) => PROBLEM_ORDER[a.status] - PROBLEM_ORDER[b.status]);
  const passed = result.checks.filter((c) => !(c.status in PROBLEM_ORDER));
  const multiple = result.files.length > 1;
  return document(
    verdictLine(title, result),
    paragraph(summaryLine(result)),
    result.inferredSchema ? paragraph([`Schema ${result.schemaSource} written to `, code(result.inferredSchema), ': review it, then commit it and pass it as ', code('schema'), '.']) : undefined,
    gatesTable(result.gates),
    problems.length > 0 && heading(3, 'Problems'),
    problems.length > 0 && problemsTable(problems, multiple, medium),
    flaggedChart(problems),
    medium === 'page' && offendingRows(problems),
    passed.length > 0 && details(`${formatCount(passed.length)} checks passed or skipped`, [passedTable(passed, multiple)]),
    ...result.files.map((f) => profileSection(f.file, f.rows, f.profile, multiple)),
    details('Schema', [list([`schema: ${result.schemaSource}`, ['files: ', ...result.files.flatMap((f, i) => [i > 0 ? ', ' : '', code(f.file)])]])]),
  );
}

function summaryLine(result: ValidateDataResult): Content {
  const count = (s: string) => result.checks.filter((c) => c.status === s).length;
  const parts = [`${count('fail')} of ${result.checks.length} checks failed`];
  if (count('warn') > 0) parts.push(`${count('warn')} warned`);
  if (count('error') > 0) parts.push(`${count('error')} could not be computed`);
  const files: Content = result.files.length > 1 ? ` in ${result.files.length} files` : [' · ', code(result.files[0].file)];
  return [`${parts.join(', ')} · ${formatCount(result.rows)} rows`, files];
}

function columnCell(c: FileCheckResult): Cell {
  return c.column === null ? cell(emphasis('table')) : cell(code(c.column));
}

function problemsTable(checks: readonly FileCheckResult[], multiple: boolean, medium: Medium): Block {
  const columns = [...(multiple ? [col('File')] : []), col('Status'), col('Column'), col('Check'), col('Observed'), col('Expected'), col('Unexpected', 'right'), col('Examples (row: value)')];
  const rows = checks.map((c) => [
    ...(multiple ? [cell(code(c.file ?? ''))] : []),
    cell(status(c.status), PROBLEM_ORDER[c.status]),
    columnCell(c),
    cell(c.check),
    cell(observed(c)),
    cell(c.status === 'error' || c.status === 'skipped' ? (c.reason ?? c.expected) : c.expected),
    cell(unexpected(c), c.unexpectedCount),
    cell(examples(c, medium === 'comment' ? EXAMPLES_SHOWN : Infinity)),
  ]);
  return table(columns, rows, { foldAfter: medium === 'comment' ? PROBLEMS_SHOWN : undefined, rowNoun: 'problems', caption: 'Problems' });
}

/** The share of rows each failed row-level check flags: where the data is worst, at a glance. */
function flaggedChart(problems: readonly FileCheckResult[]): Block | undefined {
  const flagged = problems.filter((c) => c.column !== null && c.unexpectedFraction !== null && c.unexpectedCount !== null && c.unexpectedCount > 0).slice(0, CHART_CHECKS);
  if (flagged.length < 2) return undefined;
  return chart({
    kind: 'bars',
    title: 'Share of values each failed check flags',
    description: `For the ${flagged.length} failed checks over values, the share of the values each one looked at that broke it.`,
    axisLabel: 'share of values flagged',
    items: flagged.map((c) => ({ label: `${c.column} ${c.check}`, value: c.unexpectedFraction as number, lower: null, upper: null })),
  });
}

/** Every offending row kept per check, with its value as the data has it. */
function offendingRows(problems: readonly FileCheckResult[]): Block[] | undefined {
  const withRows = problems.filter((c) => c.unexpectedRows.length > 0);
  if (withRows.length === 0) return undefined;
  return [
    heading(3, 'Offending rows'),
    paragraph('Rows are 1-based data rows (the header is not counted); the first 20 offending rows of each check are kept, as in the JSON result.'),
    ...withRows.map((c) =>
      details(
        [status(c.status), ' ', c.column === null ? emphasis('table') : code(c.column), ` ${c.check} — ${formatCount(c.unexpectedCount ?? c.unexpectedRows.length)} unexpected`],
        [
          table(
            [col('Row', 'right'), col('Value')],
            c.unexpectedRows.map((row, i) => [cell(formatCount(row), row), cell(code(String(c.examples[i] ?? '')))]),
            { caption: `${c.id}: offending rows` },
          ),
        ],
        true,
      ),
    ),
  ];
}

function passedTable(checks: readonly FileCheckResult[], multiple: boolean): Block {
  const columns = [...(multiple ? [col('File')] : []), col('Status'), col('Column'), col('Check'), col('Observed'), col('Expected')];
  const rows = checks.map((c) => [
    ...(multiple ? [cell(code(c.file ?? ''))] : []),
    cell(status(c.status)),
    columnCell(c),
    cell(c.check),
    cell(observed(c)),
    cell(c.status === 'skipped' ? `skipped: ${c.reason ?? ''}` : c.expected),
  ]);
  return table(columns, rows, { caption: 'Checks passed or skipped' });
}

function observed(c: FileCheckResult): Content {
  if (c.observed === null) return '—';
  return typeof c.observed === 'number' ? formatNumber(c.observed) : value(c.observed);
}

function unexpected(c: FileCheckResult): string {
  if (c.unexpectedCount === null) return '—';
  const share = c.unexpectedFraction !== null ? ` (${formatPercent(c.unexpectedFraction)})` : '';
  const mostly = c.mostly !== null && c.mostly < 1 ? `, mostly ${formatNumber(c.mostly)}` : '';
  return `${formatCount(c.unexpectedCount)}${share}${mostly}`;
}

/** "254: ∅, 430: ∅" — row numbers with the offending values in code spans, empty ones visible. */
function examples(c: FileCheckResult, max: number): Content {
  if (c.unexpectedRows.length === 0) return '';
  const shown = c.unexpectedRows.slice(0, max);
  const out: Content[] = [];
  shown.forEach((row, i) => out.push(i > 0 ? ', ' : '', `${row}: `, code(String(c.examples[i] ?? ''))));
  if ((c.unexpectedCount ?? 0) > shown.length) out.push(text(' …'));
  return out;
}

function profileSection(file: string, rows: number, profile: readonly ColumnProfile[], multiple: boolean): Block {
  const body = table(
    [col('Column'), col('Type'), col('Nulls', 'right'), col('Distinct', 'right'), col('Min', 'right'), col('Max', 'right'), col('Distribution')],
    profile.map((p) => [
      cell(code(p.name)),
      cell(p.loadedType !== 'string' || p.type === 'string' || p.type === 'category' ? p.type : `${p.type} (read as text)`),
      cell(p.nulls > 0 ? `${formatCount(p.nulls)} (${formatPercent(p.nullFraction)})` : '0', p.nulls),
      cell(formatCount(p.distinct), p.distinct),
      cell(bound(p.min), typeof p.min === 'number' ? p.min : null),
      cell(bound(p.max), typeof p.max === 'number' ? p.max : null),
      cell(p.histogram ? code(sparkline(p.histogram.counts)) : p.topValues ? p.topValues.slice(0, 3).flatMap((t, i) => [i > 0 ? ', ' : '', value(t.value), ` (${formatCount(t.count)})`]) : ''),
    ]),
    { caption: `Column profile of ${file}` },
  );
  const label: Content = multiple ? ['Profile of ', code(file), ` (${formatCount(rows)} rows)`] : `Column profile (${formatCount(rows)} rows)`;
  return details(label, [body]);
}

function bound(v: number | string | null): Content {
  if (v === null) return '—';
  return typeof v === 'number' ? formatNumber(v) : value(v);
}
