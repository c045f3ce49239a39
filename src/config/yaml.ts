/**
 * The one YAML reader for user files (`--config`, schema files): plain YAML 1.2 data — text,
 * numbers, booleans, null, lists and maps — and nothing that can make reading it costly or odd.
 *
 * - Alias expansion is capped ({@link MAX_ALIAS_COUNT} resolutions, the `yaml` package's
 *   default check): a "billion laughs" document is a one-line ConfigurationError, not an
 *   exhausted heap or an internal error.
 * - Nesting is capped at {@link MAX_DEPTH} levels (a config or schema needs four or five), so
 *   nothing downstream recurses out of stack.
 * - Tags other than the core schema's are refused by name (`!!binary`, `!!set`, `!!timestamp`,
 *   `!custom`), rather than warned about on stderr and read as something else.
 * - Duplicate keys and keys that are lists or maps are refused.
 * Every message is one line naming the file, the line and column, and what to write instead.
 */
import { isCollection, isNode, isPair, parseDocument, visit } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** Alias resolutions allowed in one document. */
export const MAX_ALIAS_COUNT = 100;
/** Levels of lists and maps allowed in one document. */
export const MAX_DEPTH = 64;

/** Where a YAML node starts, as `line L, column C: ` (1-based), or '' when unknown. */
function where(text: string, offset: number | undefined): string {
  if (offset === undefined || offset < 0) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: `;
}

/**
 * Parses `text` as YAML data. `what` names the file in messages ("config file x.yml",
 * "schema.yml"); each message reads `<what>: not valid YAML: …` or `<what>: …`.
 * @throws ConfigurationError for a syntax error, an unknown tag, a duplicate or collection key,
 *   too many aliases or too deep nesting
 */
export function parseYamlData(text: string, what: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  let doc;
  try {
    doc = parseDocument(source, { uniqueKeys: true, schema: 'core', resolveKnownTags: false, logLevel: 'silent' });
  } catch (error) {
    throw new ConfigurationError(`${what}: not valid YAML (${tooDeep(error) ? `nested deeper than ${MAX_DEPTH} levels` : firstLine(error)})`);
  }
  const error = doc.errors[0];
  if (error !== undefined) {
    const message = tooDeep(error) ? `nested deeper than ${MAX_DEPTH} levels` : firstLine(error).replace(/ at line \d+, column \d+:?$/, '');
    const at = error.linePos?.[0];
    throw new ConfigurationError(`${what}: not valid YAML: ${at ? `line ${at.line}, column ${at.col}: ` : where(source, error.pos?.[0])}${message}`);
  }
  const warning = doc.warnings[0];
  if (warning !== undefined) {
    const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1];
    const message = tag
      ? `the tag ${shortTag(tag)} is not supported (plain YAML only: text, numbers, true/false, null, lists and maps)`
      : firstLine(warning).replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigurationError(`${what}: not valid YAML: ${where(source, warning.pos?.[0])}${message}`);
  }
  visit(doc, {
    Pair(_key, pair) {
      if (isPair(pair) && isCollection(pair.key)) {
        const offset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
        throw new ConfigurationError(`${what}: not valid YAML: ${where(source, offset)}a key is a list or a map; keys must be text`);
      }
    },
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /unresolved alias/i.test(error.message)) {
      const name = /alias[^:]*: (.*)$/i.exec(firstLine(error))?.[1] ?? '';
      throw new ConfigurationError(`${what}: not valid YAML: the alias *${name} is used before its anchor &${name} is set`);
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ConfigurationError(
        `${what}: not valid YAML: its aliases expand to too much (more than ${MAX_ALIAS_COUNT} alias uses counted by size, as in a "billion laughs" document)`,
      );
    }
    if (tooDeep(error)) throw new ConfigurationError(`${what}: not valid YAML: nested deeper than ${MAX_DEPTH} levels`);
    throw new ConfigurationError(`${what}: not valid YAML: ${firstLine(error)}`);
  }
  checkDepth(value, what);
  return value;
}

/** Refuses data nested deeper than {@link MAX_DEPTH} (iteratively: the check itself cannot overflow). */
export function checkDepth(value: unknown, what: string, maxDepth = MAX_DEPTH): void {
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    if (depth >= maxDepth) throw new ConfigurationError(`${what}: nested deeper than ${maxDepth} levels`);
    seen.add(item);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
}

function tooDeep(error: unknown): boolean {
  return error instanceof RangeError || /Maximum call stack/i.test(firstLine(error));
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  return message.split('\n')[0];
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
