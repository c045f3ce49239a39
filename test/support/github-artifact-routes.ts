/**
 * Workflow runs and artifacts for the loopback GitHub (test/support/github-server.ts): pass
 * `artifactRoutes(actions)` to `start({ routes })` and keep the state on an {@link ActionsState}.
 *
 * It plays the three services a run's artifacts go through, over real HTTP:
 * - the REST API: list a workflow's runs (filtered by branch and status/conclusion), get a run,
 *   list a run's artifacts (filtered by name, `expired` flag), download an artifact (302 to a blob
 *   URL; 410 when expired), the repository (default branch) and pull requests (head commit);
 * - the blob store: `GET /_blobs/<id>.zip?sig=…` answers the zip (no token; a request carrying
 *   one is recorded, so tests can assert the token never reaches it); Azure block uploads
 *   (`PUT /_azure/<account>/<container>/<blob>?comp=block|blocklist`, as @azure/storage-blob
 *   sends them);
 * - the Actions runtime's results service (twirp JSON, as @actions/artifact speaks it):
 *   CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact. The
 *   run is found from the backend ids in the request, which {@link ActionsState.runtimeToken}'s
 *   JWT carries: an artifact uploaded by one bundle run is then listed and downloadable through
 *   the REST API by the next one;
 * - the cache service v2 (twirp JSON, as @actions/cache speaks it with ACTIONS_CACHE_SERVICE_V2):
 *   GetCacheEntryDownloadURL (exact key, then the newest entry of each restore-key prefix, same
 *   version only), CreateCacheEntry (keys are immutable: 409 when taken), FinalizeCacheEntryUpload;
 *   archives go up as one Azure Put Blob and come down with a plain GET.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import type { Reply, Route, RouteContext } from './github-server.js';

export interface WorkflowRunSeed {
  id: number;
  /** The workflow file, e.g. `train.yml`. */
  workflow: string;
  branch: string;
  runNumber?: number;
  headSha?: string;
  status?: 'completed' | 'in_progress' | 'queued';
  conclusion?: 'success' | 'failure' | 'cancelled' | null;
  event?: string;
  /** The run's head commit comes from a fork (`head_repository` differs). */
  fork?: boolean;
}

export interface StoredRun extends Required<Omit<WorkflowRunSeed, 'fork'>> {
  fork: boolean;
  backendId: string;
  createdAt: string;
}

export interface StoredArtifact {
  id: number;
  runId: number;
  name: string;
  zip: Buffer;
  expired: boolean;
  expiresAt: string;
  createdAt: string;
  /** `sha256:<hex>` as GitHub reports it; may be set wrong to play a damaged download. */
  digest: string | null;
  /** Uploads are listed only once finalized. */
  finalized: boolean;
  /** Set while an upload is in progress: its Azure blob path. */
  uploadPath?: string;
}

export interface PullRequestSeed {
  number: number;
  headSha: string;
  fork?: boolean;
}

export interface CacheEntry {
  key: string;
  version: string;
  uploadPath: string;
  finalized: boolean;
  /** Order of creation (newest wins a prefix match). */
  serial: number;
}

export const WORKFLOW_IDS: Record<string, number> = {};

/** The signature the blob URLs carry; masked by @actions/artifact, must not leak into outputs. */
export const BLOB_SIGNATURE = 'blobSIGnotAsecret0123';

export class ActionsState {
  readonly runs: StoredRun[] = [];
  readonly artifacts: StoredArtifact[] = [];
  readonly pulls = new Map<number, PullRequestSeed>();
  readonly caches: CacheEntry[] = [];
  defaultBranch = 'main';
  private lastId = 50_000;
  private readonly blocks = new Map<string, Map<string, Buffer>>();
  private readonly committed = new Map<string, Buffer>();

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  addRun(seed: WorkflowRunSeed): StoredRun {
    const run: StoredRun = {
      id: seed.id,
      workflow: seed.workflow,
      branch: seed.branch,
      runNumber: seed.runNumber ?? seed.id % 1000,
      headSha: seed.headSha ?? createHash('sha1').update(String(seed.id)).digest('hex'),
      status: seed.status ?? 'completed',
      conclusion: seed.conclusion === undefined ? 'success' : seed.conclusion,
      event: seed.event ?? 'push',
      fork: seed.fork === true,
      backendId: `run-backend-${seed.id}`,
      createdAt: new Date(Date.UTC(2024, 0, 1) + seed.id * 60_000).toISOString(),
    };
    this.runs.push(run);
    return run;
  }

  /** An artifact of a run (finalized), holding `zip`. */
  addArtifact(runId: number, name: string, zip: Buffer, options: { expired?: boolean; digest?: string | null } = {}): StoredArtifact {
    const id = this.nextId();
    const artifact: StoredArtifact = {
      id,
      runId,
      name,
      zip,
      expired: options.expired === true,
      expiresAt: options.expired ? '2024-03-01T00:00:00Z' : '2099-01-01T00:00:00Z',
      createdAt: new Date(Date.UTC(2024, 0, 1) + id * 1000).toISOString(),
      digest: options.digest === undefined ? sha256Digest(zip) : options.digest,
      finalized: true,
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  artifactsOf(runId: number): StoredArtifact[] {
    return this.artifacts.filter((a) => a.runId === runId && a.finalized);
  }

  run(id: number): StoredRun | undefined {
    return this.runs.find((r) => r.id === id);
  }

  /** The ACTIONS_RUNTIME_TOKEN of a job of `runId`: an unsigned JWT with the results scope. */
  runtimeToken(runId: number): string {
    const run = this.run(runId);
    if (!run) throw new Error(`no run ${runId}`);
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:x Actions.Results:${run.backendId}:job-backend-${runId}` })}.c2ln`;
  }

  /** The runner's environment for a job of `runId` that may use the results service at `url`. */
  runtimeEnv(runId: number, url: string): Record<string, string> {
    return { ACTIONS_RUNTIME_TOKEN: this.runtimeToken(runId), ACTIONS_RESULTS_URL: `${url}/` };
  }

  // --- Azure block blobs -------------------------------------------------------------------

  stageBlock(path: string, blockId: string, data: Buffer): void {
    let staged = this.blocks.get(path);
    if (!staged) this.blocks.set(path, (staged = new Map()));
    staged.set(blockId, data);
  }

  commitBlocks(path: string, ids: readonly string[]): boolean {
    const staged = this.blocks.get(path) ?? new Map<string, Buffer>();
    if (ids.some((id) => !staged.has(id))) return false;
    this.committed.set(path, Buffer.concat(ids.map((id) => staged.get(id)!)));
    return true;
  }

  committedBlob(path: string): Buffer | undefined {
    return this.committed.get(path);
  }

  putBlob(path: string, data: Buffer): void {
    this.committed.set(path, data);
  }

  /** The environment that makes @actions/cache use the cache service v2 here. */
  cacheEnv(runId: number, url: string): Record<string, string> {
    return { ...this.runtimeEnv(runId, url), ACTIONS_CACHE_SERVICE_V2: 'true' };
  }
}

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

// ---------------------------------------------------------------------------------------------
// REST shapes

function restRun(run: StoredRun, state: ActionsState, baseUrl: string): Record<string, unknown> {
  const full = `${state.owner}/${state.repo}`;
  return {
    id: run.id,
    name: run.workflow.replace(/\.ya?ml$/, ''),
    node_id: `WFR_${run.id}`,
    head_branch: run.branch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflow}`,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowId(run.workflow),
    url: `${baseUrl}/repos/${full}/actions/runs/${run.id}`,
    html_url: `https://github.com/${full}/actions/runs/${run.id}`,
    created_at: run.createdAt,
    updated_at: run.createdAt,
    head_repository: { full_name: run.fork ? `contributor/${state.repo}` : full },
    repository: { full_name: full },
  };
}

function restArtifact(a: StoredArtifact, state: ActionsState, baseUrl: string): Record<string, unknown> {
  const run = state.run(a.runId);
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.zip.length,
    url: `${baseUrl}/repos/${state.owner}/${state.repo}/actions/artifacts/${a.id}`,
    archive_download_url: `${baseUrl}/repos/${state.owner}/${state.repo}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt,
    digest: a.digest,
    workflow_run: run ? { id: run.id, head_branch: run.branch, head_sha: run.headSha } : null,
  };
}

function workflowId(file: string): number {
  WORKFLOW_IDS[file] ??= 7000 + Object.keys(WORKFLOW_IDS).length;
  return WORKFLOW_IDS[file];
}

function positiveInt(text: string | null, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** A page of an object-wrapped list (`{ total_count, <key>: [...] }`) with GitHub's Link header. */
function pageOf(key: string, items: readonly unknown[], c: RouteContext): Reply {
  const perPage = Math.min(positiveInt(c.query.get('per_page'), 30), 100);
  const page = positiveInt(c.query.get('page'), 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(c.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${c.baseUrl}${c.request.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  return {
    status: 200,
    body: { total_count: items.length, [key]: items.slice((page - 1) * perPage, page * perPage) },
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function error(status: number, message: string): Reply {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } };
}

const unauthorized = (c: RouteContext) => (c.request.authorized ? undefined : error(401, 'Requires authentication'));

function sameRepo(c: RouteContext, state: ActionsState): boolean {
  return c.params.owner === state.owner && c.params.repo === state.repo;
}

// ---------------------------------------------------------------------------------------------
// Twirp (results service)

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';
const CACHE_TWIRP = '/twirp/github.actions.results.api.v1.CacheService';

function twirpError(status: number, code: string, msg: string): Reply {
  return { status, body: { code, msg } };
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

function monolith(a: StoredArtifact, state: ActionsState): Record<string, unknown> {
  const run = state.run(a.runId)!;
  return {
    workflow_run_backend_id: run.backendId,
    workflow_job_run_backend_id: `job-backend-${run.id}`,
    database_id: String(a.id),
    name: a.name,
    size: String(a.zip.length),
    created_at: a.createdAt,
    ...(a.digest ? { digest: a.digest } : {}),
  };
}

function blobUrl(a: StoredArtifact, baseUrl: string): string {
  return `${baseUrl}/_blobs/${a.id}.zip?sig=${BLOB_SIGNATURE}&se=2099-01-01`;
}

// ---------------------------------------------------------------------------------------------

/**
 * The routes over `state`; a function is called per request, so one server (whose URL an
 * in-process test must fix before @actions/github is imported) can serve a fresh state per test.
 */
export function artifactRoutes(stateOrGetter: ActionsState | (() => ActionsState)): Route[] {
  const current = typeof stateOrGetter === 'function' ? stateOrGetter : () => stateOrGetter;
  return routesOver(new Proxy({} as ActionsState, {
    get: (_target, key) => {
      const state = current();
      const value = Reflect.get(state, key, state) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(state) : value;
    },
  }));
}

function routesOver(state: ActionsState): Route[] {
  const runFromBackend = (body: unknown) => state.runs.find((r) => r.backendId === field(body, 'workflow_run_backend_id'));

  return [
    {
      method: 'GET',
      path: '/repos/:owner/:repo',
      handle: (c) =>
        sameRepo(c, state)
          ? { status: 200, body: { full_name: `${state.owner}/${state.repo}`, name: state.repo, default_branch: state.defaultBranch } }
          : error(404, 'Not Found'),
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/pulls/:number',
      handle: (c) => {
        const pull = sameRepo(c, state) ? state.pulls.get(Number(c.params.number)) : undefined;
        if (!pull) return error(404, 'Not Found');
        const full = `${state.owner}/${state.repo}`;
        return {
          status: 200,
          body: {
            number: pull.number,
            state: 'open',
            head: { sha: pull.headSha, ref: 'feature', repo: { full_name: pull.fork ? `contributor/${state.repo}` : full } },
            base: { ref: state.defaultBranch, repo: { full_name: full } },
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/actions/workflows/:workflow/runs',
      handle: (c) => {
        const denied = unauthorized(c);
        if (denied) return denied;
        const wanted = c.params.workflow;
        const known = state.runs.some((r) => r.workflow === wanted || String(workflowId(r.workflow)) === wanted);
        if (!sameRepo(c, state) || !known) return error(404, 'Not Found');
        const branch = c.query.get('branch');
        const status = c.query.get('status');
        const runs = state.runs
          .filter((r) => r.workflow === wanted || String(workflowId(r.workflow)) === wanted)
          .filter((r) => branch === null || r.branch === branch)
          .filter((r) => status === null || r.status === status || r.conclusion === status)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
          .map((r) => restRun(r, state, c.baseUrl));
        return pageOf('workflow_runs', runs, c);
      },
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/actions/runs/:id',
      handle: (c) => {
        const denied = unauthorized(c);
        if (denied) return denied;
        const run = sameRepo(c, state) ? state.run(Number(c.params.id)) : undefined;
        return run ? { status: 200, body: restRun(run, state, c.baseUrl) } : error(404, 'Not Found');
      },
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/actions/runs/:id/artifacts',
      handle: (c) => {
        const denied = unauthorized(c);
        if (denied) return denied;
        const run = sameRepo(c, state) ? state.run(Number(c.params.id)) : undefined;
        if (!run) return error(404, 'Not Found');
        const name = c.query.get('name');
        const list = state
          .artifactsOf(run.id)
          .filter((a) => name === null || a.name === name)
          .sort((a, b) => b.id - a.id)
          .map((a) => restArtifact(a, state, c.baseUrl));
        return pageOf('artifacts', list, c);
      },
    },
    {
      method: 'GET',
      path: '/repos/:owner/:repo/actions/artifacts/:id/zip',
      handle: (c) => {
        const denied = unauthorized(c);
        if (denied) return denied;
        const artifact = sameRepo(c, state) ? state.artifacts.find((a) => a.id === Number(c.params.id) && a.finalized) : undefined;
        if (!artifact) return error(404, 'Not Found');
        if (artifact.expired) return error(410, 'Artifact has expired');
        return { status: 302, headers: { location: blobUrl(artifact, c.baseUrl) } };
      },
    },
    {
      method: 'GET',
      path: '/_blobs/:file',
      handle: (c) => {
        const artifact = state.artifacts.find((a) => `${a.id}.zip` === c.params.file);
        if (!artifact || c.query.get('sig') !== BLOB_SIGNATURE) return { status: 403, body: 'AuthenticationFailed' };
        return { status: 200, body: artifact.zip, headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename=${artifact.name}.zip` } };
      },
    },
    {
      method: 'PUT',
      path: '/_azure/:account/:container/:upload/:blob',
      handle: (c) => {
        if (c.query.get('sig') !== BLOB_SIGNATURE) return { status: 403, body: 'AuthenticationFailed' };
        const path = `${c.params.upload}/${c.params.blob}`;
        const headers = { 'x-ms-request-id': `req-${state.nextId()}`, 'x-ms-version': '2025-01-05', etag: '"0x1"', 'last-modified': new Date().toUTCString() };
        const comp = c.query.get('comp');
        if (comp === 'block') {
          const blockId = c.query.get('blockid');
          if (!blockId) return { status: 400, body: 'InvalidQueryParameterValue' };
          state.stageBlock(path, blockId, c.rawBody);
          return { status: 201, headers: { ...headers, 'x-ms-request-server-encrypted': 'true' } };
        }
        if (comp === 'blocklist') {
          const xml = c.rawBody.toString('utf8');
          const ids = [...xml.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
          if (!state.commitBlocks(path, ids)) return { status: 400, body: 'InvalidBlockList' };
          return { status: 201, headers: { ...headers, 'x-ms-request-server-encrypted': 'true' } };
        }
        if (comp === null && c.request.headers['x-ms-blob-type'] === 'BlockBlob') {
          state.putBlob(path, c.rawBody);
          return { status: 201, headers: { ...headers, 'x-ms-request-server-encrypted': 'true' } };
        }
        return { status: 400, body: 'unsupported blob operation' };
      },
    },
    {
      method: 'GET',
      path: '/_azure/:account/:container/:upload/:blob',
      handle: (c) => {
        if (c.query.get('sig') !== BLOB_SIGNATURE) return { status: 403, body: 'AuthenticationFailed' };
        const blob = state.committedBlob(`${c.params.upload}/${c.params.blob}`);
        return blob ? { status: 200, body: blob, headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.length) } } : { status: 404, body: 'BlobNotFound' };
      },
    },
    {
      method: 'POST',
      path: `${CACHE_TWIRP}/:method`,
      handle: (c) => {
        if (!c.request.authorized) return twirpError(401, 'unauthenticated', 'missing token');
        const key = field(c.body, 'key');
        const version = field(c.body, 'version');
        if (typeof key !== 'string' || typeof version !== 'string') return twirpError(400, 'invalid_argument', 'key and version');
        const live = state.caches.filter((e) => e.finalized && e.version === version);
        switch (c.params.method) {
          case 'GetCacheEntryDownloadURL': {
            const restoreKeys = field(c.body, 'restore_keys');
            const prefixes = Array.isArray(restoreKeys) ? restoreKeys.filter((k): k is string => typeof k === 'string') : [];
            const hit = live.find((e) => e.key === key) ?? prefixes.map((p) => live.filter((e) => e.key.startsWith(p)).sort((a, b) => b.serial - a.serial)[0]).find((e) => e !== undefined);
            if (!hit) return { status: 200, body: { ok: false } };
            return { status: 200, body: { ok: true, signed_download_url: `${c.baseUrl}/_azure/devstoreaccount1/actions-cache/${hit.uploadPath}?sig=${BLOB_SIGNATURE}`, matched_key: hit.key } };
          }
          case 'CreateCacheEntry': {
            if (state.caches.some((e) => e.key === key && e.version === version)) return twirpError(409, 'already_exists', 'cache entry with the same key and version already exists');
            const serial = state.nextId();
            const uploadPath = `cache-${serial}/archive`;
            state.caches.push({ key, version, uploadPath, finalized: false, serial });
            return { status: 200, body: { ok: true, signed_upload_url: `${c.baseUrl}/_azure/devstoreaccount1/actions-cache/${uploadPath}?sig=${BLOB_SIGNATURE}` } };
          }
          case 'FinalizeCacheEntryUpload': {
            const entry = state.caches.find((e) => e.key === key && e.version === version && !e.finalized);
            if (!entry || !state.committedBlob(entry.uploadPath)) return { status: 200, body: { ok: false, message: 'no upload to finalize' } };
            entry.finalized = true;
            return { status: 200, body: { ok: true, entry_id: String(entry.serial) } };
          }
          default:
            return twirpError(404, 'bad_route', `no method ${c.params.method}`);
        }
      },
    },
    {
      method: 'POST',
      path: `${TWIRP}/:method`,
      handle: (c) => {
        if (!c.request.authorized) return twirpError(401, 'unauthenticated', 'missing token');
        const run = runFromBackend(c.body);
        if (!run) return twirpError(404, 'not_found', 'unknown workflow run backend id');
        const name = field(c.body, 'name');
        switch (c.params.method) {
          case 'CreateArtifact': {
            if (typeof name !== 'string') return twirpError(400, 'invalid_argument', 'name');
            if (state.artifacts.some((a) => a.runId === run.id && a.name === name && a.finalized)) {
              return twirpError(409, 'already_exists', 'an artifact with this name already exists on the workflow run');
            }
            const id = state.nextId();
            const uploadPath = `upload-${id}/${name}.zip`;
            state.artifacts.push({
              id,
              runId: run.id,
              name,
              zip: Buffer.alloc(0),
              expired: false,
              expiresAt: '2099-01-01T00:00:00Z',
              createdAt: new Date(Date.UTC(2024, 0, 1) + id * 1000).toISOString(),
              digest: null,
              finalized: false,
              uploadPath,
            });
            return { status: 200, body: { ok: true, signed_upload_url: `${c.baseUrl}/_azure/devstoreaccount1/actions-results/${uploadPath}?sig=${BLOB_SIGNATURE}&se=2099-01-01` } };
          }
          case 'FinalizeArtifact': {
            const artifact = state.artifacts.find((a) => a.runId === run.id && a.name === name && !a.finalized);
            if (!artifact?.uploadPath) return twirpError(404, 'not_found', 'no artifact upload in progress');
            const blob = state.committedBlob(artifact.uploadPath);
            if (!blob) return twirpError(400, 'failed_precondition', 'nothing was uploaded');
            const hash = field(c.body, 'hash');
            if (typeof hash === 'string' && hash !== sha256Digest(blob)) return twirpError(400, 'invalid_argument', 'hash mismatch');
            artifact.zip = blob;
            artifact.digest = sha256Digest(blob);
            artifact.finalized = true;
            return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
          }
          case 'ListArtifacts': {
            const nameFilter = field(c.body, 'name_filter');
            const idFilter = field(c.body, 'id_filter');
            const list = state
              .artifactsOf(run.id)
              .filter((a) => !a.expired)
              .filter((a) => nameFilter === undefined || a.name === nameFilter)
              .filter((a) => idFilter === undefined || String(a.id) === String(idFilter))
              .map((a) => monolith(a, state));
            return { status: 200, body: { artifacts: list } };
          }
          case 'GetSignedArtifactURL': {
            const artifact = state.artifactsOf(run.id).find((a) => a.name === name);
            if (!artifact) return twirpError(404, 'not_found', 'artifact not found');
            return { status: 200, body: { signed_url: blobUrl(artifact, c.baseUrl) } };
          }
          case 'DeleteArtifact': {
            const artifact = state.artifactsOf(run.id).find((a) => a.name === name);
            if (!artifact) return twirpError(404, 'not_found', 'artifact not found');
            state.artifacts.splice(state.artifacts.indexOf(artifact), 1);
            return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
          }
          default:
            return twirpError(404, 'bad_route', `no method ${c.params.method}`);
        }
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// A minimal zip writer for seeding artifacts (deflate, UTF-8 names). Archives that must be
// refused are Python-written fixtures (test/fixtures/artifacts/).

export function zipOf(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
