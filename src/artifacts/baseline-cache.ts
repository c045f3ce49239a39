/**
 * Baselines in the Actions cache — the optional alternative to artifacts. A promotion with
 * `promote-to: cache` saves the baseline under `mlgate-baseline-<name>-<branch>-<run>-<attempt>`
 * (cache keys are immutable, so each run saves a new entry); a file input written
 * `cache:<name>/<path>` restores the newest entry of this branch, else of the pull request's base
 * branch, else of the default branch (prefix restore keys, in that order).
 *
 * Limits (why artifacts stay the default): entries unused for 7 days are evicted, and a
 * repository's cache is capped (10 GB by default), oldest evicted first — a baseline can vanish
 * without a run failing; a run can read only its own branch's, its base branch's and the default
 * branch's entries; a key cannot be overwritten. The entry is restored to `~/.mlgate/cache/<name>`:
 * the cache's version hashes the paths as written, so save and restore must name the same one.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import type { Logger } from '../logger.js';
import type { CacheProvenance } from './provenance.js';
import type { ArtifactReference } from './reference.js';
import { ArtifactNotFoundError, type ResolvedInput } from './resolve-reference.js';
import { DataError } from '../errors.js';
import { hasGlobMagic } from '../io/glob.js';

/** What mlgate needs of @actions/cache (its own exports have these signatures). */
export interface CacheClient {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface BranchContext {
  /** The branch this run is on (the PR's head branch on pull requests). */
  readonly branch: string | undefined;
  /** The PR's base branch, on pull requests. */
  readonly baseBranch: string | undefined;
  readonly defaultBranch: string | undefined;
  readonly runId: number | undefined;
  readonly runAttempt: number | undefined;
}

/** The branch context from the runner's environment (GITHUB_HEAD_REF, GITHUB_BASE_REF, GITHUB_REF_NAME). */
export function branchContext(env: Readonly<Record<string, string | undefined>>, defaultBranch: string | undefined): BranchContext {
  const nonEmpty = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : undefined);
  const number = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    branch: nonEmpty(env.GITHUB_HEAD_REF) ?? nonEmpty(env.GITHUB_REF_NAME),
    baseBranch: nonEmpty(env.GITHUB_BASE_REF),
    defaultBranch,
    runId: number(env.GITHUB_RUN_ID),
    runAttempt: number(env.GITHUB_RUN_ATTEMPT),
  };
}

/** The path the baseline `name` is saved from and restored to, as written in the cache version. */
export function cachePath(name: string): string {
  return `~/.mlgate/cache/${name}`;
}

function expand(path: string): string {
  return path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
}

/** Cache keys may not contain commas; branch names may contain `/`, which keys allow. */
function keyPart(text: string): string {
  return text.replace(/,/g, '_');
}

export function keyPrefix(name: string, branch: string): string {
  return `mlgate-baseline-${keyPart(name)}-${keyPart(branch)}-`;
}

/** Restore keys, most specific first: this branch, the base branch, the default branch. */
export function restoreKeys(name: string, context: BranchContext): string[] {
  const branches = [context.branch, context.baseBranch, context.defaultBranch].filter((b): b is string => b !== undefined);
  return [...new Set(branches)].map((b) => keyPrefix(name, b));
}

export function saveKey(name: string, context: BranchContext): string {
  if (context.branch === undefined || context.runId === undefined) {
    throw new DataError('cannot save a baseline to the cache: the branch or run id is unknown (GITHUB_REF_NAME, GITHUB_RUN_ID)');
  }
  return `${keyPrefix(name, context.branch)}${context.runId}-${context.runAttempt ?? 1}`;
}

/** Restores `cache:<name>/<path>` references. */
export class BaselineCacheResolver {
  private readonly restored = new Map<string, Promise<{ key: string; directory: string }>>();

  constructor(
    private readonly cache: CacheClient,
    private readonly context: BranchContext,
    private readonly logger: Logger,
  ) {}

  async resolve(input: string, reference: ArtifactReference): Promise<ResolvedInput> {
    const name = reference.artifact;
    let pending = this.restored.get(name);
    if (!pending) {
      pending = this.restore(name);
      this.restored.set(name, pending);
    }
    const { key, directory } = await pending;
    const local = join(directory, reference.path);
    if (!hasGlobMagic(reference.path) && !exists(local)) {
      throw new DataError(`${reference.text}: the cached baseline ${key} has no file "${reference.path}" (it holds: ${listFiles(directory).join(', ') || 'nothing'})`);
    }
    const provenance: CacheProvenance = { reference: reference.text, cacheKey: key, path: reference.path };
    this.logger.info(`${input}: ${reference.path} from the cached baseline ${key}`);
    return { localPath: local, provenance };
  }

  private async restore(name: string): Promise<{ key: string; directory: string }> {
    const keys = restoreKeys(name, this.context);
    if (keys.length === 0) throw new DataError(`cache:${name}: cannot tell which branch's baseline to restore (GITHUB_REF_NAME is not set)`);
    const path = cachePath(name);
    const directory = expand(path);
    // A self-hosted runner may keep an older restore: only this run's entry may be read.
    rmSync(directory, { recursive: true, force: true });
    const key = await this.cache.restoreCache([path], keys[0], keys.slice(1));
    if (key === undefined) {
      throw new ArtifactNotFoundError(
        `no cache entry for the baseline ${name} (looked for keys starting ${keys.map((k) => `"${k}"`).join(', then ')}); ` +
          'entries unused for 7 days are evicted — promote it again, or use an artifact reference',
      );
    }
    return { key, directory };
  }
}

/** Saves `files` (and nothing else) as this branch's baseline `name`; returns the key. */
export async function saveBaseline(name: string, files: readonly string[], cache: CacheClient, context: BranchContext, logger: Logger): Promise<string> {
  const key = saveKey(name, context);
  const path = cachePath(name);
  const directory = expand(path);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const file of files) copyFileSync(file, join(directory, basename(file)));
  const id = await cache.saveCache([path], key);
  if (id === -1) throw new DataError(`the cache did not accept the baseline ${name} (key ${key}); see the warnings above`);
  logger.info(`Saved the baseline ${name} to the cache as ${key}`);
  return key;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function listFiles(directory: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const path = join(directory, n);
    return statSync(path).isDirectory() ? listFiles(path, `${prefix}${n}/`) : [`${prefix}${n}`];
  });
}
