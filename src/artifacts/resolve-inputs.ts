/**
 * The hook every action's inputs go through before `configure`: each `file` input whose value is
 * an artefact reference is replaced by the local path of the downloaded file, and where it came
 * from is recorded. Actions never see a reference, so every file input of every action accepts
 * one without code of its own.
 */
import type { RawValues } from '../config/input-reader.js';
import type { InputSpec } from '../config/input-spec.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Source, Sources } from './provenance.js';
import { isArtifactReference, parseArtifactReference, type ArtifactReference } from './reference.js';
import { ArtifactNotFoundError, type ResolvedInput } from './resolve-reference.js';

/** Resolves one reference (`artifact:` or `cache:`, by its scheme). */
export interface ReferenceResolver {
  resolve(input: string, reference: ArtifactReference): Promise<ResolvedInput>;
}

export interface ResolvedInputs {
  readonly values: RawValues;
  readonly sources: Sources;
}

interface FoundReference {
  input: string;
  spec: InputSpec;
  reference: ArtifactReference;
  /** For an input of several files (InputSpec.multiple): which line. */
  line?: number;
}

/** The file inputs of `values` given as artefact references, parsed (in spec order; every line of an input of several files). */
export function findArtifactReferences(values: RawValues, specs: readonly InputSpec[]): FoundReference[] {
  const found: FoundReference[] = [];
  for (const spec of specs) {
    const value = values[spec.name];
    if (spec.kind !== 'file') continue;
    if (spec.multiple) {
      linesOf(value).forEach((text, line) => {
        if (isArtifactReference(text)) found.push({ input: spec.name, spec, reference: parseArtifactReference(text, spec.name), line });
      });
      continue;
    }
    if (!isArtifactReference(value)) continue;
    found.push({ input: spec.name, spec, reference: parseArtifactReference(value, spec.name) });
  }
  return found;
}

/** The non-empty lines of an input of several files (a YAML list in the config file, or text). */
function linesOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split('\n') : [];
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

export interface ResolveOptions {
  /** Whether the boolean input `name` is true (for InputSpec.allowMissing). */
  readonly isTrue: (name: string) => boolean;
  readonly logger: Logger;
}

/**
 * `values` with every artefact reference replaced by a local path. A reference that finds no
 * artifact, on an input whose `allowMissing` input is true, is left as it is (a path that does
 * not exist: the action decides what that means) and recorded as missing.
 * @param resolver undefined where references cannot be resolved (the CLI): then any reference
 *   is a ConfigurationError saying how to get the file instead
 */
export async function resolveArtifactInputs(
  values: RawValues,
  specs: readonly InputSpec[],
  resolver: (() => ReferenceResolver) | undefined,
  options: ResolveOptions,
): Promise<ResolvedInputs> {
  const references = findArtifactReferences(values, specs);
  if (references.length === 0) return { values, sources: {} };
  if (resolver === undefined) {
    const { input, reference } = references[0];
    throw new ConfigurationError(
      `input "${input}": the artifact reference "${reference.text}" is resolved by the GitHub action only; ` +
        `here, download the artifact first (gh run download <run-id> -n ${reference.artifact}) and give the file's path`,
    );
  }
  const active = resolver();
  const resolved: Record<string, unknown> = { ...values };
  const sources: Record<string, Source> = {};
  const lines = new Map<string, string[]>();
  for (const { input, spec, reference, line } of references) {
    let found: ResolvedInput;
    // Several references in one input are recorded as `merge`, `merge (2)`, …
    const key = line === undefined || line === 0 || sources[input] === undefined ? input : `${input} (${line + 1})`;
    try {
      found = await active.resolve(input, reference);
    } catch (error) {
      if (!(error instanceof ArtifactNotFoundError && spec.allowMissing !== undefined && options.isTrue(spec.allowMissing))) throw error;
      options.logger.notice(`${input}: ${error.message}; going on without it (${spec.allowMissing})`);
      sources[key] = { reference: reference.text, missing: true, reason: error.message };
      continue;
    }
    if (line !== undefined) {
      const current = lines.get(input) ?? linesOf(values[input]);
      current[line] = found.localPath;
      lines.set(input, current);
      resolved[input] = current.join('\n');
    } else {
      resolved[input] = found.localPath;
    }
    sources[key] = found.provenance;
  }
  return { values: resolved, sources };
}
