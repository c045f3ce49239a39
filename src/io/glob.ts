/**
 * File inputs accept a path or a glob: `*` (any run of characters within one path segment),
 * `?` (one character), `[abc]` / `[a-z]` / `[!a-z]` (a character class), `**` (zero or more
 * directories) and `\` (take the next character literally). As in a shell, wildcards do not
 * match a leading `.` unless the pattern segment starts with one. Only files are returned, sorted,
 * spelled the way the pattern is (relative stays relative to `cwd`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/**
 * The files `pattern` names: itself when it has no wildcard (whether or not it exists: the
 * loader then reports a missing file precisely), else every matching file; none is a DataError.
 */
export function expandFileInput(pattern: string, cwd: string = process.cwd()): string[] {
  if (!hasGlobMagic(pattern)) return [pattern];
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  if (absolute) segments.shift();
  const results = new Set<string>();
  walk(absolute ? '/' : cwd, absolute ? '/' : '', segments, 0, results);
  if (results.size === 0) throw new DataError(`no file matches "${pattern}"`, {});
  return [...results].sort();
}

function walk(directory: string, prefix: string, segments: readonly string[], index: number, out: Set<string>): void {
  const segment = segments[index];
  const last = index === segments.length - 1;
  if (segment === '**') {
    if (last) {
      collectFiles(directory, prefix, out);
      return;
    }
    walk(directory, prefix, segments, index + 1, out);
    for (const entry of listDirectory(directory)) {
      if (entry.startsWith('.')) continue;
      const path = join(directory, entry);
      if (isDirectory(path)) walk(path, prefix + entry + '/', segments, index, out);
    }
    return;
  }
  if (!hasGlobMagic(segment)) {
    const name = unescapeLiteral(segment);
    const path = join(directory, name);
    if (last) {
      if (isFile(path)) out.add(prefix + name);
    } else if (isDirectory(path)) {
      walk(path, prefix + name + '/', segments, index + 1, out);
    }
    return;
  }
  const matcher = segmentPattern(segment);
  for (const entry of listDirectory(directory)) {
    if (entry.startsWith('.') && !segment.startsWith('.')) continue;
    if (!matcher.test(entry)) continue;
    const path = join(directory, entry);
    if (last) {
      if (isFile(path)) out.add(prefix + entry);
    } else if (isDirectory(path)) {
      walk(path, prefix + entry + '/', segments, index + 1, out);
    }
  }
}

function collectFiles(directory: string, prefix: string, out: Set<string>): void {
  for (const entry of listDirectory(directory)) {
    if (entry.startsWith('.')) continue;
    const path = join(directory, entry);
    if (isFile(path)) out.add(prefix + entry);
    else if (isDirectory(path)) collectFiles(path, prefix + entry + '/', out);
  }
}

/** A regular expression for one path segment of a glob. */
export function segmentPattern(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i]);
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = close;
    } else {
      source += escapeRegExp(c);
    }
  }
  return new RegExp(`^${source}$`, 'u');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unescapeLiteral(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

function listDirectory(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
