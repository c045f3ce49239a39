/**
 * The seam between library code and wherever messages go. Only src/github/ maps it onto
 * @actions/core; the CLI writes to stderr; tests collect the lines (test/support/memory-logger.ts).
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A logger that writes to a stream (stderr for the CLI), `debug` only when asked. */
export function streamLogger(stream: NodeJS.WritableStream, verbose = false): Logger {
  const write = (prefix: string) => (message: string) => {
    stream.write(`${prefix}${message}\n`);
  };
  return {
    debug: verbose ? write('debug: ') : () => {},
    info: write(''),
    notice: write('notice: '),
    warning: write('warning: '),
    error: write('error: '),
  };
}
