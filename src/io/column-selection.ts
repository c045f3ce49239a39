/**
 * Which columns of a file to read, written as data — exact names and patterns with one `*` —
 * so that the load options can cross to a worker thread as they are (a function cannot).
 */

export interface ColumnSelection {
  /** Columns read by their exact names (names not in the file are simply not read). */
  readonly names: readonly string[];
  /** Patterns such as `proba_*`: a prefix, one `*` standing for at least one character, a suffix. */
  readonly patterns: readonly string[];
}

/**
 * What the `*` of `pattern` stands for in `name`, or undefined when the name does not match.
 * Everything after the first `*` is the suffix, taken literally.
 */
export function patternMatch(name: string, pattern: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return name === pattern ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!(name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length)) return undefined;
  return name.slice(prefix.length, name.length - suffix.length);
}

/** The selection as a test on column names. */
export function selects(selection: ColumnSelection): (name: string) => boolean {
  const names = new Set(selection.names);
  return (name) => names.has(name) || selection.patterns.some((pattern) => patternMatch(name, pattern) !== undefined);
}
