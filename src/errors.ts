/**
 * The three outcomes of a run are different things (DESIGN.md, exit codes):
 * a failed gate is a result (exit 1); a user mistake is an {@link InputError} (exit 2,
 * one clear line, no stack trace); anything else is our bug (exit 3).
 */

/** Base of every user mistake: the message is one line that says what and where. */
export class InputError extends Error {
  readonly exitCode = 2 as const;
  constructor(message: string) {
    super(message);
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

/** Exit code for anything thrown out of a run: 2 for user mistakes, 3 for our own bugs. */
export function exitCodeOf(error: unknown): 2 | 3 {
  return error instanceof InputError ? 2 : 3;
}

/** One line for the user: the message of an input error, or a bug report line for ours. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `mlgate internal error (please report it): ${detail}`;
}
