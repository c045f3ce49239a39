/**
 * parseDatetimeBytes against the ECMAScript Date parser (Date.parse with an explicit zone, which
 * ECMA-262 defines for the ISO format) as the oracle, plus calendar and syntax rejections.
 */
import { describe, expect, it } from 'vitest';
import { parseDatetimeString } from '../../src/io/datetime-parser.js';
import { createRandom } from '../../src/stats/rng.js';

describe('parseDatetimeBytes', () => {
  it.each([
    ['2024-01-02', '2024-01-02T00:00:00Z'],
    ['2024-02-29T23:59:59', '2024-02-29T23:59:59Z'],
    ['2024-02-29 12:30', '2024-02-29T12:30:00Z'],
    ['2024-01-02T03:04:05.678Z', '2024-01-02T03:04:05.678Z'],
    ['2024-01-02T03:04:05+02:00', '2024-01-02T03:04:05+02:00'],
    ['2024-01-02T03:04:05-0130', '2024-01-02T03:04:05-01:30'],
    ['2024-01-02T03:04:05+05', '2024-01-02T03:04:05+05:00'],
    ['2000-02-29', '2000-02-29T00:00:00Z'],
    ['0001-01-01', '0001-01-01T00:00:00Z'],
  ])('%s', (text, iso) => {
    expect(parseDatetimeString(text)).toBe(Date.parse(iso));
  });

  it('keeps fractions finer than a millisecond', () => {
    expect(parseDatetimeString('1970-01-01T00:00:00.0015Z')).toBeCloseTo(1.5, 12);
  });

  it.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-01-32', '2024-1-02', '2024-01-02T24:00', '2024-01-02T12:60',
    '2024-01-02T12:00:60', '2024-01-02T12', '2024-01-02X12:00', '2024-01-02T12:00Z+01', '2024-01-02T12:00:00.', '20240102', 'today'])(
    'rejects %s',
    (text) => expect(parseDatetimeString(text)).toBeNaN(),
  );

  it('equals Date.parse on 5,000 random instants (seed 3)', () => {
    const random = createRandom(3);
    for (let i = 0; i < 5000; i++) {
      const ms = Math.floor((random.next() - 0.3) * 8e12);
      const iso = new Date(ms).toISOString();
      if (iso.startsWith('+') || iso.startsWith('-')) continue;
      expect(parseDatetimeString(iso), iso).toBe(ms);
    }
  });
});
