/**
 * LoadOptions that can cross to a worker thread. A function cannot be sent to a worker, so
 * `select` is described as data instead: which filter and its arguments. Each thread rebuilds
 * the same function from the description (compare-champion's filter is neededColumns itself,
 * not a copy of its rules), so a file reads the same columns on either thread.
 */
import type { LoadOptions } from '../io/load.js';
import { neededColumns } from '../predictions/needed-columns.js';
import type { PredictionColumns } from '../predictions/types.js';

/** LoadOptions.select as data. One kind so far: the columns a predictions file is read for. */
export interface ColumnSelect {
  readonly kind: 'prediction-columns';
  readonly columns: PredictionColumns;
  readonly extra: readonly string[];
}

export interface PortableLoadOptions extends Omit<LoadOptions, 'select'> {
  readonly select?: ColumnSelect;
}

/** The select of neededColumns(columns, extra), as data: only the column settings are kept. */
export function predictionColumnsSelect(columns: PredictionColumns, extra: readonly (string | undefined)[] = []): ColumnSelect {
  const { task, labelColumn, predictionColumn, scoreColumn, scoreColumns, positiveLabel, labels, sliceColumns } = columns;
  return {
    kind: 'prediction-columns',
    columns: { task, labelColumn, predictionColumn, scoreColumn, scoreColumns, positiveLabel, labels: [...labels], sliceColumns: [...sliceColumns] },
    extra: extra.filter((name) => name !== undefined),
  };
}

/** The LoadOptions the description stands for, `select` rebuilt as a function. */
export function toLoadOptions(options: PortableLoadOptions): LoadOptions {
  const { select, ...rest } = options;
  return select === undefined ? rest : { ...rest, select: neededColumns(select.columns, select.extra) };
}
