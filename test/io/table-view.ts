/** Test helper: a Table as plain JSON-comparable data (datetimes as ISO text, NaN as null). */
import type { Column, Table } from '../../src/io/table.js';

export type PlainValue = number | string | boolean | null;

export interface PlainColumn {
  name: string;
  type: Column['type'];
  values: PlainValue[];
  dictionary?: string[];
}

export function plainValues(column: Column): PlainValue[] {
  if (column.type === 'string') return Array.from(column.codes, (c) => (c < 0 ? null : column.dictionary[c]));
  return Array.from(column.values, (v): PlainValue => {
    if (Number.isNaN(v)) return null;
    if (column.type === 'boolean') return v === 1;
    if (column.type === 'datetime') return new Date(v).toISOString();
    return Number.isFinite(v) ? v : String(v);
  });
}

export function plainTable(table: Table): { rows: number; columns: PlainColumn[] } {
  return {
    rows: table.rowCount,
    columns: table.columns.map((c) => ({ name: c.name, type: c.type, values: plainValues(c) })),
  };
}
