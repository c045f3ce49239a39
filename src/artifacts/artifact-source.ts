/**
 * What resolving an artefact reference needs from GitHub, as plain data: the resolver
 * (resolve-reference.ts) is written against this interface, the GitHub implementation
 * (src/github/artifact-download.ts) is the only part that talks to the API.
 */

export interface WorkflowRun {
  readonly id: number;
  /** The run's number within its workflow (`#57`). */
  readonly runNumber: number;
  readonly headBranch: string | null;
  readonly headSha: string;
  readonly event: string;
  readonly createdAt: string;
  readonly htmlUrl: string;
  /** `.github/workflows/train.yml`. */
  readonly workflowPath: string | undefined;
  /** Whether the run's head commit lives in another repository (a fork's pull request). */
  readonly fromFork: boolean;
}

export interface RunArtifact {
  readonly id: number;
  readonly name: string;
  readonly expired: boolean;
  readonly expiresAt: string | null;
  readonly sizeInBytes: number;
  /** `sha256:<hex>` when GitHub recorded one. */
  readonly digest: string | null;
}

/** The artifact existed in the listing but could not be downloaded: expired (410) or deleted (404). */
export class ArtifactUnavailableError extends Error {
  constructor(
    readonly artifactId: number,
    readonly status: number,
  ) {
    super(`artifact ${artifactId} is ${status === 410 ? 'expired' : 'gone'} (GitHub answered ${status})`);
    this.name = 'ArtifactUnavailableError';
  }
}

export interface ArtifactSource {
  /** The repository, `owner/repo`, for messages. */
  readonly repository: string;
  /** The workflow file (`train.yml`) this run belongs to; undefined when unknown. */
  currentWorkflow(): Promise<string | undefined>;
  defaultBranch(): Promise<string>;
  /**
   * Successful runs of `workflow` (file name or id) on `branch`, newest first, at most `limit`.
   * @throws ConfigurationError when the workflow does not exist or may not be read
   */
  successfulRuns(workflow: string, branch: string, limit: number): Promise<WorkflowRun[]>;
  /** One run; undefined when GitHub does not know it. */
  run(runId: number): Promise<WorkflowRun | undefined>;
  /** A run's artifacts, those named `name` only when given. */
  runArtifacts(runId: number, name?: string): Promise<RunArtifact[]>;
  /**
   * Downloads the artifact's zip into `directory` (empty, existing) and returns the file's path.
   * @throws ArtifactUnavailableError on 410/404
   */
  download(artifact: RunArtifact, runId: number, directory: string): Promise<string>;
  /** Artifacts uploaded so far in this run (the Actions runtime's results service). */
  currentRunArtifacts(): Promise<RunArtifact[]>;
  downloadFromCurrentRun(artifact: RunArtifact, directory: string): Promise<string>;
}
