/**
 * The columns a predictions file is read for: label, prediction, score, the probability columns
 * (by glob), slices and any extra ones (the id column), as a LoadOptions.select. A file
 * that also carries the model's features then costs only the columns the metrics use, in time
 * and memory. Names that are not in the file are simply not read; the checks that follow report
 * them, listing every column of the file.
 */
import type { ColumnSelection } from '../io/column-selection.js';
import type { PredictionColumns } from './types.js';

export function neededColumns(columns: PredictionColumns, extra: readonly (string | undefined)[] = []): ColumnSelection {
  const names = new Set<string>([columns.labelColumn, columns.predictionColumn, ...columns.sliceColumns]);
  for (const name of [columns.scoreColumn, ...extra]) if (name !== undefined) names.add(name);
  return { names: [...names], patterns: columns.scoreColumns === undefined ? [] : [columns.scoreColumns] };
}
