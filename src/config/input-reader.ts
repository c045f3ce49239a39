/**
 * Raw inputs — from INPUT_* variables, CLI flags or a `--config` YAML file — read through their
 * specs into typed values. Unknown names are refused with the closest known one; defaults come
 * from the spec, so they are stated once.
 */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { closestName } from '../util/closest-name.js';
import type { InputSpec } from './input-spec.js';
import { parseYamlData } from './yaml.js';
import { readBoolean, readEnum, readInteger, readList, readNumber } from './values.js';

export type RawValues = Readonly<Record<string, unknown>>;

export class InputReader {
  private readonly specs: Map<string, InputSpec>;

  constructor(
    private readonly values: RawValues,
    specs: readonly InputSpec[],
  ) {
    this.specs = new Map(specs.map((s) => [s.name, s]));
    for (const key of Object.keys(values)) {
      if (!this.specs.has(key)) throw unknownInput(key, [...this.specs.keys()]);
    }
  }

  /** The text of an input, its default when unset, undefined when neither. */
  string(name: string): string | undefined {
    const value = this.values[name];
    if (value === undefined || value === null || value === '') return this.spec(name).default;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return value.map(String).join('\n');
    throw new ConfigurationError(`input "${name}": expected a single value, got ${describe(value)}`);
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined || value.trim() === '') throw new ConfigurationError(`input "${name}" is required`);
    return value.trim();
  }

  optional(name: string): string | undefined {
    const value = this.string(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  boolean(name: string): boolean | undefined {
    const raw = this.optional(name);
    return raw === undefined ? undefined : readBoolean(name, raw);
  }

  number(name: string): number | undefined {
    const raw = this.optional(name);
    const spec = this.spec(name);
    return raw === undefined ? undefined : readNumber(name, raw, spec);
  }

  integer(name: string): number | undefined {
    const raw = this.optional(name);
    const spec = this.spec(name);
    return raw === undefined ? undefined : readInteger(name, raw, spec);
  }

  enum<T extends string>(name: string): T | undefined {
    const raw = this.optional(name);
    return raw === undefined ? undefined : readEnum(name, raw, (this.spec(name).allowed ?? []) as readonly T[]);
  }

  list(name: string): string[] {
    const raw = this.string(name);
    return raw === undefined ? [] : readList(raw);
  }

  /** Gate lines: one a line, or comma-separated (no gate contains a comma). */
  lines(name: string): string[] {
    const raw = this.string(name);
    return raw === undefined ? [] : readList(raw);
  }

  /** A structured value (a map from the config file), as parsed YAML; undefined when absent. */
  structured(name: string): unknown {
    this.spec(name);
    return this.values[name];
  }

  private spec(name: string): InputSpec {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`input "${name}" is read but not declared in the action's input specs`);
    return spec;
  }
}

function unknownInput(key: string, known: readonly string[]): ConfigurationError {
  const closest = closestName(key, known);
  const hint = closest ? ` (did you mean "${closest}"?)` : '';
  return new ConfigurationError(`unknown input "${key}"${hint}; known inputs: ${[...known].sort().join(', ')}`);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return 'a map';
  return typeof value === 'object' ? (Object.prototype.toString.call(value).slice(8, -1) || 'an object') : typeof value;
}

/**
 * Direct values over the config file's: reads the YAML file named by the `config` input (if
 * any) and lays the direct values on top. Config keys are the inputs' kebab-case names.
 */
export function withConfigFile(direct: RawValues): RawValues {
  const path = typeof direct.config === 'string' && direct.config.trim() !== '' ? direct.config.trim() : undefined;
  if (!path) return direct;
  const fromFile = readConfigFile(path);
  const merged: Record<string, unknown> = { ...fromFile };
  for (const [key, value] of Object.entries(direct)) {
    if (value !== undefined && value !== '') merged[key] = value;
  }
  delete merged.config;
  return merged;
}

export function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(`config file ${path}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'unknown error'})`}`);
  }
  const parsed = parseYamlData(text, `config file ${path}`);
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(`config file ${path}: expected a map of input names to values`);
  }
  return parsed as Record<string, unknown>;
}
