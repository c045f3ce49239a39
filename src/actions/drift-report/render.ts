/**
 * The drift-report report. The comment: the verdict and what to do, the gates, a chart per
 * drifted column (strongest first, up to {@link CHART_CAP}, the rest named), the columns by drift
 * state — drifted 🔴 and small shifts 🟡 shown, stable 🟢 folded — cut to the comment budget with
 * a pointer to the HTML report, which holds every column with its histogram and ECDF.
 */
import type { ColumnDrift, DriftOutcome, DriftState } from '../../drift/outcome.js';
import { QUANTILE_PROBABILITIES } from '../../drift/distribution.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import { COMMENT_BUDGET, gatesTable, nameList, reportTitle, verdictLine, type ActionReport } from '../../report/action-report.js';
import {
  binLabels,
  cell,
  chart,
  code,
  col,
  details,
  document,
  estimateMarkdownSize,
  heading,
  list,
  note,
  paragraph,
  rowsWithin,
  strong,
  table,
  value,
  type Block,
  type Cell,
  type Content,
} from '../../report/document/index.js';
import { formatCount, formatNumber, formatPercent, formatPValue } from '../../report/format.js';

type DriftReportResult = ActionResult<DriftOutcome>;

/** Drifted columns drawn in the comment, strongest first; the HTML report draws every column. */
export const CHART_CAP = 10;
/** Column names listed per test reason in the comment (the page lists all). */
const REASON_NAMES = 30;

const STATE_ICON: Record<DriftState, string> = { drifted: '🔴', 'small-shift': '🟡', stable: '🟢', skipped: '⏭️' };
const STATE_RANK: Record<DriftState, number> = { drifted: 0, 'small-shift': 1, skipped: 2, stable: 3 };

export function renderDriftReport(result: DriftReportResult, presentation: Presentation): ActionReport {
  const title = reportTitle('Data drift', presentation.name);
  return { title, comment: commentDocument(result, title), page: () => pageDocument(result, title) };
}

/** Columns in report order: drifted, small shifts, skipped, stable; by strength within each. */
function reportOrder(columns: readonly ColumnDrift[]): ColumnDrift[] {
  return [...columns].sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || b.strength - a.strength || a.name.localeCompare(b.name));
}

function facts(result: DriftReportResult): Block {
  const { dataset, rows } = result;
  const shifts = dataset.smallShifts > 0 ? ` · ${formatCount(dataset.smallShifts)} small shift${dataset.smallShifts === 1 ? '' : 's'}` : '';
  return paragraph([
    `${formatCount(dataset.drifted)} of ${formatCount(dataset.columns)} columns drifted (${formatPercent(dataset.driftedShare)})${shifts} · dataset drift: `,
    dataset.drift ? strong('yes') : 'no',
    ` (share ≥ ${formatPercent(result.driftShare)}) · ${formatCount(rows.reference)} reference rows, ${formatCount(rows.current)} current`,
  ]);
}

function head(result: DriftReportResult, title: string): Block[] {
  const blocks: Block[] = [verdictLine(title, result), facts(result)];
  const fromProfile = profileLine(result);
  if (fromProfile) blocks.push(note('note', [paragraph(fromProfile)]));
  const gates = gatesTable(result.gates);
  if (gates) blocks.push(gates);
  if (result.notes.length > 0) blocks.push(note('note', result.notes.map((n) => paragraph(n))));
  return blocks;
}

function commentDocument(result: DriftReportResult, title: string) {
  const ordered = reportOrder(result.columns);
  const drifted = ordered.filter((c) => c.drifted);
  const pictured = drifted.slice(0, CHART_CAP);
  const left = drifted.slice(CHART_CAP);
  const moved: Block[] =
    drifted.length === 0
      ? []
      : [
          heading(3, 'What moved'),
          ...(left.length > 0 ? [paragraph(`The ${CHART_CAP} strongest of ${formatCount(drifted.length)} drifted columns are drawn here; the HTML report draws every column.`)] : []),
          ...pictured.flatMap((c) => columnPicture(c, 'comment')),
          ...(left.length > 0 ? [paragraph([`Not drawn here (${formatCount(left.length)}): `, ...nameList(left.map((c) => c.name), 40), '.'])] : []),
        ];
  const top = [...head(result, title), ...moved, heading(3, 'Columns by drift strength'), stateLegend(result.columns)];
  const tail = [details('Why these tests', [reasons(result.columns, REASON_NAMES)]), ...profileDetails(result), details('How drift was decided', method(result))];
  // The table gets what the rest leaves of the budget; rows past it are in the HTML report and the JSON.
  const fixed = estimateMarkdownSize(document(top, tail)) + 600;
  const rows = ordered.map((c) => columnRow(c, result.profile));
  const shown = rowsWithin(COLUMNS, rows, COMMENT_BUDGET - fixed);
  const notStable = ordered.filter((c) => c.state !== 'stable').length;
  const cut = rows.length - shown;
  return document(
    top,
    table(COLUMNS, rows.slice(0, shown), { foldAfter: Math.min(notStable, shown), rowNoun: notStable >= shown ? 'columns' : 'stable columns', caption: 'Columns by drift strength' }),
    cut > 0 && paragraph(`${formatCount(cut)} more ${notStable > shown ? '' : 'stable '}columns are in the HTML report and the JSON result.`),
    tail,
  );
}

function pageDocument(result: DriftReportResult, title: string) {
  const ordered = reportOrder(result.columns);
  const compared = ordered.filter((c) => c.status === 'tested');
  return document(
    head(result, title),
    heading(2, 'Columns by drift strength'),
    stateLegend(result.columns),
    table(COLUMNS, ordered.map((c) => columnRow(c, result.profile)), { caption: 'Columns by drift strength' }),
    compared.length > 0 && heading(2, 'Every compared column'),
    compared.length > 0 && paragraph('Per column: the reference and current shares in equal-width bins and, for numbers, both ECDFs. Drifted columns are open; open any other to draw its charts.'),
    ...compared.map((c) => details([STATE_ICON[c.state], ' ', code(c.name), ' — ', summaryOf(c) || stateWord(c.state)], columnPicture(c, 'page'), c.drifted)),
    details('Why these tests', [reasons(result.columns, Infinity)]),
    ...profileDetails(result),
    details('How drift was decided', method(result)),
  );
}

const COLUMNS = [col('State'), col('Column'), col('Type'), col('Test'), col('Statistic', 'right'), col('p-value', 'right'), col('Adjusted p', 'right'), col('Effect size', 'right'), col('Missing', 'right')];

function columnRow(c: ColumnDrift, profile?: DriftReportResult['profile']): Cell[] {
  const bounds = profile?.[c.name];
  return [
    cell(`${STATE_ICON[c.state]}${bounds?.undecided ? '❔' : ''}`, STATE_RANK[c.state]),
    cell(code(c.name)),
    cell(c.type),
    cell(c.test ? [code(c.test), c.state === 'small-shift' ? ` — ${smallShiftReason(c)}` : ''] : c.reason),
    cell(withBound(c.statistic, bounds?.statisticBounds ?? null), c.statistic),
    cell(c.scoreKind === 'p-value' ? formatPValue(c.pValue) : '—', c.scoreKind === 'p-value' ? c.pValue : null),
    cell(c.scoreKind === 'p-value' ? formatPValue(c.adjustedPValue) : '—', c.scoreKind === 'p-value' ? c.adjustedPValue : null),
    cell(c.effectSize ? `${formatNumber(c.effectSize.value)} ${c.effectSize.name === 'hellinger' ? 'H' : 'σ'}` : '—', c.effectSize?.value ?? null),
    cell(nullsCell(c), c.nulls?.current ?? null),
  ];
}

/** A statistic with the half-width of its interval when it came from a sketch ("0.0123 ±0.002"). */
function withBound(statistic: number | null, bounds: readonly [number, number] | null): string {
  if (statistic === null || bounds === null || bounds[0] === bounds[1]) return formatNumber(statistic);
  return `${formatNumber(statistic)} ±${formatNumber(Math.max(statistic - bounds[0], bounds[1] - statistic))}`;
}

/** Which side was a profile, and how many columns are exact, bounded, coarsened or refused. */
function profileLine(result: DriftReportResult): Content[] | undefined {
  if (!result.profiles || !result.profile) return undefined;
  const sides = (['reference', 'current'] as const)
    .filter((role) => result.profiles![role] !== null)
    .flatMap((role, i): Content[] => {
      const p = result.profiles![role]!;
      return [i > 0 ? '; ' : '', `the ${role} is a profile of `, code(p.input), ` (${formatCount(p.rows)} rows, ${p.engine})`];
    });
  const notes = Object.values(result.profile);
  const count = (mode: string) => notes.filter((n) => n.mode === mode).length;
  const modes = [['exact', 'exact'], ['bounded', 'bounded by the sketches'], ['coarsened', 'tested on sampled categories'], ['refused', 'not testable from a profile']]
    .filter(([mode]) => count(mode) > 0)
    .map(([mode, text]) => `${count(mode)} ${text}`);
  const undecided = notes.filter((n) => n.undecided).length;
  const worst = Math.max(0, ...notes.map((n) => n.rankError ?? 0));
  const bound = worst > 0 ? `; KS statistic ±${formatNumber(worst)} at most` : '';
  return [...sides, `: ${modes.join(', ')}${bound}${undecided > 0 ? `; ${undecided} column${undecided === 1 ? '' : 's'} ❔ undecided (drifted at one end of the bounds, not at the other)` : ''}.`];
}

/** Every column's intervals when a side was a profile (folded). */
function profileDetails(result: DriftReportResult): Block[] {
  const profile = result.profile;
  if (!profile) return [];
  const interval = (b: readonly [number, number] | null, p = false) => (b === null ? '—' : `[${(p ? formatPValue : formatNumber)(b[0])}, ${(p ? formatPValue : formatNumber)(b[1])}]`);
  const rows = reportOrder(result.columns)
    .filter((c) => profile[c.name] !== undefined)
    .map((c) => {
      const n = profile[c.name];
      return [cell(code(c.name)), cell(`${n.mode}${n.undecided ? ' ❔' : ''}`), cell(interval(n.statisticBounds)), cell(interval(n.pValueBounds, true)), cell(interval(n.adjustedPValueBounds, true)), cell(interval(n.effectBounds)), cell(n.reason)];
    });
  return [
    details('Numbers from a profile, and their bounds', [
      table([col('Column'), col('From the profile'), col('Statistic', 'right'), col('p-value', 'right'), col('Adjusted p', 'right'), col('Effect size', 'right'), col('Why')], rows, { caption: 'Numbers from a profile, and their bounds' }),
      paragraph('Intervals hold the exact number (the one the raw rows give) with probability ≥ 1 − 10⁻⁶ per sketch. Columns are decided at the estimates and at both ends of the intervals: a gate whose bound misses its threshold while the estimate meets it is inconclusive.'),
    ]),
  ];
}

/** The three drift states (and skipped, when a column was) in one line under the table heading. */
function stateLegend(columns: readonly ColumnDrift[]): Block {
  const parts: Content[] = ['🔴 drifted: significant, and the effect reaches the floor · 🟡 small shift: significant, but the effect is below the floor · 🟢 stable: no significant change'];
  if (columns.some((c) => c.state === 'skipped')) parts.push(' · ⏭️ skipped: not compared (see the test column)');
  return paragraph(parts);
}

function stateWord(state: DriftState): string {
  return state === 'small-shift' ? 'small shift' : state;
}

/** Why a significant change is not drift: its effect is below the floor. */
function smallShiftReason(c: ColumnDrift): string {
  const parts: string[] = [];
  if (c.significant && c.effectSize) {
    const unit = c.effectSize.name === 'hellinger' ? 'H' : 'σ';
    parts.push(`significant (adjusted p ${formatPValue(c.adjustedPValue)}), but the effect ${formatNumber(c.effectSize.value)} ${unit} is below the ${formatNumber(c.minEffect)} ${unit} floor`);
  }
  if (c.nulls && !c.nulls.drifted && c.nulls.adjustedPValue !== null && c.nulls.adjustedPValue <= c.nulls.threshold) {
    parts.push(`missing values changed significantly (adjusted p ${formatPValue(c.nulls.adjustedPValue)}), but by less than ${formatPercent(c.nulls.minEffect)}`);
  }
  return `small shift: ${parts.join('; ')}`;
}

function nullsCell(c: ColumnDrift): Content {
  if (!c.nulls) return '—';
  if (c.nulls.reference === 0 && c.nulls.current === 0) return 'none';
  const text = `${formatPercent(c.nulls.reference)} → ${formatPercent(c.nulls.current)}`;
  return c.nulls.drifted ? strong(text) : text;
}

/** Each distinct reason for a test choice once, with (up to `max` of) the columns it applies to. */
function reasons(columns: readonly ColumnDrift[], max: number): Block {
  const byReason = new Map<string, string[]>();
  for (const c of columns) byReason.set(c.reason, [...(byReason.get(c.reason) ?? []), c.name]);
  return list([...byReason].map(([reason, names]) => [`${reason}: `, ...nameList(names, max)]));
}

/**
 * A column's pictures. Numbers: reference vs current shares in equal-width bins (the comment
 * draws reference as bars and current as a line, the page both as bars) and, on the page, both
 * ECDFs. Categories: the shares of the categories that moved most, and on the page their table.
 */
function columnPicture(c: ColumnDrift, medium: 'comment' | 'page'): Block[] {
  const line = paragraph([strong(code(c.name)), ' — ', summaryOf(c) || stateWord(c.state)]);
  const out: Block[] = medium === 'comment' ? [line] : [];
  if (c.distribution) {
    const d = c.distribution;
    out.push(
      chart({
        kind: 'bins',
        title: `${c.name}: share of values per bin`,
        description: `Share of the reference and of the current values of ${c.name} in ${d.reference.length} equal-width bins spanning both samples' 1st to 99th percentiles; the outer bins hold the tails.`,
        bins: binLabels(d.edges),
        series: [
          { name: 'reference', values: d.reference },
          { name: 'current', values: d.current },
        ],
        xLabel: `${c.name} (equal-width bins)`,
        yLabel: 'share of values',
      }),
    );
    if (medium === 'page') {
      out.push(
        chart({
          kind: 'ecdf',
          title: `${c.name}: ECDF, reference vs current`,
          description: `Share of values at or below x, for the reference and the current sample of ${c.name}, read at their quantiles k/16.`,
          xLabel: c.name,
          series: [
            { name: 'reference', x: d.quantiles.reference, p: [...QUANTILE_PROBABILITIES] },
            { name: 'current', x: d.quantiles.current, p: [...QUANTILE_PROBABILITIES] },
          ],
        }),
      );
    }
  } else if (c.categories && c.categories.length > 0) {
    const cats = c.categories;
    out.push(
      chart({
        kind: 'bins',
        title: `${c.name}: share per category`,
        description: `Share of the reference and of the current rows of ${c.name} in the ${cats.length} categories whose share moved most.`,
        bins: cats.map((k) => k.label),
        series: [
          { name: 'reference', values: cats.map((k) => k.reference) },
          { name: 'current', values: cats.map((k) => k.current) },
        ],
        xLabel: 'category',
        yLabel: 'share of rows',
      }),
    );
    if (medium === 'page') {
      out.push(
        table(
          [col('Category'), col('Reference', 'right'), col('Current', 'right'), col('Change', 'right')],
          cats.map((k) => [cell(value(k.label)), cell(formatPercent(k.reference), k.reference), cell(formatPercent(k.current), k.current), cell(signedPoints(k.change), k.change)]),
          { caption: `${c.name}: categories that moved most` },
        ),
      );
    }
  }
  if (medium === 'page') out.unshift(paragraph([`${c.type} · `, c.test ? [code(c.test), `: ${c.reason}`] : c.reason, ` · ${formatCount(c.values.reference)} reference values, ${formatCount(c.values.current)} current`]));
  return out;
}

function summaryOf(c: ColumnDrift): string {
  const parts: string[] = [];
  if (c.test && c.statistic !== null) parts.push(`${c.testName ?? c.test}: ${c.scoreKind === 'p-value' ? `adjusted p ${formatPValue(c.adjustedPValue)}` : `${formatNumber(c.statistic)} (threshold ${formatNumber(c.threshold)})`}`);
  if (c.effectSize) parts.push(`effect size ${formatNumber(c.effectSize.value)} ${c.effectSize.name.replace('_', ' ')}`);
  if (c.nulls?.drifted) parts.push(`missing values ${formatPercent(c.nulls.reference)} → ${formatPercent(c.nulls.current)}`);
  return parts.join('; ');
}

function signedPoints(delta: number): string {
  const points = delta * 100;
  return `${points >= 0 ? '+' : '−'}${formatNumber(Math.abs(points))} pts`;
}

function method(result: DriftReportResult): Block[] {
  return [
    list([
      ['tests: ', code(result.stattest), '; multiple-testing correction: ', code(result.correction), ` across the p-value tests; dataset drift when at least ${formatPercent(result.driftShare)} of ${formatCount(result.dataset.columns)} columns drift`],
      'a p-value test flags a column when its adjusted p-value passes the threshold and, unless turned off, its effect size reaches the floor (0.1 reference standard deviations for numbers, the equivalent Hellinger distance for categories); distance tests compare their score with their threshold',
      ['🔴 drifted: significant and the effect reaches the floor; 🟡 small shift: significant, but the effect is below the floor (a real change, probably harmless at this size: gate on it with ', code('small_shift_count'), '); 🟢 stable: not significant'],
      'effect size: σ = Wasserstein distance in reference standard deviations (numeric), H = Hellinger distance of the category shares (categorical)',
      'missing values: the share of empty values is compared too (two-proportion z-test); NaN and empty are missing, ±∞ are left out of the value tests',
      'charts: shares in 10 equal-width bins from the pooled 1st to the 99th percentile (the outer bins hold the tails); the tests themselves use the bins and samples their definitions name',
    ]),
  ];
}
