import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { datetimeParser, formatDatetime, parseIsoDatetime } from '../../src/schema/datetime-format.js';

// Oracle: Python's datetime.strptime (scripts/reference/datetime_formats.py →
// test/fixtures/validate-data/datetime-formats.json), exact to the millisecond.
const reference = JSON.parse(
  readFileSync(new URL('../fixtures/validate-data/datetime-formats.json', import.meta.url), 'utf8'),
) as { cases: [string, string, number | null][] };

describe('strftime-like formats against Python strptime', () => {
  it.each(reference.cases)('%s on %j', (format, token, expected) => {
    const parsed = datetimeParser(format)(token);
    if (expected === null) expect(parsed).toBeNaN();
    else expect(parsed).toBe(expected);
  });
});

describe('ISO 8601 and display', () => {
  it('reads ISO dates like the loader and formats them back', () => {
    expect(parseIsoDatetime(' 2024-03-01 ')).toBe(Date.UTC(2024, 2, 1));
    expect(parseIsoDatetime('2024-03-01T10:20:30.5+01:00')).toBe(Date.UTC(2024, 2, 1, 9, 20, 30, 500));
    expect(parseIsoDatetime('2024-02-30')).toBeNaN();
    expect(datetimeParser('iso')('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(formatDatetime(Date.UTC(2024, 2, 1))).toBe('2024-03-01');
    expect(formatDatetime(Date.UTC(2024, 2, 1, 9, 20, 30))).toBe('2024-03-01T09:20:30Z');
    expect(formatDatetime(Date.UTC(2024, 2, 1, 9, 20, 30, 500))).toBe('2024-03-01T09:20:30.500Z');
  });

  it('refuses an unknown directive', () => {
    expect(() => datetimeParser('%Y-%Q')).toThrow(ConfigurationError);
    expect(() => datetimeParser('%Y-%')).toThrow('unknown directive "%" in "%Y-%"');
  });
});
