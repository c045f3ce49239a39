/**
 * What the load-table worker and the main thread send each other (src/io/load-pair.ts).
 *
 * A table comes back with its typed arrays transferred (moved to the main thread, not copied):
 * only the names, dictionaries and counts are cloned. An error comes back as data and is rebuilt
 * as the same class (src/errors.ts), so the user sees the same one-line message and exit code as
 * when the file is read on the main thread.
 */
import { ConfigurationError, DataError, InputError, type DataLocation } from '../../errors.js';
import { isNumeric, type Table } from '../table.js';
import type { DelimitedOptions } from '../delimited.js';
import type { LoadOptions } from '../load.js';

/** workerData: the file to read and how — a whole file (loadTable), or a byte range of a CSV/TSV file (loadDelimited). */
export interface LoadRequest {
  readonly path: string;
  readonly options: LoadOptions;
  /** Set: read `path` with loadDelimited and these options (a `range` of it), not loadTable. */
  readonly delimited?: DelimitedOptions;
}

export type LoadReply = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly error: SerialisedError };

export interface SerialisedError {
  /** Which class to rebuild; anything that is not a user mistake is a bug (exit 3). */
  readonly kind: 'data' | 'configuration' | 'input' | 'bug';
  /** The message as the user would see it (a DataError's already names file, row and column). */
  readonly message: string;
  readonly location?: DataLocation;
  readonly name?: string;
  readonly stack?: string;
}

/** The distinct buffers under the table's typed arrays (a buffer listed twice cannot be transferred). */
export function transferList(table: Table): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of table.columns) {
    const buffer = (isNumeric(column) ? column.values : column.codes).buffer;
    if (buffer instanceof ArrayBuffer) buffers.add(buffer);
  }
  return [...buffers];
}

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof DataError) return { kind: 'data', message: error.message, location: { ...error.location } };
  if (error instanceof ConfigurationError) return { kind: 'configuration', message: error.message };
  if (error instanceof InputError) return { kind: 'input', message: error.message };
  if (error instanceof Error) return { kind: 'bug', message: error.message, name: error.name, stack: error.stack };
  return { kind: 'bug', message: String(error) };
}

/** The error serialiseError described, as an instance of the same class with the same message. */
export function rebuildError(error: SerialisedError): Error {
  switch (error.kind) {
    case 'data': {
      // DataError puts "file, row n, column "c": " before its message; take it off to rebuild.
      const location = error.location ?? {};
      const prefix = new DataError('', location).message;
      return new DataError(error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message, location);
    }
    case 'configuration':
      return new ConfigurationError(error.message);
    case 'input':
      return new InputError(error.message);
    case 'bug': {
      const rebuilt = new Error(error.message);
      if (error.name !== undefined) rebuilt.name = error.name;
      if (error.stack !== undefined) rebuilt.stack = error.stack;
      return rebuilt;
    }
  }
}
