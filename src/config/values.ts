/**
 * Strict readers for raw input values. Each takes the input name so that its message says which
 * input was wrong and what is allowed; none of them guesses ("yes" is not a boolean).
 */
import { ConfigurationError } from '../errors.js';

/** YAML 1.2 core-schema booleans only: true/True/TRUE/false/False/FALSE. */
export function readBoolean(name: string, raw: string): boolean {
  const v = raw.trim();
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  throw new ConfigurationError(`input "${name}": "${raw}" is not a boolean (use true or false)`);
}

/** A finite decimal number, optionally within inclusive bounds. */
export function readNumber(name: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const v = raw.trim();
  const n = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new ConfigurationError(`input "${name}": "${raw}" is not a number`);
  checkBounds(name, raw, n, bounds);
  return n;
}

/** A whole number, optionally within inclusive bounds. */
export function readInteger(name: string, raw: string, bounds: { min?: number; max?: number } = {}): number {
  const v = raw.trim();
  if (!/^[+-]?\d+$/.test(v)) throw new ConfigurationError(`input "${name}": "${raw}" is not a whole number`);
  const n = Number(v);
  checkBounds(name, raw, n, bounds);
  return n;
}

function checkBounds(name: string, raw: string, n: number, { min, max }: { min?: number; max?: number }): void {
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const range = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    throw new ConfigurationError(`input "${name}": ${raw.trim()} is out of range (must be ${range})`);
  }
}

/** One of the allowed values, exactly. */
export function readEnum<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const v = raw.trim();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new ConfigurationError(`input "${name}": "${raw}" is not allowed (use one of: ${allowed.join(', ')})`);
}

/** A list written comma- or newline-separated; blanks dropped. */
export function readList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
