/**
 * Columns built from JSON records (JSON arrays of objects, JSON Lines): the column set is the
 * union of the records' keys in order of first appearance; a key a record lacks is missing there.
 */
import { DataError } from '../errors.js';
import { missingColumnError, type Column, type ColumnType, type Table } from './table.js';
import { ColumnBuilder } from './column-builder.js';
import type { MissingValues } from './missing-values.js';

export interface RecordOptions {
  readonly columns?: readonly string[];
  readonly types?: Readonly<Record<string, ColumnType>>;
  readonly allowEmpty?: boolean;
}

export class RecordColumns {
  /** Every key seen, in order of first appearance (wanted or not). */
  readonly keys: string[] = [];
  private readonly seen = new Set<string>();
  private readonly builders: ColumnBuilder[] = [];
  private readonly byName = new Map<string, ColumnBuilder>();
  rows = 0;

  constructor(
    private readonly source: string,
    private readonly missing: MissingValues,
    private readonly options: RecordOptions,
    /** Only these columns, as text (the second pass for demoted columns). */
    private readonly asText?: ReadonlySet<string>,
  ) {}

  /** One parsed JSON value that must be a record (a plain object). */
  add(record: unknown): void {
    this.rows++;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      const what = record === null ? 'null' : Array.isArray(record) ? 'an array' : `a ${typeof record}`;
      throw new DataError(`is ${what}, not a record ({"column": value, …})`, { file: this.source, row: this.rows });
    }
    const object = record as Record<string, unknown>;
    for (const key in object) {
      if (!this.seen.has(key)) this.addKey(key);
    }
    const builders = this.builders;
    for (let j = 0; j < builders.length; j++) {
      const name = builders[j].name;
      builders[j].addValue(Object.hasOwn(object, name) ? object[name] : undefined);
    }
  }

  private addKey(key: string): void {
    this.seen.add(key);
    this.keys.push(key);
    const wanted = this.options.columns === undefined || this.options.columns.includes(key);
    if (!wanted || (this.asText !== undefined && !this.asText.has(key))) return;
    const type = this.asText !== undefined ? 'string' : this.options.types?.[key];
    const builder = new ColumnBuilder(key, this.source, this.missing, type);
    for (let i = 0; i < this.rows - 1; i++) builder.addMissing();
    this.builders.push(builder);
    this.byName.set(key, builder);
  }

  /** Names of columns whose inferred type a later value contradicted. */
  demoted(): Set<string> {
    return new Set(this.builders.filter((b) => b.demoted).map((b) => b.name));
  }

  /** Checks requested columns and row count; the finished columns by name (demoted ones left out). */
  finish(): Map<string, Column> {
    for (const name of this.options.columns ?? []) {
      if (!this.seen.has(name)) throw missingColumnError(this.source, name, this.keys);
    }
    if (this.rows === 0 && !this.options.allowEmpty) throw new DataError('has no data rows', { file: this.source });
    const out = new Map<string, Column>();
    for (const b of this.builders) if (!b.demoted) out.set(b.name, b.finish());
    return out;
  }
}

/** The table from a first pass and, when needed, a second pass that re-read demoted columns as text. */
export function assembleTable(
  source: string,
  first: RecordColumns,
  firstColumns: Map<string, Column>,
  second: Map<string, Column> | undefined,
  requested: readonly string[] | undefined,
): Table {
  const names = requested ?? first.keys;
  return {
    source,
    rowCount: first.rows,
    columns: names.map((name) => second?.get(name) ?? firstColumns.get(name)!),
  };
}
