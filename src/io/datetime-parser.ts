/**
 * ISO 8601 dates and date-times, parsed from bytes into milliseconds since the Unix epoch (UTC).
 *
 * Accepted: `YYYY-MM-DD`, and `YYYY-MM-DD` + `T` or one space + `HH:MM`, optional `:SS`, optional
 * fraction `.f…` (any number of digits; kept to sub-millisecond precision), optional zone `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. Without a zone the time is taken as UTC, so the same file gives
 * the same numbers on every machine. Calendar fields are checked (no 2023-02-29, no 24:00).
 */

const ZERO = 48;

function digit(bytes: Uint8Array, i: number): number {
  const d = bytes[i] - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function twoDigits(bytes: Uint8Array, i: number): number {
  const a = digit(bytes, i);
  const b = digit(bytes, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return 29;
  return DAYS_IN_MONTH[month - 1];
}

/** Milliseconds since the epoch for the ISO 8601 text in `bytes[start, end)`, or NaN. */
export function parseDatetimeBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return NaN;
  const y0 = twoDigits(bytes, start);
  const y1 = twoDigits(bytes, start + 2);
  const month = twoDigits(bytes, start + 5);
  const day = twoDigits(bytes, start + 8);
  if (y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = y0 * 100 + y1;
  if (day > daysInMonth(year, month)) return NaN;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const dayMs = year >= 100 ? Date.UTC(year, month - 1, day) : new Date(Date.UTC(2000, month - 1, day)).setUTCFullYear(year);
  if (length === 10) return dayMs;
  let i = start + 10;
  const separator = bytes[i];
  if (separator !== 84 && separator !== 32 && separator !== 116) return NaN; // T, space, t
  i++;
  if (end - i < 5 || bytes[i + 2] !== 58) return NaN; // HH:MM
  const hour = twoDigits(bytes, i);
  const minute = twoDigits(bytes, i + 3);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  i += 5;
  let second = 0;
  let fraction = 0;
  if (i < end && bytes[i] === 58) {
    second = twoDigits(bytes, i + 1);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    if (i < end && (bytes[i] === 46 || bytes[i] === 44)) {
      i++;
      let scale = 100; // milliseconds per first fraction digit
      const fractionStart = i;
      while (i < end) {
        const d = digit(bytes, i);
        if (d < 0) break;
        fraction += d * scale;
        scale /= 10;
        i++;
      }
      if (i === fractionStart) return NaN;
    }
  }
  let offsetMinutes = 0;
  if (i < end) {
    const zone = bytes[i];
    if (zone === 90 || zone === 122) {
      i++; // Z or z
    } else if (zone === 43 || zone === 45) {
      const sign = zone === 45 ? -1 : 1;
      const oh = twoDigits(bytes, i + 1);
      if (oh < 0 || oh > 23) return NaN;
      i += 3;
      let om = 0;
      if (i < end) {
        if (bytes[i] === 58) i++;
        om = twoDigits(bytes, i);
        if (om < 0 || om > 59) return NaN;
        i += 2;
      }
      offsetMinutes = sign * (oh * 60 + om);
    } else {
      return NaN;
    }
  }
  if (i !== end) return NaN;
  return dayMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}

/** {@link parseDatetimeBytes} on a string (for JSON values). */
export function parseDatetimeString(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  return parseDatetimeBytes(bytes, 0, bytes.length);
}
