/**
 * Telling a profile from a dataset where a file input may be either (drift-report's `reference`
 * and `current`, validate-data's `reference`): a file whose name ends in `.json` and whose text
 * starts as a JSON object with a `"profileVersion"` key among its first 4 KiB (mlgate writes it
 * first; a JSON dataset is an array of records). A glob may name several profiles (the shards of
 * a matrix): they are merged. A glob that mixes profiles and data files is a DataError naming one
 * of each, never a guess.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { DataError } from '../errors.js';
import { expandFileInput } from '../io/glob.js';
import type { Profile } from './format.js';
import { mergeAll } from './merge.js';
import { readProfileFile } from './read-file.js';

const HEAD_BYTES = 4096;
const PROFILE_HEAD = /^\s*\{[\s\S]*"profileVersion"\s*:/;

/** Whether the file at `path` is a profile (by its name and first bytes); false when it cannot be read. */
export function isProfileFile(path: string): boolean {
  if (!path.toLowerCase().endsWith('.json')) return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, head, 0, HEAD_BYTES, 0);
    return PROFILE_HEAD.test(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether a file input (a path or a glob) names profiles; false for data files and for inputs that match nothing (the loader reports those). */
export function isProfileInput(input: string): boolean {
  let files: string[];
  try {
    files = expandFileInput(input);
  } catch {
    return false;
  }
  const profiles = files.filter(isProfileFile);
  if (profiles.length === 0) return false;
  if (profiles.length < files.length) {
    const other = files.find((f) => !isProfileFile(f))!;
    throw new DataError(`names profiles (${profiles[0]}) and data files (${other}) together; give one or the other`, { file: input });
  }
  return true;
}

/** The profile an input names (several merged: the shards of one dataset). */
export function readProfileInput(input: string): Profile {
  return mergeAll(expandFileInput(input).map((file) => readProfileFile(file)));
}
