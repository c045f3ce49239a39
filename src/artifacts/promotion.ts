/**
 * Champion promotion: an action with a file input marked `promote` (compare-champion's
 * challenger) can upload that file, with the result object, as the artifact later runs resolve as
 * their baseline (`artifact:champion@main/predictions.csv`). On by default on a push to the
 * default branch — what reached the default branch and passed its gates is the new champion — and
 * off elsewhere, so pull requests never replace it. Only a run whose gates passed promotes.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InputReader } from '../config/input-reader.js';
import type { InputSpec } from '../config/input-spec.js';
import { ConfigurationError, DataError } from '../errors.js';
import { expandFileInput } from '../io/glob.js';
import type { Logger } from '../logger.js';
import { exitCodeOfVerdict } from '../gates/verdict.js';
import type { ResultBase } from '../result.js';
import type { ArtifactUploader, UploadedArtifact } from './uploader.js';

export const PROMOTED_RESULT_FILE = 'mlgate-result.json';

export interface PromotionSettings {
  readonly enabled: boolean;
  /** Why it is on or off (for the log). */
  readonly reason: string;
  readonly artifact: string;
  readonly retentionDays: number | undefined;
  /** The promotable input's name. */
  readonly input: string;
  /** A workflow artifact, or an entry of the Actions cache (baseline-cache.ts). */
  readonly target: 'artifact' | 'cache';
}

/** Where promoted files can go. */
export interface PromotionTargets {
  readonly artifact: ArtifactUploader;
  /** Saves files as the cached baseline `name`; returns the cache key. */
  readonly cache?: (name: string, files: readonly string[]) => Promise<string>;
}

export interface PushContext {
  readonly eventName: string;
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  readonly ref: string | undefined;
  /** The repository's default branch from the event payload, when it says. */
  readonly defaultBranch: string | undefined;
}

const INVALID_NAME = /["<>|*?:\\/\r\n]/;

/**
 * Reads `promote`, `promote-artifact` and `promote-retention-days` for an action whose input
 * `spec` is promotable.
 * @throws ConfigurationError for an invalid artifact name
 */
export function readPromotion(spec: InputSpec, reader: InputReader, push: PushContext): PromotionSettings {
  const explicit = reader.boolean('promote');
  const artifact = reader.optional('promote-artifact') ?? spec.promote ?? 'champion';
  if (INVALID_NAME.test(artifact)) {
    throw new ConfigurationError(`input "promote-artifact": "${artifact}" is not a valid artifact name (it may not contain " < > | * ? : \\ / or line breaks)`);
  }
  const onDefault = push.eventName === 'push' && push.defaultBranch !== undefined && push.ref === `refs/heads/${push.defaultBranch}`;
  const reason = explicit !== undefined
    ? `promote: ${explicit}`
    : onDefault
      ? `a push to the default branch (${push.defaultBranch})`
      : `not a push to the default branch (${push.eventName || 'no event'}${push.ref ? ` on ${push.ref}` : ''})`;
  const target = reader.enum<'artifact' | 'cache'>('promote-to') ?? 'artifact';
  if (target === 'cache' && !/^[A-Za-z0-9._-]+$/.test(artifact)) {
    throw new ConfigurationError(`input "promote-artifact": "${artifact}" cannot name a cached baseline (letters, digits, ".", "_", "-")`);
  }
  return { enabled: explicit ?? onDefault, reason, artifact, retentionDays: reader.integer('promote-retention-days'), input: spec.name, target };
}

export type PromotionOutcome =
  | { readonly status: 'promoted'; readonly artifact: UploadedArtifact; readonly files: readonly string[] }
  | { readonly status: 'cached'; readonly key: string; readonly files: readonly string[] }
  | { readonly status: 'skipped'; readonly reason: string };

/**
 * Uploads the promotable file(s) (`file`: the input's local path or glob) and the result object.
 * Skips, with the reason, when promotion is off or the gates did not pass.
 */
export async function promote(
  settings: PromotionSettings,
  file: string,
  result: ResultBase,
  targets: PromotionTargets,
  tempRoot: string,
  logger: Logger,
): Promise<PromotionOutcome> {
  if (!settings.enabled) return { status: 'skipped', reason: settings.reason };
  if (exitCodeOfVerdict(result.verdict) !== 0) {
    const reason = `the verdict is ${result.verdict}; only a run whose gates pass is promoted`;
    logger.info(`Not promoting ${settings.input} as ${settings.artifact}: ${reason}`);
    return { status: 'skipped', reason };
  }
  const sources = expandFileInput(file);
  mkdirSync(tempRoot, { recursive: true });
  const stage = mkdtempSync(join(tempRoot, 'mlgate-promote-'));
  const names: string[] = [];
  for (const source of sources) {
    const name = basename(source);
    if (names.includes(name) || name === PROMOTED_RESULT_FILE) {
      throw new DataError(`cannot promote ${settings.input}: two files would be named ${name} in the artifact`);
    }
    copyFileSync(source, join(stage, name));
    names.push(name);
  }
  writeFileSync(join(stage, PROMOTED_RESULT_FILE), `${JSON.stringify(result, null, 2)}\n`);
  names.push(PROMOTED_RESULT_FILE);
  if (settings.target === 'cache') {
    if (!targets.cache) throw new ConfigurationError('input "promote-to": the cache is not available here');
    const key = await targets.cache(settings.artifact, names.map((n) => join(stage, n)));
    logger.info(`Promoted ${settings.input} (${names.join(', ')}) to the cache as ${key} (${settings.reason})`);
    return { status: 'cached', key, files: names };
  }
  const artifact = await targets.artifact.upload(settings.artifact, names.map((n) => join(stage, n)), stage, settings.retentionDays);
  logger.info(`Promoted ${settings.input} (${names.join(', ')}) as the artifact ${settings.artifact} (${settings.reason})`);
  return { status: 'promoted', artifact, files: names };
}
