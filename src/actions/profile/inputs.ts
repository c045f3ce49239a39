/** The profile action's inputs, named once (action.yml and the CLI flags are generated from this). */
import type { InputReader } from '../../config/input-reader.js';
import type { InputSpec } from '../../config/input-spec.js';
import { ConfigurationError } from '../../errors.js';
import { ENGINES, type Engine, type ProfileRequest } from '../../profile/produce.js';

export const PROFILE_INPUTS = [
  {
    name: 'data',
    kind: 'file',
    description:
      'The dataset to profile: a file, a glob or a directory (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz; a directory is read recursively, Hive partitions such as `year=2024/month=01/` become columns). With `engine: clickhouse`, the table (`database.table`, typically a Distributed table).',
  },
  {
    name: 'output',
    kind: 'string',
    default: 'profile.json',
    promote: 'profile',
    description: 'Where to write the profile (JSON, `profileVersion` 1; schema in schemas/profile.schema.json). When promoted, it is the reference later runs compare against (`artifact:profile@default/profile.json`).',
  },
  {
    name: 'merge',
    kind: 'file',
    multiple: true,
    description:
      'Profiles to merge into the output, one a line (paths or globs). In the action, `artifact:profile-*/profile.json` merges every matching artifact of this run: a matrix of jobs profiles shards, one job merges them. With `data` too, the data\'s profile is merged with these.',
  },
  { name: 'engine', kind: 'enum', allowed: ENGINES, default: 'streaming', description: 'Who computes the profile: `streaming` (this process, constant memory), `duckdb` (embedded DuckDB: SQL over the files, every core, spills to disk; installed on first use) or `clickhouse` (SQL sent to a ClickHouse server or cluster; only aggregates come back).' },
  { name: 'columns', kind: 'list', description: 'Columns to profile (partition columns included). Default: every column.' },
  { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields (streaming engine).' },
  { name: 'quantile-k', kind: 'integer', min: 8, max: 65536, description: 'Capacity of each column\'s quantile sketch (KLL). Larger is more exact and larger; the report states each column\'s rank error. Default: 1024 (rank error ≈ 0.2–0.3% at 10⁶ values).' },
  { name: 'category-cap', kind: 'integer', min: 1, max: 1000000, description: 'Distinct values of a text or boolean column counted exactly; beyond, a hash sample of this many with the rest pooled. Default: 1000.' },
  { name: 'numeric-cap', kind: 'integer', min: 1, max: 1000000, description: 'Distinct values of a numeric column counted exactly (so drift tests on it are exact). Default: 256.' },
  { name: 'threads', kind: 'integer', min: 1, max: 256, description: 'Threads: `2` splits a large input across two threads (streaming); DuckDB\'s thread count (duckdb). Default: one lane for streaming, every core for DuckDB.' },
  { name: 'memory-limit', kind: 'string', description: 'DuckDB\'s memory limit, e.g. `2GB`; beyond it, DuckDB spills to a temporary directory (engine duckdb).' },
  { name: 'clickhouse-url', kind: 'string', description: 'The ClickHouse HTTP interface, e.g. `http://clickhouse.internal:8123` (engine clickhouse). The password, if any, is read from the environment variable CLICKHOUSE_PASSWORD, never from an input.' },
  { name: 'clickhouse-user', kind: 'string', description: 'The ClickHouse user (engine clickhouse). Default: the server\'s default user.' },
] as const satisfies readonly InputSpec[];

export interface ProfileActionConfig {
  readonly request: ProfileRequest;
  readonly output: string;
}

export function readProfileConfig(reader: InputReader): ProfileActionConfig {
  // A profile states counts, bounds and distinct values of every row: of a sample it would state the sample's as the dataset's.
  if (reader.integer('max-rows') !== undefined) throw new ConfigurationError('input "max-rows": the profile action reads every row (its counts and bounds are the whole dataset\'s, in constant memory); drop max-rows');
  const engine = reader.enum<Engine>('engine') ?? 'streaming';
  const data = reader.optional('data');
  const merge = reader.list('merge');
  if (data === undefined && merge.length === 0) throw new ConfigurationError('give the data to profile (input "data") or profiles to merge (input "merge")');
  const threads = reader.integer('threads');
  if (engine === 'streaming' && threads !== undefined && threads > 2) throw new ConfigurationError(`input "threads": the streaming engine uses 1 or 2 threads, got ${threads}`);
  if (engine !== 'clickhouse' && (reader.optional('clickhouse-url') !== undefined || reader.optional('clickhouse-user') !== undefined)) {
    throw new ConfigurationError(`inputs "clickhouse-url" and "clickhouse-user" apply to engine clickhouse, not ${engine}`);
  }
  if (engine !== 'duckdb' && reader.optional('memory-limit') !== undefined) throw new ConfigurationError(`input "memory-limit" applies to engine duckdb, not ${engine}`);
  const columns = reader.list('columns');
  return {
    output: reader.required('output'),
    request: {
      data,
      engine,
      merge,
      columns: columns.length > 0 ? columns : undefined,
      nullValues: reader.list('null-values'),
      settings: { quantileK: reader.integer('quantile-k'), categoryCap: reader.integer('category-cap'), numericCap: reader.integer('numeric-cap') },
      lanes: engine === 'streaming' && threads === 2 ? 2 : 1,
      duckdb: { memoryLimit: reader.optional('memory-limit'), threads: engine === 'duckdb' ? threads : undefined },
      clickhouse: { url: reader.optional('clickhouse-url'), user: reader.optional('clickhouse-user'), password: process.env.CLICKHOUSE_PASSWORD || undefined },
    },
  };
}
