/**
 * Artefact references (DESIGN.md, contract): a file input may name a file inside a workflow
 * artifact instead of a path on disk.
 *
 * ```
 * artifact:<name>/<path>                 uploaded earlier in this run
 * artifact:<name>@<branch>/<path>        latest successful run of the workflow on <branch>
 * artifact:<name>@{<branch/with/slashes>}/<path>
 * artifact:<name>@default/<path>         … on the repository's default branch
 * artifact:<name>@run:<id>/<path>        one run, by id
 * cache:<name>/<path>                   the baseline <name> saved to the Actions cache (baseline-cache.ts)
 * ```
 * `<name>` ends at the first `@` or `/` (artifact names cannot contain `/`; a name containing `@`
 * cannot be referenced). A branch containing `/` is written in braces, which git forbids in branch
 * names (`@{`), so the form is unambiguous. `<path>` is a file (or a glob) inside the artifact; it
 * may not climb out of it (`..`) or be absolute.
 *
 * A name with `*` (any run of characters) or `?` (one character) — which artifact names cannot
 * contain — is a wildcard: every matching artifact of the run (the newest of each name), e.g. the
 * name `profile-*` with the path `profile.json` for the profiles a matrix of jobs uploaded
 * ({@link isWildcard}; the resolver gives a glob over all of them).
 */
import { ConfigurationError } from '../errors.js';

export const ARTIFACT_PREFIX = 'artifact:';
export const CACHE_PREFIX = 'cache:';

export type RunSelector =
  | { readonly kind: 'current' }
  | { readonly kind: 'branch'; readonly branch: string }
  | { readonly kind: 'default-branch' }
  | { readonly kind: 'run'; readonly runId: number };

export interface ArtifactReference {
  /** Where the file is kept: a workflow artifact, or an entry of the Actions cache. */
  readonly scheme: 'artifact' | 'cache';
  /** The reference as written. */
  readonly text: string;
  /** The artifact's name, or a wildcard pattern of names (`profile-*`). */
  readonly artifact: string;
  readonly run: RunSelector;
  /** Path inside the artifact, `/`-separated, normalised (no `.` segments). */
  readonly path: string;
}

/** Whether an input's value is a reference (`artifact:` or `cache:`) rather than a path. */
export function isArtifactReference(value: unknown): value is string {
  return typeof value === 'string' && (value.trim().startsWith(ARTIFACT_PREFIX) || value.trim().startsWith(CACHE_PREFIX));
}

/** Characters artifact names may not contain (as @actions/artifact's upload validation), but the wildcards. */
const INVALID_NAME = /["<>|:\\/\r\n]/;

/** Whether a reference names every artifact matching a pattern (a name such as `profile-*`). */
export function isWildcard(reference: Pick<ArtifactReference, 'artifact'>): boolean {
  return /[*?]/.test(reference.artifact);
}

/** Whether an artifact name matches a reference's name or wildcard pattern (`*` any run, `?` one character). */
export function matchesArtifactName(pattern: string, name: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === name;
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(name);
}

/**
 * Parses one reference. `input` names the input in error messages.
 * @throws ConfigurationError naming the input and the expected forms
 */
export function parseArtifactReference(text: string, input: string): ArtifactReference {
  const trimmed = text.trim();
  if (trimmed.startsWith(CACHE_PREFIX)) return parseCacheReference(trimmed, input);
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `input "${input}": cannot read the artifact reference "${trimmed}": ${why} ` +
        '(expected artifact:<name>/<path>, artifact:<name>@<branch>/<path>, artifact:<name>@default/<path> or artifact:<name>@run:<id>/<path>)',
    );
  };
  const rest = trimmed.slice(ARTIFACT_PREFIX.length);
  const nameEnd = rest.search(/[@/]/);
  if (nameEnd <= 0) fail(nameEnd === 0 ? 'the artifact name is empty' : 'no path inside the artifact');
  const artifact = rest.slice(0, nameEnd);
  if (INVALID_NAME.test(artifact)) fail(`"${artifact}" is not a valid artifact name`);

  let run: RunSelector = { kind: 'current' };
  let afterSelector = rest.slice(nameEnd);
  if (afterSelector.startsWith('@')) {
    let selector: string;
    if (afterSelector.startsWith('@{')) {
      const close = afterSelector.indexOf('}');
      if (close < 0) fail('"@{" without a closing "}"');
      selector = afterSelector.slice(2, close);
      afterSelector = afterSelector.slice(close + 1);
      if (selector === '') fail('the branch in "@{}" is empty');
      run = { kind: 'branch', branch: selector };
    } else {
      const slash = afterSelector.indexOf('/');
      selector = slash < 0 ? afterSelector.slice(1) : afterSelector.slice(1, slash);
      afterSelector = slash < 0 ? '' : afterSelector.slice(slash);
      run = selectorOf(selector, fail);
    }
  }
  if (!afterSelector.startsWith('/') || afterSelector.length === 1) fail('no path inside the artifact');
  const path = normalisePath(afterSelector.slice(1), fail);
  return { scheme: 'artifact', text: trimmed, artifact, run, path };
}

/** `cache:<name>/<path>`: the name may use letters, digits, `.`, `_` and `-`. */
function parseCacheReference(trimmed: string, input: string): ArtifactReference {
  const fail = (why: string): never => {
    throw new ConfigurationError(`input "${input}": cannot read the cache reference "${trimmed}": ${why} (expected cache:<name>/<path>)`);
  };
  const rest = trimmed.slice(CACHE_PREFIX.length);
  const slash = rest.indexOf('/');
  const name = slash < 0 ? rest : rest.slice(0, slash);
  if (!/^[A-Za-z0-9._-]+$/.test(name)) fail(name === '' ? 'the baseline name is empty' : `"${name}" is not a baseline name (letters, digits, ".", "_", "-")`);
  if (slash < 0 || slash === rest.length - 1) fail('no path inside the baseline');
  return { scheme: 'cache', text: trimmed, artifact: name, run: { kind: 'current' }, path: normalisePath(rest.slice(slash + 1), fail) };
}

function selectorOf(selector: string, fail: (why: string) => never): RunSelector {
  if (selector === '') return fail('nothing after "@"');
  if (selector === 'default') return { kind: 'default-branch' };
  if (selector.startsWith('run:')) {
    const id = selector.slice(4);
    if (!/^[1-9]\d{0,15}$/.test(id)) return fail(`"${id}" is not a run id`);
    return { kind: 'run', runId: Number(id) };
  }
  return { kind: 'branch', branch: selector };
}

function normalisePath(path: string, fail: (why: string) => never): string {
  if (path.startsWith('/') || path.includes('\\')) return fail(`the path "${path}" must be relative, with "/" separators`);
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return fail(`the path "${path}" may not contain ".."`);
  if (segments.length === 0) return fail('no path inside the artifact');
  return segments.join('/');
}
