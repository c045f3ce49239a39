/**
 * The GitHub side of artefact references. Listing (workflow runs, a run's artifacts) is plain REST
 * through the shared client, which retries 5xx/429 and keeps the token out of messages; listing
 * ourselves gives the `expired` flag (so expired artifacts are walked past without a download)
 * and no warning annotation per run that lacks the artifact. Downloads go through
 * @actions/artifact: `findBy` (REST: 302 to the blob) for other runs, the runtime's results
 * service for this run. Its unzip renames `..` entries instead of refusing them, so the zip is
 * downloaded as is (`skipDecompress`) and extracted by src/artifacts/safe-unzip.ts.
 *
 * With artifact-upload.ts and artifact-resolver.ts, this is the artefact part of the GitHub seam:
 * src/artifacts/ holds the parsing, walking-back and extraction logic, free of @actions/*.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DefaultArtifactClient } from '@actions/artifact';
import { ConfigurationError, DataError } from '../errors.js';
import { GitHubApiError } from './api-error.js';
import { createGitHubClient, type GitHubClient } from './client.js';
import type { GitHubContext } from './context.js';
import { withRetry, type RetryOptions } from './retry.js';
import type { Logger } from '../logger.js';
import { ArtifactUnavailableError, type ArtifactSource, type RunArtifact, type WorkflowRun } from '../artifacts/artifact-source.js';

/** How long retrying an artifact download may go on, transfers included, in ms. */
export const DOWNLOAD_BUDGET_MS = 15 * 60_000;

export interface GitHubArtifactSourceOptions {
  readonly token: string;
  readonly context: GitHubContext;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly retry?: RetryOptions;
}

export function githubArtifactSource(options: GitHubArtifactSourceOptions, logger: Logger): ArtifactSource {
  const { context, token } = options;
  const env = options.env ?? process.env;
  const repository = context.repository;
  if (repository === undefined) {
    throw new ConfigurationError('artifact references need the repository (GITHUB_REPOSITORY is not set)');
  }
  const full = `${repository.owner}/${repository.repo}`;
  let client: GitHubClient | undefined;
  const api = () => {
    if (!token) throw new ConfigurationError('artifact references to other runs need a token: the github-token input is empty');
    return (client ??= createGitHubClient({ token, apiUrl: context.apiUrl, retry: options.retry }, logger));
  };
  // Loaded on first use: the library (with the Azure SDK) doubles the bundle's start-up time.
  let artifactClient: DefaultArtifactClient | undefined;
  const artifactsClient = async () => (artifactClient ??= new (await import('@actions/artifact')).DefaultArtifactClient());

  const permissionHint = (error: GitHubApiError, what: string): never => {
    throw new ConfigurationError(
      `cannot ${what} of ${full}: GitHub answered ${error.status} — the job needs \`permissions: actions: read\` (and the token from the github-token input)`,
    );
  };

  return {
    repository: full,

    async currentWorkflow() {
      // owner/repo/.github/workflows/train.yml@refs/heads/main
      const ref = env.GITHUB_WORKFLOW_REF?.trim();
      const match = ref ? /\/\.github\/workflows\/([^@/]+)@/.exec(ref) : null;
      if (match) return match[1];
      if (context.runId === undefined) return undefined;
      const run = await this.run(context.runId);
      return run?.workflowPath?.split('/').pop();
    },

    async defaultBranch() {
      const fromPayload = context.defaultBranch;
      if (fromPayload) return fromPayload;
      const { data } = await api().rest.repos.get({ ...repository });
      return data.default_branch;
    },

    async successfulRuns(workflow, branch, limit) {
      const runs: WorkflowRun[] = [];
      const perPage = Math.min(100, Math.max(1, limit));
      try {
        for (let page = 1; runs.length < limit; page += 1) {
          const { data } = await api().request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            ...repository,
            workflow_id: workflow,
            branch,
            status: 'success',
            per_page: perPage,
            page,
          });
          for (const run of data.workflow_runs) if (runs.length < limit) runs.push(toRun(run, full));
          if (data.workflow_runs.length < perPage) break;
        }
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) {
          throw new ConfigurationError(
            `input "workflow": ${full} has no workflow "${workflow}" (GitHub answered 404; give the workflow's file name, e.g. train.yml)`,
          );
        }
        if (error instanceof GitHubApiError && error.status === 403) permissionHint(error, `list the runs of ${workflow}`);
        throw error;
      }
      return runs;
    },

    async run(runId) {
      try {
        const { data } = await api().rest.actions.getWorkflowRun({ ...repository, run_id: runId });
        return toRun(data, full);
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) return undefined;
        if (error instanceof GitHubApiError && error.status === 403) permissionHint(error, `read run ${runId}`);
        throw error;
      }
    },

    async runArtifacts(runId, name) {
      try {
        const list = await api().paginate('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', {
          ...repository,
          run_id: runId,
          per_page: 100,
          ...(name !== undefined ? { name } : {}),
        });
        return list.map(toArtifact);
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 403) permissionHint(error, `list the artifacts of run ${runId}`);
        throw error;
      }
    },

    async download(artifact, runId, directory) {
      const findBy = { token, workflowRunId: runId, repositoryOwner: repository.owner, repositoryName: repository.repo };
      const what = `GET /repos/${full}/actions/artifacts/${artifact.id}/zip`;
      let response;
      try {
        response = await withRetry(
          async () => (await artifactsClient()).downloadArtifact(artifact.id, { path: directory, skipDecompress: true, findBy, ...(artifact.digest ? { expectedHash: artifact.digest } : {}) }),
          what,
          logger,
          // A download may take minutes: the budget bounds retrying, not the transfer (which
          // @actions/artifact times out itself).
          { budgetMs: DOWNLOAD_BUDGET_MS, ...options.retry },
        );
      } catch (error) {
        const status = statusOf(error);
        if (status === 410 || status === 404) throw new ArtifactUnavailableError(artifact.id, status);
        if (status === 403) {
          throw new ConfigurationError(`cannot download the artifact ${artifact.name} of run ${runId}: GitHub answered 403 — the job needs \`permissions: actions: read\``);
        }
        throw new DataError(`cannot download the artifact ${artifact.name} (id ${artifact.id}) of run ${runId}: ${messageOf(error, token)}`);
      }
      if (response.digestMismatch) {
        throw new DataError(`the artifact ${artifact.name} (id ${artifact.id}) of run ${runId} was damaged in transfer (its SHA-256 digest does not match ${artifact.digest})`);
      }
      return onlyFile(directory, artifact);
    },

    async currentRunArtifacts() {
      requireRuntime(env);
      const { artifacts: list } = await (await artifactsClient()).listArtifacts();
      return list.map((a) => ({ id: a.id, name: a.name, expired: false, expiresAt: null, sizeInBytes: a.size, digest: a.digest ?? null }));
    },

    async downloadFromCurrentRun(artifact, directory) {
      requireRuntime(env);
      const response = await (await artifactsClient()).downloadArtifact(artifact.id, { path: directory, skipDecompress: true, ...(artifact.digest ? { expectedHash: artifact.digest } : {}) });
      if (response.digestMismatch) {
        throw new DataError(`the artifact ${artifact.name} (id ${artifact.id}) of this run was damaged in transfer (its SHA-256 digest does not match)`);
      }
      return onlyFile(directory, artifact);
    },
  };
}

function requireRuntime(env: Readonly<Record<string, string | undefined>>): void {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new ConfigurationError(
      'an artifact of this run (artifact:<name>/<path>) can only be read inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)',
    );
  }
}

async function onlyFile(directory: string, artifact: RunArtifact): Promise<string> {
  const names = await readdir(directory);
  if (names.length !== 1) throw new DataError(`the download of artifact ${artifact.name} (id ${artifact.id}) produced ${names.length} files instead of one zip`);
  return join(directory, names[0]);
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown, token: string): string {
  const text = error instanceof Error ? error.message : String(error);
  return token ? text.split(token).join('***') : text;
}

interface RestRun {
  id: number | bigint;
  run_number: number;
  head_branch: string | null;
  head_sha: string;
  event: string;
  created_at: string;
  html_url: string;
  path?: string;
  head_repository?: { full_name?: string } | null;
  repository?: { full_name?: string } | null;
}

function toRun(run: RestRun, repository: string): WorkflowRun {
  const head = run.head_repository?.full_name;
  return {
    id: Number(run.id),
    runNumber: run.run_number,
    headBranch: run.head_branch,
    headSha: run.head_sha,
    event: run.event,
    createdAt: run.created_at,
    htmlUrl: run.html_url,
    workflowPath: run.path,
    fromFork: head !== undefined && head.toLowerCase() !== (run.repository?.full_name ?? repository).toLowerCase(),
  };
}

interface RestArtifact {
  id: number;
  name: string;
  expired: boolean;
  expires_at: string | null;
  size_in_bytes: number;
  digest?: string | null;
}

function toArtifact(a: RestArtifact): RunArtifact {
  return { id: a.id, name: a.name, expired: a.expired, expiresAt: a.expires_at, sizeInBytes: a.size_in_bytes, digest: a.digest ?? null };
}
