/**
 * The two prediction files → rows paired (on the id column, or by position), the task and class
 * labels decided once for both, the truth checked to agree row by row. Or, with no champion, the
 * challenger alone (first run).
 */
import { existsSync } from 'node:fs';
import { DataError } from '../errors.js';
import { loadTable, type LoadOptions } from '../io/index.js';
import { loadTablePair } from '../io/load-pair.js';
import type { RowSample } from '../io/row-sample.js';
import { columnNames, getColumn, hasColumn, isNumeric, type Column, type Table } from '../io/table.js';
import type { ModelPredictions } from '../metrics/paired-comparison.js';
import { classLabelsOf, predictionColumnOf, preparePredictions } from '../predictions/prepare.js';
import { sliceColumn } from '../predictions/prepare.js';
import { completeBinaryLabels, sortLabels } from '../predictions/labels.js';
import { neededColumns } from '../predictions/needed-columns.js';
import { pairRowsById, pairRowsByPosition, type RowPairing } from '../predictions/pair-rows.js';
import { decideTask, type Task } from '../predictions/task.js';
import { takeRows, takeSlice } from '../predictions/take-rows.js';
import type { PreparedClassification, PreparedPredictions, PreparedRegression, SliceColumn } from '../predictions/types.js';
import type { ComparisonSettings } from './settings.js';
import type { JoinSummary } from './outcome.js';
import { collectGarbage } from '../util/collect-garbage.js';

/** Relative tolerance when checking that the two files' regression targets agree. */
const TARGET_TOLERANCE = 1e-9;

interface PairedBase {
  readonly taskReason: string;
  readonly rows: number;
  readonly slices: readonly SliceColumn[];
}

export interface PairedRegression extends PairedBase {
  readonly task: 'regression';
  readonly yTrue: Float64Array;
  readonly champion: Float64Array;
  readonly challenger: Float64Array;
}

export interface PairedClassification extends PairedBase {
  readonly task: 'binary' | 'multiclass';
  readonly labels: readonly string[];
  readonly positive?: number;
  readonly positiveReason?: string;
  readonly yTrue: Int32Array;
  readonly champion: ModelPredictions;
  readonly challenger: ModelPredictions;
}

export type PairedData = PairedRegression | PairedClassification;

export type Loaded =
  | { readonly kind: 'paired'; readonly data: PairedData; readonly join: JoinSummary; readonly championRows: number; readonly challengerRows: number }
  | { readonly kind: 'first-run'; readonly challenger: PreparedPredictions; readonly reason: string };

export async function loadComparison(config: ComparisonSettings, sample?: RowSample): Promise<Loaded> {
  const firstRun = firstRunReason(config);
  // Sampled by id when rows are joined on it, so both files keep the same ids.
  const keyed = sample && config.idColumn !== undefined ? { ...sample, key: config.idColumn } : sample;
  const options: LoadOptions = { nullValues: config.nullValues, select: neededColumns(config, [config.idColumn]), sample: keyed };
  if (firstRun !== undefined) {
    const table = await loadTable(config.challenger, options);
    const prepared = preparePredictions(table, config);
    requireFiniteValues(table, prepared, config);
    return { kind: 'first-run', challenger: prepared, reason: firstRun };
  }
  const { challenger, champion, challengerTable, championTable, fromChampion } = await readBothFiles(config, options);
  // The files' label and score columns live on only as class codes and prepared arrays; free
  // the rest before the join allocates, so two million-row files do not cost their columns twice.
  collectGarbage();

  const pairing = pairRows(config, championTable, challengerTable);
  const join = summariseJoin(config, pairing, championTable, challengerTable);
  const a = takeRows(champion, pairing.championRows);
  const b = takeRows(challenger, pairing.challengerRows);
  requireSameTruth(a, b, (pair) => describePair(config, challengerTable, pairing, pair), config.idColumn === undefined ? idColumnHint(championTable, challengerTable) : undefined);
  const championSlices = fromChampion.map((name) => takeSlice(sliceColumn(getColumn(championTable, name)), pairing.championRows));
  const slices = config.sliceColumns.map((name) => [...b.slices, ...championSlices].find((s) => s.name === name)!);
  return { kind: 'paired', data: pairedData(a, b, slices), join, championRows: championTable.rowCount, challengerRows: challengerTable.rowCount };
}

interface PreparedFiles {
  readonly challenger: PreparedPredictions;
  readonly champion: PreparedPredictions;
  /** The tables with only their id and slice columns: all the join and the messages still read. */
  readonly challengerTable: Table;
  readonly championTable: Table;
  /** Slice columns taken from the champion file (the challenger does not have them). */
  readonly fromChampion: readonly string[];
}

/**
 * Both files loaded (the champion in a worker thread when they are large: load-pair.ts) and
 * prepared with one task and one label set. Its own function so that, when it returns, nothing
 * refers to the whole tables any more.
 */
async function readBothFiles(config: ComparisonSettings, options: LoadOptions): Promise<PreparedFiles> {
  const [challengerTable, championTable] = await loadTablePair(config.challenger, options, config.champion!, options);
  if (config.idColumn !== undefined) for (const table of [championTable, challengerTable]) getColumn(table, config.idColumn);
  const task = decideSharedTask(config, championTable, challengerTable);
  const labels = task.task === 'regression' ? undefined : sharedLabels(config, task.task, championTable, challengerTable);
  const fromChallenger = config.sliceColumns.filter((name) => hasColumn(challengerTable, name) || !hasColumn(championTable, name));
  const fromChampion = config.sliceColumns.filter((name) => !fromChallenger.includes(name));
  const challenger = preparePredictions(challengerTable, { ...config, sliceColumns: fromChallenger }, { task, labels });
  const champion = preparePredictions(championTable, { ...config, sliceColumns: [] }, { task, labels });
  requireFiniteValues(challengerTable, challenger, config);
  requireFiniteValues(championTable, champion, config);
  const stillRead = new Set([config.idColumn, ...config.sliceColumns]);
  return { challenger, champion, challengerTable: onlyColumns(challengerTable, stillRead), championTable: onlyColumns(championTable, stillRead), fromChampion };
}

/** The table with only the named columns (every name kept in fileColumns for messages). */
function onlyColumns(table: Table, names: ReadonlySet<string | undefined>): Table {
  return { ...table, columns: table.columns.filter((c) => names.has(c.name)), fileColumns: columnNames(table) };
}

/** Why this is a first run, or undefined when there is a champion to compare with. */
function firstRunReason(config: ComparisonSettings): string | undefined {
  if (config.champion === undefined) return 'no champion input was given';
  if (existsSync(config.champion)) return undefined;
  if (config.allowMissingChampion) return `the champion file ${config.champion} does not exist (allow-missing-champion)`;
  throw new DataError(`the champion file does not exist; on a first run leave the champion input empty, or set allow-missing-champion: true`, { file: config.champion });
}

/** The task given, else inferred from the challenger — multiclass if either file has more than two classes. */
function decideSharedTask(config: ComparisonSettings, champion: Table, challenger: Table): { task: Task; reason: string } {
  const fromChallenger = decideTask(config.task, getColumn(challenger, config.labelColumn), predictionColumnOf(challenger, config));
  if (config.task !== undefined || fromChallenger.task !== 'binary') return fromChallenger;
  const fromChampion = decideTask(undefined, getColumn(champion, config.labelColumn), predictionColumnOf(champion, config));
  return fromChampion.task === 'multiclass' ? { task: 'multiclass', reason: `${fromChampion.reason} (champion file)` } : fromChallenger;
}

/** One label set for both files (so class codes agree): the labels input, else the union of both files' classes. */
function sharedLabels(config: ComparisonSettings, task: Task, champion: Table, challenger: Table): string[] {
  if (config.labels.length > 0) return sortLabels(config.labels);
  const found = [...classLabelsOf(challenger, config), ...classLabelsOf(champion, config)];
  return sortLabels(task === 'binary' ? completeBinaryLabels(found, config.positiveLabel) : found);
}

function pairRows(config: ComparisonSettings, champion: Table, challenger: Table): RowPairing {
  if (config.idColumn === undefined) {
    const hint = idColumnHint(champion, challenger);
    if (hint && champion.rowCount !== challenger.rowCount) {
      throw new DataError(`the champion has ${champion.rowCount} rows and the challenger ${challenger.rowCount} (${challenger.source}): without id-column the rows are paired by position; ${hint}`, { file: champion.source });
    }
    return pairRowsByPosition(champion, challenger);
  }
  const pairing = pairRowsById({ table: champion, column: getColumn(champion, config.idColumn) }, { table: challenger, column: getColumn(challenger, config.idColumn) });
  const { onlyChampion, onlyChallenger } = pairing;
  if (pairing.championRows.length === 0) {
    throw new DataError(`no ${config.idColumn} is in both files (${champion.source}: ${champion.rowCount} rows, ${challenger.source}: ${challenger.rowCount} rows): they hold different examples`, {});
  }
  if (!config.allowPartial && onlyChampion.count + onlyChallenger.count > 0) {
    const parts: string[] = [];
    if (onlyChampion.count > 0) parts.push(`${onlyChampion.count} only in the champion ${champion.source} (${examples(onlyChampion)})`);
    if (onlyChallenger.count > 0) parts.push(`${onlyChallenger.count} only in the challenger ${challenger.source} (${examples(onlyChallenger)})`);
    throw new DataError(`${parts.join(' and ')} — ids of ${config.idColumn} must match; set allow-partial: true to compare the ${pairing.championRows.length} rows in both`, {});
  }
  return pairing;
}

function examples(unpaired: { count: number; examples: string[] }): string {
  const listed = unpaired.examples.map((id) => `"${id}"`).join(', ');
  return unpaired.count > unpaired.examples.length ? `${listed}, …` : listed;
}

function summariseJoin(config: ComparisonSettings, pairing: RowPairing, champion: Table, challenger: Table): JoinSummary {
  return {
    by: config.idColumn === undefined ? 'position' : 'id',
    idColumn: config.idColumn ?? null,
    paired: pairing.championRows.length,
    championRows: champion.rowCount,
    challengerRows: challenger.rowCount,
    onlyChampion: pairing.onlyChampion,
    onlyChallenger: pairing.onlyChallenger,
  };
}

/** "id "17"" or "row 5" for messages about a pair. */
function describePair(config: ComparisonSettings, challenger: Table, pairing: RowPairing, pair: number): string {
  const row = pairing.challengerRows[pair];
  if (config.idColumn === undefined) return `row ${row + 1}`;
  return `id "${idText(getColumn(challenger, config.idColumn), row)}"`;
}

function idText(column: Column, row: number): string {
  return isNumeric(column) ? String(column.values[row]) : column.dictionary[column.codes[row]];
}

/** Both files must describe the same examples: the true labels agree on every pair. */
function requireSameTruth(champion: PreparedPredictions, challenger: PreparedPredictions, describe: (pair: number) => string, hint: string | undefined): void {
  if (champion.task === 'regression') {
    const a = champion.yTrue;
    const b = (challenger as PreparedRegression).yTrue;
    for (let i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > TARGET_TOLERANCE * Math.max(1, Math.abs(a[i]), Math.abs(b[i]))) throw truthMismatch(describe(i), String(a[i]), String(b[i]), hint);
    }
    return;
  }
  const a = champion.yTrue;
  const b = (challenger as PreparedClassification).yTrue;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) throw truthMismatch(describe(i), champion.labels[a[i]], champion.labels[b[i]], hint);
  }
}

function truthMismatch(where: string, champion: string, challenger: string, hint: string | undefined): DataError {
  const advice = hint ?? 'both must hold the same examples with the same labels';
  return new DataError(`the true label of ${where} differs between the files (champion ${champion}, challenger ${challenger}): ${advice}`, {});
}

/** Names that usually identify a row. */
const ID_LIKE = /^(id|ids|uuid|guid|key|row_?id|example_?id|sample_?id|record_?id|.+[_-]id)$/i;

/**
 * Rows paired by position that disagree are most often files in different orders: when both
 * files have an id-like column, say to join on it.
 */
function idColumnHint(champion: Table, challenger: Table): string | undefined {
  const inChallenger = new Set(columnNames(challenger));
  const shared = columnNames(champion).filter((name) => inChallenger.has(name) && ID_LIKE.test(name));
  if (shared.length === 0) return undefined;
  const best = shared.find((name) => name.toLowerCase() === 'id') ?? shared[0];
  return `the rows are paired by position, and both files have a column "${best}": set id-column: ${best} (--id-column ${best}) to join them on it`;
}

/** Scores, probabilities and regression values must be finite numbers (named by file, column and row). */
function requireFiniteValues(table: Table, data: PreparedPredictions, config: ComparisonSettings): void {
  const check = (values: Float64Array | undefined, column: string | undefined) => {
    if (!values || !column) return;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) throw new DataError(`${values[i]} is not a finite number`, { file: table.source, column, row: i + 1 });
    }
  };
  if (data.task === 'regression') {
    check(data.yTrue, config.labelColumn);
    check(data.yPred, config.predictionColumn);
  } else if (config.scoreColumn) {
    check(data.score, config.scoreColumn);
  }
}

function pairedData(champion: PreparedPredictions, challenger: PreparedPredictions, slices: readonly SliceColumn[]): PairedData {
  if (challenger.task === 'regression') {
    return { task: 'regression', taskReason: challenger.taskReason, rows: challenger.rows, slices, yTrue: challenger.yTrue, champion: (champion as PreparedRegression).yPred, challenger: challenger.yPred };
  }
  const a = champion as PreparedClassification;
  return {
    task: challenger.task,
    taskReason: challenger.taskReason,
    rows: challenger.rows,
    slices,
    labels: challenger.labels,
    positive: challenger.positive,
    positiveReason: challenger.positiveReason,
    yTrue: challenger.yTrue,
    champion: { yPred: a.yPred, score: a.score, probabilities: a.probabilities },
    challenger: { yPred: challenger.yPred, score: challenger.score, probabilities: challenger.probabilities },
  };
}
