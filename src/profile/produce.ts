/**
 * What `mlgate profile` does between its inputs and its report: profile the data with the engine
 * asked for (streaming, DuckDB, ClickHouse), merge it with the profiles listed in `merge` (files,
 * globs, or — in the action — a wildcard artefact reference already resolved to a glob), and give
 * back the one profile. Profiles to merge are read first, so a data profile made without explicit
 * settings takes theirs (merging needs equal settings).
 */
import { ConfigurationError } from '../errors.js';
import { expandFileInput } from '../io/glob.js';
import type { Logger } from '../logger.js';
import { profileClickHouse } from './engines/clickhouse.js';
import { profileDuckDb } from './engines/duckdb.js';
import { profileStreaming } from './engines/streaming.js';
import type { Profile, ProfileSettings } from './format.js';
import { mergeAll } from './merge.js';
import { readProfileFile } from './read-file.js';

export const ENGINES = ['streaming', 'duckdb', 'clickhouse'] as const;
export type Engine = (typeof ENGINES)[number];

export interface ProfileRequest {
  /** A file, glob or directory; a table (`database.table`) for the clickhouse engine. */
  readonly data: string | undefined;
  readonly engine: Engine;
  /** Profile files or globs to merge in. */
  readonly merge: readonly string[];
  readonly columns: readonly string[] | undefined;
  readonly nullValues: readonly string[];
  readonly settings: Partial<ProfileSettings>;
  /** streaming: 2 splits a large input across two threads. */
  readonly lanes: 1 | 2;
  readonly duckdb: { readonly memoryLimit: string | undefined; readonly threads: number | undefined };
  readonly clickhouse: { readonly url: string | undefined; readonly user: string | undefined; readonly password: string | undefined };
}

export interface ProducedProfile {
  readonly profile: Profile;
  /** Profiles combined (data and merge files). */
  readonly merged: number;
}

export async function produceProfile(request: ProfileRequest, logger: Logger): Promise<ProducedProfile> {
  const files = request.merge.flatMap((pattern) => expandFileInput(pattern));
  const others = files.map((file) => readProfileFile(file));
  const parts: Profile[] = [];
  if (request.data !== undefined) {
    const explicit = Object.values(request.settings).some((v) => v !== undefined);
    const settings = !explicit && others.length > 0 ? others[0].settings : request.settings;
    const started = Date.now();
    const profile = await profileData(request.data, request, settings);
    logger.info(`profile: ${request.data}: ${profile.rows} rows × ${profile.columns.length} columns with the ${request.engine} engine in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    parts.push(profile);
  }
  parts.push(...others);
  if (others.length > 0) logger.info(`profile: merging ${files.length} profile${files.length === 1 ? '' : 's'}: ${files.join(', ')}`);
  if (parts.length === 0) throw new ConfigurationError('give the data to profile (input "data") or profiles to merge (input "merge")');
  return { profile: mergeAll(parts), merged: parts.length };
}

function profileData(data: string, request: ProfileRequest, settings: Partial<ProfileSettings>): Promise<Profile> {
  const columns = request.columns;
  if (request.engine !== 'streaming' && request.nullValues.length > 0) {
    throw new ConfigurationError(`input "null-values" applies to the streaming engine; the ${request.engine} engine reads missing values as the engine does`);
  }
  switch (request.engine) {
    case 'streaming':
      return profileStreaming(data, { settings, columns, nullValues: request.nullValues, lanes: request.lanes });
    case 'duckdb':
      return profileDuckDb(data, { settings, columns, memoryLimit: request.duckdb.memoryLimit, threads: request.duckdb.threads });
    case 'clickhouse': {
      const { url, user, password } = request.clickhouse;
      if (url === undefined) throw new ConfigurationError('engine clickhouse needs the server\'s HTTP interface (input "clickhouse-url", e.g. http://127.0.0.1:8123)');
      return profileClickHouse({ url, table: data, user, password, settings, columns });
    }
  }
}
