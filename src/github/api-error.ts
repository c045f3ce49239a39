/**
 * A GitHub API call that failed, with a message that is safe to print: it names the request and
 * GitHub's answer, and every secret the client knows is cut out of it.
 */

export class GitHubApiError extends Error {
  /** The HTTP status GitHub answered; 0 when no answer arrived (network failure). */
  readonly status: number;
  /** `METHOD /path` of the failed request (a route template or a URL, never headers). */
  readonly request: string;
  constructor(message: string, status: number, request: string) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
    this.request = request;
  }
}

/** `text` with every occurrence of each non-empty secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}

/**
 * Wraps whatever a call threw (usually octokit's RequestError) into a {@link GitHubApiError}
 * whose message cannot contain `secrets`. The original is dropped, not kept as `cause`: its
 * request record carries the headers.
 */
export function toGitHubApiError(error: unknown, request: string, secrets: readonly string[]): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const status = typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : 0;
  const detail = error instanceof Error ? error.message : String(error);
  const message = `GitHub API ${request} failed${status ? ` with ${status}` : ''}: ${detail}`;
  return new GitHubApiError(redact(message, secrets), status, redact(request, secrets));
}
