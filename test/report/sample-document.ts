/**
 * A document that uses every block and inline kind, with hostile text in every place data can
 * reach: pipes, line breaks, HTML, mentions, issue references, comment markers, empty and blank
 * values, control characters, very long values, emoji and CJK. Shared by the backend snapshots
 * and the browser tests.
 */
import {
  cell,
  chart,
  code,
  codeBlock,
  col,
  details,
  document,
  emphasis,
  heading,
  link,
  list,
  note,
  paragraph,
  status,
  strong,
  table,
  value,
  type ReportDocument,
} from '../../src/report/document/index.js';
import { binLabels, ecdfPoints } from '../../src/report/document/charts.js';

export const HOSTILE = {
  pipe: 'a|b',
  newline: 'line one\nline two',
  script: '<script>alert(1)</script>',
  mention: '@octocat',
  team: '@org/team',
  issue: '#12',
  marker: 'c<!-- mlgate:drift-report -->',
  empty: '',
  blank: '   ',
  padded: ' DE ',
  control: 'bell\u0007esc\u001b[31mred',
  long: 'x'.repeat(300),
  wide: '東京 🚀 ok',
  entity: '&lt; 10 & #lt;',
  quote: 'say "hi" `tick`',
} as const;

/** A deterministic pseudo-random sample (LCG), sorted: the ECDF series. */
function sample(n: number, shift: number, seed: number): number[] {
  let s = seed;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const u1 = (s + 1) / 2147483649;
    s = (s * 1103515245 + 12345) % 2147483648;
    const u2 = (s + 1) / 2147483649;
    out.push(10 + shift + 2 * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
  }
  return out.sort((a, b) => a - b);
}

export function sampleDocument(): ReportDocument {
  const edges = [8.1, 9.2, 10.25, 11.5, 12];
  const reference = sample(400, 0, 7);
  const current = sample(400, 0.8, 11);
  const h = (xs: number[]) => {
    const counts = new Array(edges.length + 1).fill(0);
    for (const v of xs) counts[edges.filter((e) => v >= e).length]++;
    return counts.map((c: number) => c / xs.length);
  };
  return document(
    heading(2, ['Data drift — ', value(HOSTILE.script)]),
    paragraph([status('fail'), ' ', strong('2 of 5 columns drifted'), ' — ', emphasis('dataset drift: yes'), ' · see ', link('the run', 'https://github.com/o/r/actions/runs/1'), ' and ', link('this', 'javascript:alert(1)')]),
    paragraph(`- not a list: ${HOSTILE.mention} ${HOSTILE.team} ${HOSTILE.issue} ${HOSTILE.marker}`),
    table(
      [col(''), col('Column'), col('Value'), col('p-value', 'right'), col('Note', 'center')],
      [
        [cell(status('fail')), cell(code(HOSTILE.pipe)), cell(value(HOSTILE.newline)), cell('0.0012', 0.0012), cell(HOSTILE.script)],
        [cell(status('pass')), cell(code(HOSTILE.empty)), cell(value(HOSTILE.empty)), cell('0.5', 0.5), cell(HOSTILE.mention)],
        [cell(status('warn')), cell(code(HOSTILE.blank)), cell(value(HOSTILE.blank)), cell('—', null), cell(HOSTILE.issue)],
        [cell(status('skipped')), cell(code(HOSTILE.padded)), cell(value(HOSTILE.control)), cell('0.031', 0.031), cell(HOSTILE.entity)],
        [cell(status('inconclusive')), cell(code('`tick`')), cell(value(HOSTILE.wide)), cell('1e-12', 1e-12), cell(HOSTILE.quote)],
        [cell(status('error')), cell(code(HOSTILE.long)), cell(value(HOSTILE.long)), cell('1', 1), cell('')],
        [cell(status('pass')), cell(code('stable_1')), cell(value('a')), cell('0.9', 0.9), cell('')],
        [cell(status('pass')), cell(code('stable_2')), cell(value('b')), cell('0.8', 0.8), cell('')],
        [cell(status('pass')), cell(code('stable_3')), cell(value('c')), cell('0.7', 0.7), cell('')],
      ],
      { foldAfter: 6, rowNoun: 'stable columns', caption: 'Columns by drift strength' },
    ),
    details(['Why these tests (', code(HOSTILE.script), ', ', HOSTILE.mention, ')'], [
      list([['KS for ', code('age'), ': numeric'], [HOSTILE.newline], ['1. looks ordered']]),
      list(['first', 'second'], true),
    ]),
    chart({
      kind: 'bins',
      title: `age${HOSTILE.entity}: share per reference-quantile bin`,
      description: 'Bars: reference share per bin; line: current share.',
      bins: binLabels(edges),
      series: [
        { name: 'reference', values: h(reference) },
        { name: 'current', values: h(current) },
      ],
      xLabel: 'reference quantile bin',
      yLabel: 'share',
    }),
    chart({
      kind: 'ecdf',
      title: 'age: ECDF, reference vs current',
      description: 'Share of values at or below x in each sample.',
      xLabel: 'age',
      series: [
        { name: 'reference', ...ecdfPoints(reference, 60) },
        { name: 'current', ...ecdfPoints(current, 60) },
      ],
    }),
    chart({
      kind: 'curve',
      title: 'ROC curve',
      description: 'True-positive rate against false-positive rate, with a 95% band.',
      xLabel: 'false-positive rate',
      yLabel: 'true-positive rate',
      guide: { kind: 'diagonal', label: 'chance' },
      series: [
        { name: 'champion', x: [0, 0, 0.1, 0.3, 0.6, 1], y: [0, 0.4, 0.7, 0.85, 0.95, 1], lower: [0, 0.3, 0.6, 0.78, 0.9, 1], upper: [0, 0.5, 0.8, 0.9, 0.98, 1] },
        { name: 'challenger', x: [0, 0, 0.1, 0.3, 0.6, 1], y: [0, 0.5, 0.75, 0.9, 0.97, 1] },
      ],
    }),
    chart({
      kind: 'curve',
      title: 'Precision–recall',
      description: 'Precision against recall; the grey line is the positive rate.',
      xLabel: 'recall',
      yLabel: 'precision',
      guide: { kind: 'horizontal', y: 0.3, label: 'positive rate 0.3' },
      series: [{ name: 'model', x: [0, 0.2, 0.5, 0.8, 1], y: [1, 0.9, 0.8, 0.6, 0.3], interpolation: 'step' }],
    }),
    chart({
      kind: 'intervals',
      title: 'Δ challenger − champion with 95% intervals',
      description: 'Each metric’s difference with its interval; the red line is the gate threshold.',
      axisLabel: 'Δ (challenger − champion)',
      items: [
        { label: 'accuracy', value: 0.012, lower: -0.004, upper: 0.028 },
        { label: 'roc_auc', value: 0.02, lower: 0.008, upper: 0.032 },
        { label: `f1 ${HOSTILE.script}`, value: -0.015, lower: -0.035, upper: 0.004 },
        { label: 'log_loss', value: -0.01, lower: null, upper: null },
      ],
      threshold: { value: -0.01, label: 'gate' },
    }),
    chart({
      kind: 'bars',
      title: 'accuracy by region',
      description: 'Accuracy per value of region with 95% Wilson intervals.',
      axisLabel: 'accuracy',
      items: [
        { label: 'north', value: 0.91, lower: 0.88, upper: 0.93 },
        { label: HOSTILE.empty, value: 0.84, lower: 0.79, upper: 0.88 },
        { label: HOSTILE.wide, value: 0.77, lower: 0.7, upper: 0.83 },
      ],
      domain: [0, 1],
      threshold: { value: 0.8, label: 'floor' },
    }),
    chart({
      kind: 'heatmap',
      title: 'Confusion matrix',
      description: 'Rows: true class; columns: predicted class; shade: share of the row.',
      rowLabel: 'true',
      columnLabel: 'predicted',
      rows: ['cat', 'dog', HOSTILE.script],
      columns: ['cat', 'dog', HOSTILE.script],
      values: [
        [50, 3, 1],
        [4, 40, 6],
        [0, 2, 30],
      ],
    }),
    details(['Per-column charts: ', code('income')], [
      chart({
        kind: 'bins',
        title: 'income: share per category',
        description: 'Reference and current share of each income band.',
        bins: ['low', 'mid', 'high'],
        series: [
          { name: 'reference', values: [0.5, 0.3, 0.2] },
          { name: 'current', values: [0.4, 0.35, 0.25] },
        ],
        xLabel: 'band',
        yLabel: 'share',
      }),
      table([col('Band'), col('Change', 'right')], [[value('low'), cell('−10 pts', -10)], [value('high'), cell('+5 pts', 5)], [value('mid'), cell('+5 pts', 5)]]),
    ]),
    note('warning', [paragraph(['Values such as ', code(HOSTILE.marker), ' are shown as written.']), paragraph('Second paragraph.')]),
    codeBlock('a ``` fence\n<script>x</script> @octocat', 'yaml'),
  );
}
