/**
 * The reference resolver the action runner gives run-definition: `artifact:` references through
 * GitHub's artifacts (resolve-reference.ts), `cache:` references through the Actions cache
 * (baseline-cache.ts). @actions/cache is loaded only when a `cache:` reference or a promotion to
 * the cache needs it.
 */
import type { GitHubContext } from './context.js';
import type { Logger } from '../logger.js';
import type { ArtifactSettings } from '../pipeline/run-pipeline.js';
import { BaselineCacheResolver, branchContext, saveBaseline, type CacheClient } from '../artifacts/baseline-cache.js';
import { githubArtifactSource } from './artifact-download.js';
import type { ReferenceResolver } from '../artifacts/resolve-inputs.js';
import { ArtifactResolver } from '../artifacts/resolve-reference.js';

type Env = Readonly<Record<string, string | undefined>>;

export async function actionsCacheClient(): Promise<CacheClient> {
  const cache = await import('@actions/cache');
  return { restoreCache: (paths, key, keys) => cache.restoreCache(paths, key, keys), saveCache: (paths, key) => cache.saveCache(paths, key) };
}

export function githubReferenceResolver(settings: ArtifactSettings, github: GitHubContext, tempRoot: string, logger: Logger, env: Env = process.env): ReferenceResolver {
  const artifacts = new ArtifactResolver({
    source: githubArtifactSource({ token: settings.token ?? '', context: github, env }, logger),
    workflow: settings.workflow,
    maxRunsBack: settings.maxRunsBack,
    tempRoot,
    logger,
  });
  let cached: Promise<BaselineCacheResolver> | undefined;
  return {
    async resolve(input, reference) {
      if (reference.scheme === 'artifact') return artifacts.resolve(input, reference);
      cached ??= actionsCacheClient().then((client) => new BaselineCacheResolver(client, branchContext(env, github.defaultBranch), logger));
      return (await cached).resolve(input, reference);
    },
  };
}

/** Saves a promoted baseline to the Actions cache. */
export function cachePromotion(github: GitHubContext, logger: Logger, env: Env = process.env): (name: string, files: readonly string[]) => Promise<string> {
  return async (name, files) => saveBaseline(name, files, await actionsCacheClient(), branchContext(env, github.defaultBranch), logger);
}
