/** A profile file from disk (JSON written by `mlgate profile`), parsed and checked (serialise.ts); a missing file is a DataError naming it. */
import { readFileSync } from 'node:fs';
import { DataError } from '../errors.js';
import type { Profile } from './format.js';
import { parseProfile } from './serialise.js';

export function readProfileFile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'unknown error'})`, { file: path });
  }
  return parseProfile(text, path);
}
