/**
 * Engine `duckdb`: the profile computed by DuckDB (embedded, no server) with SQL over the
 * dataset's files (sql-profile.ts): DuckDB reads Parquet and CSV itself, on every core, and spills
 * to a temporary directory when an aggregate does not fit in memory, so the dataset may be far
 * larger than memory; only aggregates come back to JavaScript.
 *
 * The files are the dataset source's (dataset-source.ts: the same globs, directories, Hive
 * partitions and skipped bookkeeping files as streaming), passed to read_parquet / read_csv as a
 * list with hive_partitioning. Types are DuckDB's: Parquet types as declared; CSV types by
 * DuckDB's sniffer, which can differ from mlgate's CSV inference on unusual columns.
 *
 * The native binding (@duckdb/node-api, ~70 MB) is never bundled: it is imported at run time by
 * a specifier the bundler does not follow (loadDuckDb), from the project's node_modules (the CLI
 * installed with npm, tests), else from a cache directory where it is installed on first use
 * (`npm install` of the pinned version into $MLGATE_DUCKDB_DIR, or $RUNNER_TOOL_CACHE/mlgate-duckdb/<version>,
 * or ~/.cache/mlgate/duckdb/<version>) — so the other actions' bundles stay as they are and the
 * profile action pays for DuckDB only when `engine: duckdb` is asked for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError, DataError } from '../../errors.js';
import { resolveDatasetSource } from '../../io/dataset-source.js';
import type { ColumnType } from '../../io/table.js';
import type { Profile, ProfileSettings } from '../format.js';
import { duckdbDialect } from '../sql/duckdb-dialect.js';
import { profileSql, type SqlColumn, type SqlRunner } from '../sql/sql-profile.js';

/** The version installed on demand (the one package.json pins). */
export const DUCKDB_PACKAGE = '@duckdb/node-api';
export const DUCKDB_VERSION = '1.5.6-r.1';

export interface DuckDbOptions {
  readonly settings?: Partial<ProfileSettings>;
  /** Profile only these columns. */
  readonly columns?: readonly string[];
  /** DuckDB's memory limit (e.g. `2GB`); beyond it, it spills to a temporary directory. */
  readonly memoryLimit?: string;
  /** Threads (default: DuckDB's, every core). */
  readonly threads?: number;
  /** Install @duckdb/node-api into the cache when it is not found (default true). */
  readonly install?: boolean;
}

type DuckDbModule = typeof import('@duckdb/node-api');

export async function profileDuckDb(input: string, options: DuckDbOptions = {}): Promise<Profile> {
  const source = resolveDatasetSource(input);
  const duckdb = await loadDuckDb(options.install ?? true);
  const spill = mkdtempSync(join(tmpdir(), 'mlgate-duckdb-'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', {
    temp_directory: spill,
    ...(options.memoryLimit !== undefined ? { memory_limit: options.memoryLimit } : {}),
    ...(options.threads !== undefined ? { threads: String(options.threads) } : {}),
  });
  const connection = await instance.connect();
  try {
    const runner: SqlRunner = {
      async query(sql) {
        try {
          return (await connection.runAndReadAll(sql)).getRows() as unknown[][];
        } catch (error) {
          throw new DataError(`DuckDB could not profile the data: ${firstLine(error)}`, { file: input });
        }
      },
    };
    const relation = relationOf(source.format, source.files.map((f) => f.path), source.partitionColumns.length > 0);
    const described = await runner.query(`DESCRIBE SELECT * FROM ${relation}`);
    let columns: SqlColumn[] = described.map(([name, type]) => ({ name: String(name), type: columnType(String(type)) }));
    if (options.columns !== undefined) {
      for (const name of options.columns) {
        if (!columns.some((c) => c.name === name)) throw new DataError(`no column "${name}"; the columns are ${columns.map((c) => `"${c.name}"`).join(', ')}`, { file: input });
      }
      columns = options.columns.map((name) => columns.find((c) => c.name === name)!);
    }
    return await profileSql(duckdbDialect, runner, relation, columns, { settings: options.settings, source: { engine: 'duckdb', input, files: source.files.length, rows: 0 } });
  } finally {
    connection.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}

function relationOf(format: string, files: readonly string[], hive: boolean): string {
  const list = `[${files.map((f) => duckdbDialect.text(f)).join(', ')}]`;
  const partitions = hive ? ', hive_partitioning = true' : '';
  switch (format) {
    case 'parquet':
      return `read_parquet(${list}${partitions})`;
    case 'csv':
      return `read_csv(${list}, header = true${partitions})`;
    case 'tsv':
      return `read_csv(${list}, header = true, delim = '\\t'${partitions})`;
    case 'jsonl':
      return `read_json(${list}, format = 'newline_delimited'${partitions})`;
    default:
      return `read_json(${list}, format = 'array'${partitions})`;
  }
}

/** A DuckDB type as a profile column type. */
export function columnType(sqlType: string): ColumnType {
  const t = sqlType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t)) return 'integer';
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL)/.test(t)) return 'number';
  if (t === 'BOOLEAN') return 'boolean';
  if (/^(DATE|TIMESTAMP)/.test(t)) return 'datetime';
  return 'string';
}

/** @duckdb/node-api from node_modules, else from the install cache (installed there on first use). */
export async function loadDuckDb(install = true): Promise<DuckDbModule> {
  // A specifier in a variable, and webpackIgnore: the bundler leaves this import alone.
  const specifier = DUCKDB_PACKAGE;
  try {
    return (await import(/* webpackIgnore: true */ specifier)) as DuckDbModule;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  const directory = cacheDirectory();
  const entry = (): string | undefined => {
    try {
      return createRequire(join(directory, 'package.json')).resolve(DUCKDB_PACKAGE);
    } catch {
      return undefined;
    }
  };
  if (entry() === undefined) {
    if (!install) throw new ConfigurationError(`engine duckdb: ${DUCKDB_PACKAGE} is not installed (looked in node_modules and ${directory}); run npm install ${DUCKDB_PACKAGE}@${DUCKDB_VERSION}`);
    mkdirSync(directory, { recursive: true });
    try {
      execFileSync('npm', ['install', '--prefix', directory, '--no-audit', '--no-fund', '--no-save', `${DUCKDB_PACKAGE}@${DUCKDB_VERSION}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      throw new ConfigurationError(`engine duckdb: installing ${DUCKDB_PACKAGE}@${DUCKDB_VERSION} into ${directory} failed: ${firstLine((error as { stderr?: Buffer }).stderr?.toString() ?? error)}`);
    }
  }
  const resolved = entry();
  if (resolved === undefined || !existsSync(resolved)) throw new ConfigurationError(`engine duckdb: ${DUCKDB_PACKAGE} is not in ${directory} after installing it`);
  return (await import(/* webpackIgnore: true */ pathToFileURL(resolved).href)) as DuckDbModule;
}

function cacheDirectory(): string {
  if (process.env.MLGATE_DUCKDB_DIR) return process.env.MLGATE_DUCKDB_DIR;
  if (process.env.RUNNER_TOOL_CACHE) return join(process.env.RUNNER_TOOL_CACHE, 'mlgate-duckdb', DUCKDB_VERSION);
  return join(homedir(), '.cache', 'mlgate', 'duckdb', DUCKDB_VERSION);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
