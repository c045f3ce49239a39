/**
 * The three outcomes of a run are different things (DESIGN.md, exit codes):
 * a failed gate is a result (exit 1); a user mistake is an {@link InputError} (exit 2,
 * one clear line, no stack trace); anything else is our bug (exit 3). A service mlgate talks to
 * failing (the GitHub API: {@link ServiceError}) is neither a mistake nor our bug: one line, exit 2
 * when it stops the run (an input could not be fetched), and never more than a notice when it
 * only stops a report from being delivered.
 */

/**
 * `text` on one line, whatever it quotes: line breaks become a visible `\n` and other control
 * characters `\u00XX`, so a value from a file or an input can neither split a message over
 * two lines (nor start a runner's `::workflow-command::` on a line of its own) nor send
 * terminal escapes. Tabs are kept.
 * @example oneLine('column "a\nb"') // 'column "a\\nb"' (a backslash and an n)
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) => {
    if (c === '\r\n' || c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Base of every user mistake: the message is one line that says what and where. */
export class InputError extends Error {
  readonly exitCode = 2 as const;
  constructor(message: string) {
    super(oneLine(message));
    this.name = new.target.name;
  }
}

/** A wrong input, option, config file or gate: names the input and what is allowed. */
export class ConfigurationError extends InputError {}

/** Where in a file a data problem sits. Rows are 1-based data rows (the header is not counted). */
export interface DataLocation {
  file?: string;
  column?: string;
  row?: number;
}

/** A file that is missing, unreadable, malformed, or holds a value that cannot be used. */
export class DataError extends InputError {
  readonly location: DataLocation;
  constructor(message: string, location: DataLocation = {}) {
    super(formatLocated(message, location));
    this.location = location;
  }
}

function formatLocated(message: string, { file, column, row }: DataLocation): string {
  const where: string[] = [];
  if (file !== undefined) where.push(file);
  if (row !== undefined) where.push(`row ${row}`);
  if (column !== undefined) where.push(`column "${column}"`);
  return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}

/**
 * A service mlgate depends on failed or could not be reached, after retrying within its budget
 * (the GitHub API: src/github/api-error.ts). Its message is one line naming the request and the
 * answer (or that none came), never a stack and never a secret.
 */
export class ServiceError extends Error {
  readonly exitCode = 2 as const;
  constructor(message: string) {
    super(oneLine(message));
    this.name = new.target.name;
  }
}

/**
 * Exit code for anything thrown out of a run: 2 for user mistakes and for a service that failed
 * (an input could not be fetched: not our bug, so not 3), 3 for our own bugs.
 */
export function exitCodeOf(error: unknown): 2 | 3 {
  return error instanceof InputError || error instanceof ServiceError ? 2 : 3;
}

/** One line for the user: the message of an input or service error, or a bug report line for ours. */
export function describeError(error: unknown): string {
  if (error instanceof InputError || error instanceof ServiceError) return error.message;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `mlgate internal error (please report it): ${detail}`;
}
