/**
 * Reports at scale (issue 15): a 2,000-column drift report built from synthetic results through
 * the report machinery (src/report/document/, mermaid/, html/) — the comment must stay under
 * 65,000 characters (GitHub's limit is 65,536) and the HTML report, with every column's table row
 * and a histogram and ECDF per column, must open in Chromium in under 2 s.
 *
 * The comment follows the design phase 2 wires up: verdict, the columns table cut to what fits
 * (rowsWithin on the size estimate) with the stable columns folded, a chart per drifted column
 * up to a cap with a line naming the ones left out, and a pointer to the HTML report.
 * Chromium: Debian's, headless, the same harness as the browser tests; the open time is the
 * page's own navigation timing (load event end), median of 3 fresh tabs.
 *
 * Run: npx tsx bench/report.ts [columns]
 */
import { performance } from 'node:perf_hooks';
import { binLabels, cell, chart, code, col, details, document, ecdfPoints, estimateMarkdownSize, heading, note, paragraph, rowsWithin, status, strong, table, toMarkdown, value, type Block, type Cell } from '../src/report/document/index.js';
import { formatCount, formatNumber, formatPValue } from '../src/report/format.js';
import { htmlPage } from '../src/report/html/page.js';
import { missingBrowser, startHarness } from '../test/browser/browser.js';

const COMMENT_LIMIT = 65_000;
const OPEN_LIMIT_MS = 2_000;
/** Drifted columns drawn in the comment; the rest are named. */
const CHART_CAP = 10;

interface SyntheticColumn {
  name: string;
  drifted: boolean;
  pValue: number;
  statistic: number;
  effect: number;
  edges: number[];
  reference: number[];
  current: number[];
  sortedReference: number[];
  sortedCurrent: number[];
}

export interface ReportBenchRow {
  case: string;
  columns: number;
  commentChars: number;
  commentEstimate: number;
  tableRowsInComment: number;
  htmlMB: number;
  buildMs: number;
  openMs: number | null;
  verdict: string;
}

/** A deterministic LCG in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

export function synthetic(columns: number): SyntheticColumn[] {
  const rand = random(15);
  return Array.from({ length: columns }, (_, i) => {
    const drifted = i % 33 === 0;
    const shift = drifted ? 0.3 + rand() : 0;
    const ref = Array.from({ length: 300 }, () => normal(rand)).sort((a, b) => a - b);
    const cur = Array.from({ length: 300 }, () => normal(rand) + shift).sort((a, b) => a - b);
    const edges = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((q) => ref[Math.floor(q * (ref.length - 1))]);
    const share = (xs: number[]) => {
      const counts = new Array(edges.length + 1).fill(0);
      for (const v of xs) counts[edges.filter((e) => v >= e).length]++;
      return counts.map((c: number) => c / xs.length);
    };
    const name = i === 7 ? 'name with | pipe @user #12' : i === 8 ? '' : `feature_${String(i).padStart(4, '0')}_${['income', 'age', 'tenure', 'score'][i % 4]}`;
    return {
      name,
      drifted,
      pValue: drifted ? 10 ** (-3 - 5 * rand()) : 0.05 + 0.95 * rand(),
      statistic: drifted ? 0.1 + rand() * 0.3 : rand() * 0.08,
      effect: drifted ? shift : rand() * 0.05,
      edges,
      reference: share(ref),
      current: share(cur),
      sortedReference: ref,
      sortedCurrent: cur,
    };
  });
}

function row(c: SyntheticColumn): Cell[] {
  return [cell(status(c.drifted ? 'fail' : 'pass')), cell(code(c.name)), cell('numeric'), cell(code('ks')), cell(formatNumber(c.statistic), c.statistic), cell(formatPValue(c.pValue), c.pValue), cell(`${formatNumber(c.effect)} σ`, c.effect)];
}

const COLUMNS = [col(''), col('Column'), col('Type'), col('Test'), col('Statistic', 'right'), col('Adjusted p', 'right'), col('Effect size', 'right')];

function binsChart(c: SyntheticColumn) {
  return chart({
    kind: 'bins',
    title: `${c.name}: share per reference-quantile bin`,
    description: `Share of reference and current values in each of the 10 reference-quantile bins of ${c.name}.`,
    bins: binLabels(c.edges),
    series: [
      { name: 'reference', values: c.reference },
      { name: 'current', values: c.current },
    ],
    xLabel: 'reference quantile bin',
    yLabel: 'share',
  });
}

/** The PR comment: what fits, the rest pointed to. */
export function commentDocument(columns: readonly SyntheticColumn[]) {
  const sorted = [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.effect - a.effect);
  const drifted = sorted.filter((c) => c.drifted);
  const pictured = drifted.slice(0, CHART_CAP);
  const head: Block[] = [
    paragraph([status('fail'), ' ', strong(`Data drift: FAIL`), ` — ${drifted.length} of ${formatCount(columns.length)} columns drifted`]),
    heading(3, 'What moved'),
    ...pictured.map(binsChart),
    ...(drifted.length > CHART_CAP ? [note('note', [paragraph([`Charts for ${drifted.length - CHART_CAP} more drifted columns are in the HTML report: `, ...drifted.slice(CHART_CAP).flatMap((c, i) => [i > 0 ? ', ' : '', code(c.name)])])])] : []),
    heading(3, 'Columns by drift strength'),
  ];
  const tail: Block[] = [paragraph('All columns, with a histogram and ECDF each, are in the HTML report (artifact mlgate-report).')];
  const fixed = estimateMarkdownSize(document(head, tail)) + 400; // the fold and the cut line
  const rows = sorted.map(row);
  const shown = rowsWithin(COLUMNS, rows, COMMENT_LIMIT - fixed - 2_000);
  const cut = rows.length - shown;
  return {
    shown,
    doc: document(
      head,
      table(COLUMNS, rows.slice(0, shown), { foldAfter: drifted.length, rowNoun: 'stable columns' }),
      cut > 0 && paragraph(`${formatCount(cut)} more stable columns are in the HTML report and the JSON result.`),
      tail,
    ),
  };
}

/** The HTML report: every column, each with its histogram and ECDF (folded). */
export function htmlDocument(columns: readonly SyntheticColumn[]) {
  const sorted = [...columns].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.effect - a.effect);
  return document(
    paragraph([status('fail'), ' ', strong('Data drift: FAIL'), ` — ${sorted.filter((c) => c.drifted).length} of ${formatCount(columns.length)} columns drifted`]),
    heading(2, 'Columns by drift strength'),
    table(COLUMNS, sorted.map(row), { caption: 'Columns by drift strength' }),
    heading(2, 'Every column'),
    ...sorted.map((c) =>
      details([status(c.drifted ? 'fail' : 'pass'), ' ', code(c.name)], [
        binsChart(c),
        chart({
          kind: 'ecdf',
          title: `${c.name}: ECDF`,
          description: `Share of values at or below x, reference and current, for ${c.name}.`,
          xLabel: c.name || '∅',
          series: [
            { name: 'reference', ...ecdfPoints(c.sortedReference, 60) },
            { name: 'current', ...ecdfPoints(c.sortedCurrent, 60) },
          ],
        }),
        paragraph(['KS statistic ', value(formatNumber(c.statistic)), ', adjusted p ', value(formatPValue(c.pValue))]),
      ], c.drifted),
    ),
  );
}

export async function benchReport(columnCount = 2_000): Promise<ReportBenchRow[]> {
  const columns = synthetic(columnCount);
  const t0 = performance.now();
  const { doc, shown } = commentDocument(columns);
  const markdown = toMarkdown(doc);
  const estimate = estimateMarkdownSize(doc);
  const html = htmlPage({ title: 'Data drift — bench', document: htmlDocument(columns) });
  const buildMs = performance.now() - t0;
  let openMs: number | null = null;
  const missing = missingBrowser();
  if (missing) console.warn(missing);
  else {
    const harness = await startHarness();
    try {
      const url = harness.serve('/report.html', html);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const opened = await harness.open(url);
        if (opened.errors.length > 0 || opened.requests.length > 0) throw new Error(`report page: ${[...opened.errors, ...opened.requests].join('; ')}`);
        times.push(opened.loadMs);
        await opened.page.close();
      }
      openMs = times.sort((a, b) => a - b)[1];
    } finally {
      await harness.close();
    }
  }
  const ok = markdown.length < COMMENT_LIMIT && estimate >= markdown.length && (openMs === null || openMs < OPEN_LIMIT_MS);
  return [
    {
      case: `${formatCount(columnCount)}-column drift report`,
      columns: columnCount,
      commentChars: markdown.length,
      commentEstimate: estimate,
      tableRowsInComment: shown,
      htmlMB: Math.round((Buffer.byteLength(html) / 2 ** 20) * 100) / 100,
      buildMs: Math.round(buildMs),
      openMs: openMs === null ? null : Math.round(openMs),
      verdict: ok ? `ok (comment < ${formatCount(COMMENT_LIMIT)}, open < ${formatCount(OPEN_LIMIT_MS)} ms)` : 'OVER A LIMIT',
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 2_000);
  console.table(await benchReport(n));
}
