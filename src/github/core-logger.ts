/**
 * The {@link Logger} seam mapped onto @actions/core: `info` to the step log, `debug` shown when
 * the run has step debugging on, `notice`/`warning`/`error` as annotations on the run.
 * `info` goes to stdout as is, where a line starting `::` is a workflow command: a message is
 * therefore put on one line first, so no value it quotes can start a line of its own.
 */
import * as core from '@actions/core';
import { oneLine } from '../errors.js';
import type { Logger } from '../logger.js';

export function coreLogger(): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(oneLine(message)),
    notice: (message) => core.notice(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
  };
}
