/**
 * Artefact reference → a local file: finds the run (this one, the latest good one on a branch, or
 * one by id), walks back past runs whose artifact expired or is missing, downloads the zip into a
 * fresh temporary directory, extracts it safely and returns the path of the named file with a
 * record of where it came from. Every failure says what was looked for and what was found.
 *
 * A wildcard reference (`profile-*` as the name: reference.ts) takes every matching artifact of
 * the run it finds (the newest upload of each name; on a branch, the newest successful run that
 * has at least one), each extracted as usual and linked under one directory by its name, and
 * resolves to the glob `<that directory>/*` + `/<path>` — every file input that takes a glob
 * takes them all (the profile action merges them).
 */
import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError, DataError } from '../errors.js';
import { hasGlobMagic } from '../io/glob.js';
import type { Logger } from '../logger.js';
import { ArtifactUnavailableError, type ArtifactSource, type RunArtifact, type WorkflowRun } from './artifact-source.js';
import { describeProvenance, describeSkipped, type ArtifactProvenance, type CacheProvenance, type SkippedRun } from './provenance.js';
import { isWildcard, matchesArtifactName, type ArtifactReference } from './reference.js';
import { extractZip } from './safe-unzip.js';

/**
 * No run had the artifact (or it expired): the one resolution failure an action may accept as
 * "no file yet" (a first run before any baseline was promoted) — see InputSpec.allowMissing.
 */
export class ArtifactNotFoundError extends DataError {}

export interface ResolverOptions {
  readonly source: ArtifactSource;
  /** The `workflow` input: whose runs `@<branch>` searches. Default: this run's workflow. */
  readonly workflow: string | undefined;
  /** How many successful runs `@<branch>` looks at, newest first (`max-runs-back`). */
  readonly maxRunsBack: number;
  /** Where downloads go (a fresh directory is made inside). */
  readonly tempRoot: string;
  readonly logger: Logger;
}

export interface ResolvedInput {
  /** The local path (or glob) to give the action instead of the reference. */
  readonly localPath: string;
  readonly provenance: ArtifactProvenance | CacheProvenance;
}

export interface ResolvedArtifact extends ResolvedInput {
  readonly provenance: ArtifactProvenance;
}

interface Extracted {
  readonly directory: string;
  readonly files: readonly string[];
}

export class ArtifactResolver {
  private readonly extracted = new Map<number, Promise<Extracted>>();
  private downloadRoot: Promise<string> | undefined;

  constructor(private readonly options: ResolverOptions) {}

  async resolve(input: string, reference: ArtifactReference): Promise<ResolvedArtifact> {
    if (isWildcard(reference)) return this.resolveAll(input, reference);
    const { run } = reference;
    let found: Found;
    switch (run.kind) {
      case 'current':
        found = await this.fromCurrentRun(reference);
        break;
      case 'run':
        found = await this.fromRun(reference, run.runId);
        break;
      case 'branch':
        found = await this.fromBranch(reference, run.branch);
        break;
      case 'default-branch':
        found = await this.fromBranch(reference, await this.options.source.defaultBranch());
        break;
    }
    const localPath = this.fileIn(found, reference);
    const provenance = provenanceOf(reference, found, found.artifact);
    this.options.logger.info(describeProvenance(input, provenance));
    return { localPath, provenance };
  }

  // --- the three ways to find a run --------------------------------------------------------

  private async fromCurrentRun(reference: ArtifactReference): Promise<Found> {
    const { source } = this.options;
    const all = await source.currentRunArtifacts();
    const artifact = newest(all.filter((a) => a.name === reference.artifact));
    if (!artifact) {
      const names = [...new Set(all.map((a) => a.name))].sort();
      throw new ArtifactNotFoundError(
        `this run has no artifact named ${reference.artifact} (${names.length > 0 ? `its artifacts: ${names.join(', ')}` : 'none uploaded so far'}); ` +
          'upload it in an earlier step or job of this run, or name another run with @<branch> or @run:<id>',
      );
    }
    const extracted = await this.extract(artifact, 'this run', (dir) => source.downloadFromCurrentRun(artifact, dir));
    return { artifact, extracted, run: undefined, skipped: [], workflow: undefined, branch: undefined };
  }

  private async fromRun(reference: ArtifactReference, runId: number): Promise<Found> {
    const { source } = this.options;
    const run = await source.run(runId);
    if (!run) throw new DataError(`${reference.text}: ${source.repository} has no workflow run ${runId}`);
    const all = await source.runArtifacts(runId);
    const named = all.filter((a) => a.name === reference.artifact);
    const live = newest(named.filter((a) => !a.expired));
    if (!live) {
      if (named.length > 0) {
        throw new ArtifactNotFoundError(`${reference.text}: the artifact ${reference.artifact} of run ${runId} ${expiredText(named)}`);
      }
      const names = [...new Set(all.map((a) => a.name))].sort();
      throw new ArtifactNotFoundError(
        `${reference.text}: run ${runId} has no artifact named ${reference.artifact} (${names.length > 0 ? `its artifacts: ${names.join(', ')}` : 'it has none'})`,
      );
    }
    try {
      const extracted = await this.extract(live, `run ${runId}`, (dir) => source.download(live, runId, dir));
      return { artifact: live, extracted, run, skipped: [], workflow: workflowFile(run), branch: run.headBranch ?? undefined };
    } catch (error) {
      if (error instanceof ArtifactUnavailableError) {
        throw new ArtifactNotFoundError(`${reference.text}: the artifact ${reference.artifact} of run ${runId} ${unavailableText(error)}`);
      }
      throw error;
    }
  }

  private async fromBranch(reference: ArtifactReference, branch: string): Promise<Found> {
    const { source, maxRunsBack } = this.options;
    const workflow = this.options.workflow ?? (await source.currentWorkflow());
    if (workflow === undefined) {
      throw new ConfigurationError(
        `${reference.text}: cannot tell which workflow's runs to search (GITHUB_WORKFLOW_REF is not set); name it with the "workflow" input`,
      );
    }
    const runs = await source.successfulRuns(workflow, branch, maxRunsBack);
    const skipped: SkippedRun[] = [];
    for (const run of runs) {
      const skip = (reason: string) => skipped.push({ runId: run.id, runNumber: run.runNumber, reason });
      if (run.fromFork) {
        // A fork's pull request run can carry any branch name; it is never a baseline.
        skip('is from a fork');
        continue;
      }
      const named = await source.runArtifacts(run.id, reference.artifact);
      const live = newest(named.filter((a) => a.name === reference.artifact && !a.expired));
      if (!live) {
        skip(named.length > 0 ? `artifact ${expiredText(named)}` : `has no artifact named ${reference.artifact}`);
        continue;
      }
      try {
        const extracted = await this.extract(live, `run ${run.id}`, (dir) => source.download(live, run.id, dir));
        return { artifact: live, extracted, run, skipped, workflow, branch };
      } catch (error) {
        if (!(error instanceof ArtifactUnavailableError)) throw error;
        skip(`artifact ${unavailableText(error)}`);
      }
    }
    const looked = runs.length === 0
      ? `${workflow} has no successful run on ${branch}`
      : skipped.map(describeSkipped).join('; ');
    const limit = runs.length >= maxRunsBack ? `; raise max-runs-back (${maxRunsBack}) to look further back` : '';
    throw new ArtifactNotFoundError(
      `no successful run of ${workflow} on ${branch} has an artifact named ${reference.artifact} ` +
        `(looked at ${runs.length} run${runs.length === 1 ? '' : 's'}: ${looked}${limit})`,
    );
  }

  // --- wildcards: every matching artifact of one run ---------------------------------------

  private async resolveAll(input: string, reference: ArtifactReference): Promise<ResolvedArtifact> {
    const { source } = this.options;
    const { run } = reference;
    let found: FoundAll;
    switch (run.kind) {
      case 'current': {
        const all = await source.currentRunArtifacts();
        const matched = newestOfEachName(all.filter((a) => !a.expired && matchesArtifactName(reference.artifact, a.name)));
        if (matched.length === 0) throw new ArtifactNotFoundError(`this run has no artifact matching ${reference.artifact} (${namesText(all, 'none uploaded so far')}); upload them in earlier jobs of this run (needs: …)`);
        found = { matched, run: undefined, skipped: [], workflow: undefined, branch: undefined, where: 'this run', download: (a, dir) => source.downloadFromCurrentRun(a, dir) };
        break;
      }
      case 'run': {
        const one = await source.run(run.runId);
        if (!one) throw new DataError(`${reference.text}: ${source.repository} has no workflow run ${run.runId}`);
        const all = await source.runArtifacts(run.runId);
        const matched = newestOfEachName(all.filter((a) => !a.expired && matchesArtifactName(reference.artifact, a.name)));
        if (matched.length === 0) throw new ArtifactNotFoundError(`${reference.text}: run ${run.runId} has no live artifact matching ${reference.artifact} (${namesText(all, 'it has none')})`);
        found = { matched, run: one, skipped: [], workflow: workflowFile(one), branch: one.headBranch ?? undefined, where: `run ${run.runId}`, download: (a, dir) => source.download(a, run.runId, dir) };
        break;
      }
      case 'branch':
      case 'default-branch': {
        const branch = run.kind === 'branch' ? run.branch : await source.defaultBranch();
        const workflow = this.options.workflow ?? (await source.currentWorkflow());
        if (workflow === undefined) throw new ConfigurationError(`${reference.text}: cannot tell which workflow's runs to search (GITHUB_WORKFLOW_REF is not set); name it with the "workflow" input`);
        const runs = await source.successfulRuns(workflow, branch, this.options.maxRunsBack);
        const skipped: SkippedRun[] = [];
        let chosen: FoundAll | undefined;
        for (const candidate of runs) {
          if (candidate.fromFork) {
            skipped.push({ runId: candidate.id, runNumber: candidate.runNumber, reason: 'is from a fork' });
            continue;
          }
          const matched = newestOfEachName((await source.runArtifacts(candidate.id)).filter((a) => !a.expired && matchesArtifactName(reference.artifact, a.name)));
          if (matched.length === 0) {
            skipped.push({ runId: candidate.id, runNumber: candidate.runNumber, reason: `has no live artifact matching ${reference.artifact}` });
            continue;
          }
          chosen = { matched, run: candidate, skipped, workflow, branch, where: `run ${candidate.id}`, download: (a, dir) => source.download(a, candidate.id, dir) };
          break;
        }
        if (chosen === undefined) {
          const looked = runs.length === 0 ? `${workflow} has no successful run on ${branch}` : skipped.map(describeSkipped).join('; ');
          throw new ArtifactNotFoundError(`no successful run of ${workflow} on ${branch} has an artifact matching ${reference.artifact} (looked at ${runs.length} run${runs.length === 1 ? '' : 's'}: ${looked})`);
        }
        found = chosen;
        break;
      }
    }
    const root = await this.root();
    const directory = await mkdtemp(join(root, 'matched-'));
    for (const artifact of found.matched) {
      const extracted = await this.extract(artifact, found.where, (dir) => found.download(artifact, dir));
      // Each artifact must hold the file: the error names the one that does not.
      this.fileIn({ artifact, extracted, run: found.run, skipped: found.skipped, workflow: found.workflow, branch: found.branch }, reference);
      await symlink(extracted.directory, join(directory, artifact.name), 'dir');
    }
    const provenance: ArtifactProvenance = {
      ...provenanceOf(reference, found, found.matched[0]),
      matched: found.matched.map((a) => ({ artifactId: a.id, artifactName: a.name, artifactDigest: a.digest })),
    };
    this.options.logger.info(describeProvenance(input, provenance));
    return { localPath: `${escapeGlob(directory)}/*/${reference.path}`, provenance };
  }

  // --- downloading and finding the file ---------------------------------------------------

  private extract(artifact: RunArtifact, where: string, download: (directory: string) => Promise<string>): Promise<Extracted> {
    let pending = this.extracted.get(artifact.id);
    if (!pending) {
      pending = (async () => {
        const root = await this.root();
        const zipDirectory = join(root, `download-${artifact.id}`);
        await mkdir(zipDirectory);
        const zipPath = await download(zipDirectory);
        const directory = join(root, `artifact-${artifact.id}`);
        const files = await extractZip(zipPath, directory, `artifact ${artifact.name} (id ${artifact.id}, ${where})`);
        return { directory, files };
      })();
      this.extracted.set(artifact.id, pending);
      // A failed download may be retried by a later reference.
      pending.catch(() => this.extracted.delete(artifact.id));
    }
    return pending;
  }

  private root(): Promise<string> {
    this.downloadRoot ??= (async () => {
      await mkdir(this.options.tempRoot, { recursive: true });
      return mkdtemp(join(this.options.tempRoot, 'mlgate-artifacts-'));
    })();
    return this.downloadRoot;
  }

  private fileIn(found: Found, reference: ArtifactReference): string {
    const { directory, files } = found.extracted;
    const where = `the artifact ${found.artifact.name} (id ${found.artifact.id}${found.run ? `, run ${found.run.id}` : ', this run'})`;
    if (hasGlobMagic(reference.path)) {
      // The loader expands the glob; the directory part must match literally.
      return `${escapeGlob(directory)}/${reference.path}`;
    }
    if (files.includes(reference.path)) return join(directory, reference.path);
    const inside = files.filter((f) => f.startsWith(`${reference.path}/`));
    if (inside.length > 0) return join(directory, reference.path);
    const listing = files.length === 0 ? 'it is empty' : `it holds: ${files.slice(0, 20).join(', ')}${files.length > 20 ? `, … (${files.length} files)` : ''}`;
    throw new DataError(`${reference.text}: ${where} has no file "${reference.path}" (${listing})`);
  }
}

interface FoundAll {
  readonly matched: readonly RunArtifact[];
  readonly run: WorkflowRun | undefined;
  readonly skipped: SkippedRun[];
  readonly workflow: string | undefined;
  readonly branch: string | undefined;
  readonly where: string;
  readonly download: (artifact: RunArtifact, directory: string) => Promise<string>;
}

interface Found {
  readonly artifact: RunArtifact;
  readonly extracted: Extracted;
  readonly run: WorkflowRun | undefined;
  readonly skipped: SkippedRun[];
  readonly workflow: string | undefined;
  readonly branch: string | undefined;
}

/** Where a file came from: the reference, the run it was found in, the artifact (the first, for a wildcard). */
function provenanceOf(reference: ArtifactReference, found: Pick<Found, 'run' | 'skipped' | 'workflow' | 'branch'>, artifact: RunArtifact): ArtifactProvenance {
  return {
    reference: reference.text,
    runId: found.run?.id ?? null,
    runNumber: found.run?.runNumber ?? null,
    runUrl: found.run?.htmlUrl ?? null,
    workflow: found.workflow ?? null,
    branch: found.branch ?? null,
    headSha: found.run?.headSha ?? null,
    artifactId: artifact.id,
    artifactName: artifact.name,
    artifactDigest: artifact.digest,
    path: reference.path,
    skippedRuns: found.skipped,
  };
}

/** The newest artifact (largest id) of a list; GitHub keeps several when a name was re-uploaded. */
function newest(artifacts: readonly RunArtifact[]): RunArtifact | undefined {
  return [...artifacts].sort((a, b) => b.id - a.id)[0];
}

/** The newest artifact of each name, in name order (a matrix's shards: profile-0, profile-1, …). */
function newestOfEachName(artifacts: readonly RunArtifact[]): RunArtifact[] {
  const byName = new Map<string, RunArtifact>();
  for (const a of artifacts) {
    const seen = byName.get(a.name);
    if (seen === undefined || a.id > seen.id) byName.set(a.name, a);
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function namesText(artifacts: readonly RunArtifact[], none: string): string {
  const names = [...new Set(artifacts.map((a) => a.name))].sort();
  return names.length > 0 ? `its artifacts: ${names.join(', ')}` : none;
}

function expiredText(artifacts: readonly RunArtifact[]): string {
  const at = newest(artifacts)?.expiresAt;
  return at ? `expired on ${at.slice(0, 10)}` : 'expired';
}

function unavailableText(error: ArtifactUnavailableError): string {
  return error.status === 410 ? 'expired (GitHub answered 410 to the download)' : 'is gone (GitHub answered 404 to the download)';
}

function workflowFile(run: WorkflowRun): string | undefined {
  return run.workflowPath?.split('/').pop();
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]\\]/g, '\\$&');
}
