/**
 * Engine `clickhouse`: the profile of a ClickHouse table — typically a Distributed table over
 * shards — computed by the cluster with SQL over the HTTP interface (sql-profile.ts with the
 * ClickHouse dialect). Every query is an aggregate (counts, sums, exact distinct counts,
 * GROUP BY value counts, hashed bottom-k with ORDER BY … LIMIT, register maxima, exact order
 * statistics at ~k ranks): over a Distributed table each shard aggregates its part and the
 * initiating server combines them, and only aggregates travel back to mlgate. A server error
 * becomes a DataError naming the table and ClickHouse's first line; a connection failure names
 * the URL.
 */
import { DataError } from '../../errors.js';
import type { ColumnType } from '../../io/table.js';
import type { Profile, ProfileSettings } from '../format.js';
import { clickhouseDialect } from '../sql/clickhouse-dialect.js';
import { profileSql, type SqlColumn, type SqlRunner } from '../sql/sql-profile.js';

export interface ClickHouseOptions {
  /** The HTTP interface, e.g. http://127.0.0.1:8123. */
  readonly url: string;
  /** `table` or `database.table`. */
  readonly table: string;
  readonly user?: string;
  readonly password?: string;
  readonly settings?: Partial<ProfileSettings>;
  /** Profile only these columns. */
  readonly columns?: readonly string[];
}

export async function profileClickHouse(options: ClickHouseOptions): Promise<Profile> {
  const [database, table] = options.table.includes('.') ? (options.table.split('.', 2) as [string, string]) : ['', options.table];
  const runner = clickhouseRunner(options);
  const db = database === '' ? 'currentDatabase()' : clickhouseDialect.text(database);
  const described = await runner.query(`SELECT name, type FROM system.columns WHERE database = ${db} AND table = ${clickhouseDialect.text(table)} ORDER BY position`).catch(async () =>
    // 18.x has no system.columns.position; the rows come in table order there.
    runner.query(`SELECT name, type FROM system.columns WHERE database = ${db} AND table = ${clickhouseDialect.text(table)}`),
  );
  if (described.length === 0) throw new DataError(`ClickHouse at ${options.url} has no table "${options.table}"`, { file: options.table });
  let columns: SqlColumn[] = described.map(([name, type]) => ({ name: String(name), type: columnType(String(type)) }));
  if (options.columns !== undefined) {
    for (const name of options.columns) {
      if (!columns.some((c) => c.name === name)) throw new DataError(`no column "${name}"; the columns are ${columns.map((c) => `"${c.name}"`).join(', ')}`, { file: options.table });
    }
    columns = options.columns.map((name) => columns.find((c) => c.name === name)!);
  }
  const [engine] = await runner.query(`SELECT engine_full FROM system.tables WHERE database = ${db} AND name = ${clickhouseDialect.text(table)}`);
  const shards = await shardCount(runner, String(engine?.[0] ?? ''));
  const relation = database === '' ? clickhouseDialect.ident(table) : `${clickhouseDialect.ident(database)}.${clickhouseDialect.ident(table)}`;
  return profileSql(clickhouseDialect, runner, relation, columns, { settings: options.settings, source: { engine: 'clickhouse', input: options.table, files: shards, rows: 0 } });
}

/** Shards of a Distributed table (from its cluster in system.clusters); 1 for any other table. */
async function shardCount(runner: SqlRunner, engineFull: string): Promise<number> {
  const match = /^Distributed\(\s*'?([^,')]+)'?/.exec(engineFull);
  if (match === null) return 1;
  const [row] = await runner.query(`SELECT uniqExact(shard_num) FROM system.clusters WHERE cluster = ${clickhouseDialect.text(match[1].trim())}`);
  return Number(row?.[0] ?? 1);
}

/** Sends SQL to the HTTP interface, reads FORMAT JSONCompact. */
export function clickhouseRunner(options: Pick<ClickHouseOptions, 'url' | 'user' | 'password' | 'table'>): SqlRunner {
  const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (options.user !== undefined) headers['X-ClickHouse-User'] = options.user;
  if (options.password !== undefined) headers['X-ClickHouse-Key'] = options.password;
  return {
    async query(sql) {
      let response: Response;
      try {
        response = await fetch(options.url, { method: 'POST', headers, body: `${sql} FORMAT JSONCompact` });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        throw new DataError(`cannot reach ClickHouse at ${options.url}${cause !== undefined ? ` (${cause})` : ''}`, { file: options.table });
      }
      const text = await response.text();
      if (!response.ok) throw new DataError(`ClickHouse could not profile the table: ${text.trim().split('\n')[0].slice(0, 300)}`, { file: options.table });
      return (JSON.parse(text) as { data: unknown[][] }).data;
    },
  };
}

/** A ClickHouse type as a profile column type (Nullable and LowCardinality unwrapped). */
export function columnType(sqlType: string): ColumnType {
  let t = sqlType;
  for (;;) {
    const inner = /^(?:Nullable|LowCardinality)\((.*)\)$/.exec(t);
    if (inner === null) break;
    t = inner[1];
  }
  if (/^U?Int(8|16|32|64|128|256)$/.test(t)) return 'integer';
  if (/^(Float32|Float64|Decimal)/.test(t)) return 'number';
  if (t === 'Bool') return 'boolean';
  if (/^(Date|DateTime)/.test(t)) return 'datetime';
  return 'string';
}
