/** A logger that keeps every line, for tests (src/logger.ts is the seam it implements). */
import type { Logger } from '../../src/logger.js';

export interface MemoryLogger extends Logger {
  readonly lines: string[];
}

export function memoryLogger(): MemoryLogger {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
  };
  return { lines, debug: keep('debug'), info: keep('info'), notice: keep('notice'), warning: keep('warning'), error: keep('error') };
}
