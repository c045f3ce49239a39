/**
 * The report document and its backends — what an action's renderer uses:
 * build a {@link ReportDocument} with the builders, then
 * `toMarkdown(doc)` for the PR comment and job summary, `toTerminal(doc, { colour: useColour(process.stdout) })`
 * for the CLI, and `htmlPage({ title, document: doc })` (src/report/html/page.ts) for the HTML report.
 */
export * from './build.js';
export type { Align, Block, Cell, Column, Content, Inline, NoteTone, ReportDocument } from './model.js';
export type { BarChart, BinsChart, ChartSpec, CurveChart, CurveSeries, EcdfChart, HeatmapChart, IntervalChart, IntervalItem } from './charts.js';
export { binLabels, ecdfPoints } from './charts.js';
export { toMarkdown } from './to-markdown.js';
export { toTerminal, useColour, type TerminalOptions } from './to-terminal.js';
export { estimateMarkdownSize, estimateBlock, rowsWithin } from './size.js';
export { EMPTY_MARK, visibleValue } from './visible.js';
