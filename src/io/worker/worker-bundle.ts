/**
 * Where the load-table worker is: the bundle dist/load-table-worker/index.js seen from the running
 * bundle (dist/<name>/index.js), if it exists and MLGATE_NO_WORKERS is not 1. Undefined when
 * running from src (vitest, tsx): readers then use this thread only.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function loadTableWorkerUrl(): URL | undefined {
  // Built from parts so that the bundler does not take it for a module to bundle.
  const url = new URL(['..', 'load-table-worker', 'index.js'].join('/'), import.meta.url);
  const available = process.env.MLGATE_NO_WORKERS !== '1' && url.protocol === 'file:' && existsSync(fileURLToPath(url));
  return available ? url : undefined;
}
