/** The drift-report report: verdict, gates, columns by drift strength, pictures of the top drifted columns. */
import type { ColumnDrift, DriftState } from '../../drift/outcome.js';
import { sortByDriftStrength } from '../../drift/compute-drift.js';
import { formatCount, formatNumber, formatPercent, formatPValue } from '../../report/format.js';
import { gatesTable } from '../../report/gates-table.js';
import { blocks, code, details, escapeText, heading, table } from '../../report/markdown.js';
import { verdictLine } from '../../report/verdict-line.js';
import type { ActionResult, Presentation } from '../../pipeline/declaration.js';
import type { DriftOutcome } from '../../drift/outcome.js';

type DriftReportResult = ActionResult<DriftOutcome>;

/** Drifted columns drawn as charts (the rest are in the table). */
const PICTURED = 3;

export function renderDriftReport(result: DriftReportResult, common: Presentation): string {
  const title = common.name ? `Data drift — ${escapeText(common.name)}` : 'Data drift';
  const { dataset, rows } = result;
  const shifts = dataset.smallShifts > 0 ? ` · ${dataset.smallShifts} small shift${dataset.smallShifts === 1 ? '' : 's'}` : '';
  const summary = `${dataset.drifted} of ${dataset.columns} columns drifted (${formatPercent(dataset.driftedShare)})${shifts} · dataset drift: ${dataset.drift ? '**yes**' : 'no'} (share ≥ ${formatPercent(result.driftShare)}) · ${formatCount(rows.reference)} reference rows, ${formatCount(rows.current)} current`;
  const sorted = sortByDriftStrength(result.columns);
  const drifted = sorted.filter((c) => c.drifted);
  return blocks(
    verdictLine(title, result, summary),
    profileLine(result),
    gatesTable(result.gates),
    heading(3, 'Columns by drift strength'),
    columnsTable(sorted, result.profile),
    drifted.length > 0 ? blocks(heading(3, 'What moved'), ...drifted.slice(0, PICTURED).map(picture)) : undefined,
    result.notes.length > 0 ? result.notes.map((n) => `> ${escapeText(n)}`).join('\n>\n') : undefined,
    details('Why these tests', reasons(result.columns)),
    result.profile ? details('Numbers from a profile, and their bounds', profileTable(sorted, result.profile)) : undefined,
    details('How drift was decided', method(result)),
  );
}

/** Which side was a profile, and how many columns are exact, bounded, coarsened or refused. */
function profileLine(result: DriftReportResult): string | undefined {
  if (!result.profiles || !result.profile) return undefined;
  const sides = (['reference', 'current'] as const)
    .filter((role) => result.profiles![role] !== null)
    .map((role) => {
      const p = result.profiles![role]!;
      return `the ${role} is a profile of ${code(p.input)} (${formatCount(p.rows)} rows, ${escapeText(p.engine)})`;
    });
  const notes = Object.values(result.profile);
  const count = (mode: string) => notes.filter((n) => n.mode === mode).length;
  const modes = [['exact', 'exact'], ['bounded', 'bounded by the sketches'], ['coarsened', 'tested on sampled categories'], ['refused', 'not testable from a profile']]
    .filter(([mode]) => count(mode) > 0)
    .map(([mode, text]) => `${count(mode)} ${text}`);
  const undecided = notes.filter((n) => n.undecided).length;
  const worst = Math.max(0, ...notes.map((n) => n.rankError ?? 0));
  const bound = worst > 0 ? `; KS statistic ±${formatNumber(worst)} at most` : '';
  return `> ${sides.join('; ')}: ${modes.join(', ')}${bound}${undecided > 0 ? `; ${undecided} column${undecided === 1 ? '' : 's'} ❔ undecided (drifted at one end of the bounds, not at the other)` : ''}.`;
}

function profileTable(columns: readonly ColumnDrift[], profile: NonNullable<DriftReportResult['profile']>): string {
  const interval = (b: readonly [number, number] | null, p = false) => (b === null ? '—' : `[${(p ? formatPValue : formatNumber)(b[0])}, ${(p ? formatPValue : formatNumber)(b[1])}]`);
  const rows = columns
    .filter((c) => profile[c.name] !== undefined)
    .map((c) => {
      const n = profile[c.name];
      return [code(c.name), `${n.mode}${n.undecided ? ' ❔' : ''}`, interval(n.statisticBounds), interval(n.pValueBounds, true), interval(n.adjustedPValueBounds, true), interval(n.effectBounds), escapeText(n.reason)];
    });
  return blocks(
    table(['Column', 'From the profile', 'Statistic', 'p-value', 'Adjusted p', 'Effect size', 'Why'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'l']),
    'Intervals hold the exact number (the one the raw rows give) with probability ≥ 1 − 10⁻⁶ per sketch. Columns are decided at the estimates and at both ends of the intervals: a gate whose bound misses its threshold while the estimate meets it is inconclusive.',
  );
}

const STATE_ICON: Record<DriftState, string> = { drifted: '🔴', 'small-shift': '🟡', stable: '🟢', skipped: '⏭️' };

function columnsTable(columns: readonly ColumnDrift[], profile?: DriftReportResult['profile']): string {
  const rows = columns.map((c) => [
    `${STATE_ICON[c.state]}${profile?.[c.name]?.undecided ? '❔' : ''}`,
    code(c.name),
    c.type,
    c.test ? `${code(c.test)}${c.state === 'small-shift' ? ` — ${escapeText(smallShiftReason(c))}` : ''}` : escapeText(c.reason),
    withBound(c.statistic, profile?.[c.name]?.statisticBounds ?? null),
    c.scoreKind === 'p-value' ? formatPValue(c.pValue) : '—',
    c.scoreKind === 'p-value' ? formatPValue(c.adjustedPValue) : '—',
    c.effectSize ? `${formatNumber(c.effectSize.value)} ${c.effectSize.name === 'hellinger' ? 'H' : 'σ'}` : '—',
    nullsCell(c),
  ]);
  return table(['', 'Column', 'Type', 'Test', 'Statistic', 'p-value', 'Adjusted p', 'Effect size', 'Missing'], rows, ['c', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r']);
}

/** A statistic with the half-width of its interval when it came from a sketch ("0.0123 ±0.002"). */
function withBound(value: number | null, bounds: readonly [number, number] | null): string {
  if (value === null || bounds === null || bounds[0] === bounds[1]) return formatNumber(value);
  return `${formatNumber(value)} ±${formatNumber(Math.max(value - bounds[0], bounds[1] - value))}`;
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

/** Each distinct reason for a test choice once, with the columns it applies to. */
function reasons(columns: readonly ColumnDrift[]): string {
  const byReason = new Map<string, string[]>();
  for (const c of columns) byReason.set(c.reason, [...(byReason.get(c.reason) ?? []), c.name]);
  return [...byReason].map(([reason, names]) => `- ${escapeText(reason)}: ${names.map(code).join(', ')}`).join('\n');
}

function nullsCell(c: ColumnDrift): string {
  if (!c.nulls) return '—';
  if (c.nulls.reference === 0 && c.nulls.current === 0) return 'none';
  const text = `${formatPercent(c.nulls.reference)} → ${formatPercent(c.nulls.current)}`;
  return c.nulls.drifted ? `**${text}**` : text;
}

/** A Mermaid bar/line chart of reference vs current per reference-quantile bin, or the categories that moved most. */
function picture(c: ColumnDrift): string {
  if (c.histogram) {
    const { edges, reference, current } = c.histogram;
    const labels = reference.map((_, i) => chartLabel(binLabel(edges, i)));
    const top = Math.max(...reference, ...current);
    const chart = [
      '```mermaid',
      'xychart-beta',
      `  title "${chartLabel(c.name)}: share per reference bin (bars: reference, line: current)"`,
      `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
      `  y-axis "share" 0 --> ${roundUp(top)}`,
      `  bar [${reference.map(share).join(', ')}]`,
      `  line [${current.map(share).join(', ')}]`,
      '```',
    ].join('\n');
    return blocks(`**${code(c.name)}** — ${escapeText(summaryOf(c))}`, chart);
  }
  if (c.categories) {
    const rows = c.categories.map((k) => [code(k.label), formatPercent(k.reference), formatPercent(k.current), signedPoints(k.current - k.reference)]);
    return blocks(`**${code(c.name)}** — ${escapeText(summaryOf(c))}`, table(['Category', 'Reference', 'Current', 'Change'], rows, ['l', 'r', 'r', 'r']));
  }
  return `**${code(c.name)}** — ${escapeText(summaryOf(c))}`;
}

function summaryOf(c: ColumnDrift): string {
  const parts: string[] = [];
  if (c.valueDrifted && c.test) parts.push(`${c.testName ?? c.test}: ${c.scoreKind === 'p-value' ? `adjusted p ${formatPValue(c.adjustedPValue)}` : `${formatNumber(c.statistic)} (threshold ${formatNumber(c.threshold)})`}`);
  if (c.effectSize) parts.push(`effect size ${formatNumber(c.effectSize.value)} ${c.effectSize.name.replace('_', ' ')}`);
  if (c.nulls?.drifted) parts.push(`missing values ${formatPercent(c.nulls.reference)} → ${formatPercent(c.nulls.current)}`);
  return parts.join('; ');
}

function binLabel(edges: readonly number[], i: number): string {
  if (edges.length === 0) return 'all';
  if (i === 0) return `< ${formatNumber(edges[0])}`;
  if (i >= edges.length) return `≥ ${formatNumber(edges[edges.length - 1])}`;
  return `${formatNumber(edges[i - 1])}–${formatNumber(edges[i])}`;
}

/** Mermaid labels sit inside double quotes: no quotes, no newlines, nothing that closes the block. */
function chartLabel(text: string): string {
  return text.replace(/["`\r\n]/g, ' ').slice(0, 60);
}

function share(p: number): string {
  return String(Math.round(p * 1e4) / 1e4);
}

function roundUp(p: number): string {
  return String(Math.min(1, Math.ceil(p * 20) / 20));
}

function signedPoints(delta: number): string {
  const points = delta * 100;
  return `${points >= 0 ? '+' : '−'}${formatNumber(Math.abs(points))} pts`;
}

function method(result: DriftReportResult): string {
  return [
    `- tests: ${code(result.stattest)}; multiple-testing correction: ${code(result.correction)} across the p-value tests; dataset drift when at least ${formatPercent(result.driftShare)} of ${result.dataset.columns} columns drift`,
    '- a p-value test flags a column when its adjusted p-value passes the threshold and, unless turned off, its effect size reaches the floor (0.1 reference standard deviations for numbers, the equivalent Hellinger distance for categories); distance tests compare their score with their threshold',
    '- 🔴 drifted: significant and the effect reaches the floor; 🟡 small shift: significant, but the effect is below the floor (a real change, probably harmless at this size: gate on it with `small_shift_count`); 🟢 stable: not significant',
    '- effect size: σ = Wasserstein distance in reference standard deviations (numeric), H = Hellinger distance of the category shares (categorical)',
    '- missing values: the share of empty values is compared too (two-proportion z-test); NaN and empty are missing, ±∞ are left out of the value tests',
  ].join('\n');
}
