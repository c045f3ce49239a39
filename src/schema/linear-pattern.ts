/**
 * Schema `pattern`s run on a linear-time engine: RE2 semantics through `re2js` (a pure
 * JavaScript port of RE2/Go's regexp: no native addon, nothing downloaded at install, the same on
 * every runner). A schema can come from a pull request, and V8's backtracking RegExp takes
 * exponential time on patterns such as `^(a+)+$` (a 33-character value ran past 60 s): RE2 matches
 * in time proportional to the value's length, whatever the pattern. Its price is speed on easy
 * patterns — about 2 µs per distinct value against V8's 0.1 µs (bench: 200,000 e-mail
 * addresses, 0.36 s against 0.02 s) — paid once per distinct value, never per row.
 *
 * Syntax: a pattern must be valid JavaScript (`new RegExp(p, 'u')`, as documented) and within
 * what RE2 runs; JavaScript's `\uXXXX` and `\u{X…}` escapes are translated to RE2's `\x{…}`.
 * Refused, with a message that says why: backreferences (`\1`, `\k<name>`) and lookaround
 * (`(?=`, `(?!`, `(?<=`, `(?<!`), which no linear-time engine can run. Differences to keep in
 * mind: `\s` is ASCII white space, and `.` matches `\r` (it stops only at `\n`).
 */
import { RE2JS } from 're2js';

export interface LinearPattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in `value` (like `RegExp.test`; anchor with ^…$). */
  test(value: string): boolean;
}

/** The pattern compiled, or the reason it is refused (one line). */
export function compileLinearPattern(source: string): LinearPattern | { problem: string } {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    return { problem: `is not a valid regular expression: ${(error as Error).message.split('\n')[0]}` };
  }
  const unsupported = backtrackingOnly(source);
  if (unsupported) {
    return { problem: `uses ${unsupported}, which needs a backtracking engine whose run time can explode on hostile values; mlgate runs patterns in linear time (RE2 syntax), so rewrite it without` };
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(toRe2(source));
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0].replace(/^error parsing regexp: /, '');
    return { problem: `cannot run on the linear-time engine (RE2 syntax): ${reason}` };
  }
  return { source, test: (value) => compiled.test(value) };
}

/** The first backtracking-only construct in `source` (outside character classes), if any. */
function backtrackingOnly(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === 'k' && source[i + 2] === '<') return 'a named backreference (\\k<…>)';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] === '?') {
      const kind = source.slice(i + 2, i + 4);
      if (kind.startsWith('=') || kind.startsWith('!')) return `a lookahead (${source.slice(i, i + 3)})`;
      if (kind === '<=' || kind === '<!') return `a lookbehind (${source.slice(i, i + 4)})`;
    }
  }
  return undefined;
}

/** JavaScript-only escapes rewritten in RE2 syntax: `\uXXXX` and `\u{X…}` to `\x{…}`. */
function toRe2(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const rest = source.slice(i + 1);
    const braced = /^u\{([0-9a-fA-F]{1,6})\}/.exec(rest);
    const plain = /^u([0-9a-fA-F]{4})/.exec(rest);
    const match = braced ?? plain;
    if (match) {
      out += `\\x{${match[1]}}`;
      i += match[0].length;
    } else {
      out += c + (source[i + 1] ?? '');
      i++;
    }
  }
  return out;
}
