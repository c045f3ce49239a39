/**
 * The gate grammar (DESIGN.md): one gate a line, `<metric>[\[<argument>\]][.<field>] <op> <number>[%] [warn]`.
 * Parsed with one regular expression, never evaluated as code.
 */
import { ConfigurationError } from '../errors.js';
import type { ComparisonOp } from '../result.js';
import type { Gate } from './gate.js';

// The subject may hold a bracketed argument with any character but `]` (`f1[class=3].lower`).
const GATE_PATTERN = /^(?<subject>(?:[^<>=!\s[\]]|\[[^\]]*\])(?:(?:[^<>=![\]]|\[[^\]]*\])*(?:[^<>=!\s[\]]|\[[^\]]*\]))?)\s*(?<op><=|>=|==|<|>)\s*(?<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(?<percent>%)?(?:\s+(?<severity>warn|fail))?$/;

/** Parses every line; the first malformed one is a ConfigurationError quoting it. */
export function parseGates(lines: readonly string[], inputName = 'gates'): Gate[] {
  const gates: Gate[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const gate = parseGate(line, inputName);
    if (seen.has(gate.id)) throw new ConfigurationError(`input "${inputName}": gate "${gate.id}" is given twice`);
    seen.add(gate.id);
    gates.push(gate);
  }
  return gates;
}

export function parseGate(line: string, inputName = 'gates'): Gate {
  const text = line.trim();
  const match = GATE_PATTERN.exec(text);
  if (!match?.groups) {
    throw new ConfigurationError(
      `input "${inputName}": cannot read gate "${text}" (expected "<metric>[.<field>] <op> <number>[%] [warn]" with op one of < <= > >= ==, e.g. "roc_auc.lower >= 0.9")`,
    );
  }
  const { subject, op, number, percent, severity } = match.groups;
  const value = Number(number);
  const threshold = percent ? value / 100 : value;
  // `1e400` reads as Infinity and `1e-400` as 0: a gate must compare against the number written.
  if (!Number.isFinite(threshold) || (threshold === 0 && /[1-9]/.test(number.split(/[eE]/)[0]))) {
    throw new ConfigurationError(
      `input "${inputName}": gate "${text}": the threshold ${number}${percent ?? ''} is ${Number.isFinite(threshold) ? 'too small to tell from 0' : 'beyond the largest number (about 1.8e308)'}; write a number a metric can reach`,
    );
  }
  const normalisedSubject = subject.trim();
  const id = `${normalisedSubject} ${op} ${number}${percent ?? ''}${severity === 'warn' ? ' warn' : ''}`;
  return { id, subject: normalisedSubject, op: op as ComparisonOp, threshold, severity: severity === 'warn' ? 'warn' : 'fail' };
}
