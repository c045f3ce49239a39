/**
 * The {@link Logger} seam mapped onto @actions/core: `info` to the step log, `debug` shown when
 * the run has step debugging on, `notice`/`warning`/`error` as annotations on the run.
 */
import * as core from '@actions/core';
import type { Logger } from '../logger.js';

export function coreLogger(): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message) => core.notice(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
  };
}
