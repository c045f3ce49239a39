/**
 * A predictions table → the typed arrays the metrics take, with the task decided and every
 * row-level problem reported as a DataError naming the file, column and row.
 */
import { DataError } from '../errors.js';
import { loadTable } from '../io/index.js';
import { getColumn, isNumeric, numericValues, type Column, type Table } from '../io/table.js';
import { cachedLabelCodes } from './label-codes.js';
import { choosePositive, completeBinaryLabels, recodeLabels, sortLabels } from './labels.js';
import { neededColumns } from './needed-columns.js';
import { matchScoreColumns, readProbabilities } from './probabilities.js';
import { decideTask, type Task } from './task.js';
import type { PredictionColumns, PreparedClassification, PreparedPredictions, SliceColumn } from './types.js';

/** Decisions taken across files (compare-champion), overriding the per-file ones. */
export interface PrepareOverrides {
  /** The task, already decided, with its reason. */
  readonly task?: { task: Task; reason: string };
  /**
   * The class labels of a classification task, in order (instead of the labels input, the
   * probability columns or the file's own true labels).
   */
  readonly labels?: readonly string[];
}

/** Loads a predictions file (every format loadTable reads) and prepares it. */
export async function readPredictions(path: string, columns: PredictionColumns, options: { nullValues?: readonly string[] } = {}): Promise<PreparedPredictions> {
  const table = await loadTable(path, { nullValues: options.nullValues, select: neededColumns(columns) });
  return preparePredictions(table, columns, {});
}

export function preparePredictions(table: Table, columns: PredictionColumns, overrides: PrepareOverrides = {}): PreparedPredictions {
  const truth = getColumn(table, columns.labelColumn);
  const predicted = getColumn(table, columns.predictionColumn);
  requireNoMissing(table, truth);
  requireNoMissing(table, predicted);
  const slices = columns.sliceColumns.map((name) => sliceColumn(getColumn(table, name)));
  const { task, reason } = overrides.task ?? decideTask(columns.task, truth, predicted);
  if (task === 'regression') {
    return {
      task,
      taskReason: reason,
      rows: table.rowCount,
      slices,
      yTrue: numericValues(table, columns.labelColumn),
      yPred: numericValues(table, columns.predictionColumn),
    };
  }
  return prepareClassification(table, columns, overrides.labels, task, reason, truth, predicted, slices);
}

export function requireNoMissing(table: Table, column: Column): void {
  if (column.nullCount === 0) return;
  const row = firstMissingRow(column);
  throw new DataError('the value is missing (every row needs a label and a prediction)', { file: table.source, column: column.name, row });
}

function firstMissingRow(column: Column): number {
  if (isNumeric(column)) return column.values.findIndex((v) => Number.isNaN(v)) + 1;
  return column.codes.indexOf(-1) + 1;
}

/**
 * The class labels of a file, before recoding: the labels input, else the probability columns'
 * classes, else the labels found in y_true and y_pred (scikit-learn's unique_labels) — sorted as
 * scikit-learn sorts them.
 */
export function classLabelsOf(table: Table, columns: PredictionColumns): string[] {
  const probabilityColumns = columns.scoreColumns ? matchScoreColumns(table, columns.scoreColumns) : [];
  const declared = columns.labels.length > 0 ? columns.labels : probabilityColumns.map((c) => c.label);
  if (declared.length > 0) return sortLabels(declared);
  return sortLabels(foundLabels(cachedLabelCodes(getColumn(table, columns.labelColumn)), cachedLabelCodes(getColumn(table, columns.predictionColumn))));
}

/** The labels that occur in y_true or y_pred. */
function foundLabels(truth: { dictionary: readonly string[] }, predicted: { dictionary: readonly string[] }): string[] {
  return [...truth.dictionary, ...predicted.dictionary];
}

function prepareClassification(
  table: Table,
  columns: PredictionColumns,
  givenLabels: readonly string[] | undefined,
  task: 'binary' | 'multiclass',
  taskReason: string,
  truth: Column,
  predicted: Column,
  slices: readonly SliceColumn[],
): PreparedClassification {
  const probabilityColumns = columns.scoreColumns ? matchScoreColumns(table, columns.scoreColumns) : [];
  const truthLabels = cachedLabelCodes(truth);
  const predictedLabels = cachedLabelCodes(predicted);
  const declared = columns.labels.length > 0 ? columns.labels : probabilityColumns.map((c) => c.label);
  const found = foundLabels(truthLabels, predictedLabels);
  const labels = givenLabels ? [...givenLabels] : sortLabels(declared.length > 0 ? declared : task === 'binary' ? completeBinaryLabels(found, columns.positiveLabel) : found);
  if (new Set(labels).size !== labels.length) throw new DataError('the class labels are not distinct', { file: table.source });
  const yTrue = recodeLabels(table, truth.name, truthLabels, labels);
  const yPred = recodeLabels(table, predicted.name, predictedLabels, labels);
  if (task === 'binary' && labels.length > 2) {
    throw new DataError(`the task is binary but there are ${labels.length} classes (${labels.join(', ')})`, { file: table.source });
  }
  const base = { task, taskReason, rows: table.rowCount, slices, labels, yTrue, yPred };
  const probabilities = probabilityColumns.length > 0 ? readProbabilities(table, probabilityColumns, labels) : undefined;
  if (task === 'multiclass') return { ...base, probabilities };

  const { positive, positiveReason } = choosePositive(labels, columns.positiveLabel, table.source);
  let score: Float64Array | undefined;
  if (columns.scoreColumn) {
    score = numericValues(table, columns.scoreColumn);
    const missing = score.findIndex((v) => Number.isNaN(v));
    if (missing >= 0) throw new DataError('the score is missing', { file: table.source, column: columns.scoreColumn, row: missing + 1 });
  } else if (probabilities && positive >= 0) {
    score = probabilities[positive];
  }
  return { ...base, positive, positiveReason, score, probabilities };
}

export function sliceColumn(column: Column): SliceColumn {
  const { codes, dictionary } = cachedLabelCodes(column);
  return { name: column.name, codes, values: dictionary };
}
