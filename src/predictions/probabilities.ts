/** Per-class probability columns named by a glob (`proba_*`), validated row by row. */
import { DataError } from '../errors.js';
import { patternMatch } from '../io/column-selection.js';
import { columnNames, numericValues, type Table } from '../io/table.js';

/** Per-row probabilities must sum to 1 within this. */
export const PROBABILITY_SUM_TOLERANCE = 1e-6;

export interface ProbabilityColumn {
  readonly column: string;
  readonly label: string;
}

/** Columns matching a glob such as `proba_*`; the class label is what the `*` matched. */
export function matchScoreColumns(table: Table, glob: string): ProbabilityColumn[] {
  const matched = columnNames(table).flatMap((name) => {
    const label = patternMatch(name, glob);
    return label === undefined ? [] : [{ column: name, label }];
  });
  if (matched.length === 0) {
    throw new DataError(`no column matches score-columns "${glob}"; the columns are ${columnNames(table).map((name) => `"${name}"`).join(', ')}`, { file: table.source });
  }
  return matched;
}

/**
 * One Float64Array per label, in `labels` order. Every value must lie in [0, 1] and every row sum
 * to 1 within {@link PROBABILITY_SUM_TOLERANCE}; otherwise a DataError naming the row.
 */
export function readProbabilities(table: Table, columns: readonly ProbabilityColumn[], labels: readonly string[]): Float64Array[] {
  const byLabel = new Map(columns.map((c) => [c.label, c.column]));
  const missing = labels.filter((l) => !byLabel.has(l));
  if (missing.length > 0) {
    throw new DataError(`no probability column for class ${missing.map((l) => `"${l}"`).join(', ')}`, { file: table.source });
  }
  const arrays = labels.map((label) => {
    const name = byLabel.get(label)!;
    const values = numericValues(table, name);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!(v >= 0 && v <= 1)) {
        throw new DataError(Number.isNaN(v) ? 'the probability is missing' : `probability ${v} is outside [0, 1]`, { file: table.source, column: name, row: i + 1 });
      }
    }
    return values;
  });
  for (let i = 0; i < table.rowCount; i++) {
    let sum = 0;
    for (const a of arrays) sum += a[i];
    if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
      throw new DataError(`the class probabilities sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, { file: table.source, row: i + 1 });
    }
  }
  return arrays;
}
