/**
 * Datetime tokens → milliseconds since the Unix epoch (UTC), the representation of datetime
 * columns in the Table. Two flavours:
 * - ISO 8601 (no format, or `format: iso`) exactly as the loader reads it: `2024-03-01`,
 *   `2024-03-01T12:30`, `…:45`, `…:45.123`, a space instead of `T`, an optional `Z` / `±hh:mm` /
 *   `±hhmm` / `±hh` offset.
 * - strftime-like formats as in Python's `datetime.strptime`: `%Y %y %m %d %H %I %p %M %S %f %z
 *   %b %B %j %%` and the shorthands `%F` (`%Y-%m-%d`) and `%T` (`%H:%M:%S`).
 * A time without an offset is taken as UTC. Calendar dates are checked (`2023-02-30` is not a
 * date; unlike strptime, neither is day 366 of a non-leap year). Fractions of a second keep
 * sub-millisecond precision, as the loader does. Unparseable tokens give NaN, never an exception: the type check reports them.
 */
import { ConfigurationError } from '../errors.js';
import { parseDatetimeString } from '../io/datetime-parser.js';

/** Parses one token; NaN when it is not a datetime of the format. */
export type DatetimeParser = (token: string) => number;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_LONG = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The directives a format may use, for the error message. */
export const FORMAT_DIRECTIVES = '%Y %y %m %d %H %I %p %M %S %f %z %b %B %j %F %T %%';

interface Fields {
  year: number;
  month: number;
  day: number;
  yearDay: number;
  hour: number;
  hour12: number;
  pm: number;
  minute: number;
  second: number;
  millis: number;
  offsetMinutes: number;
}

type Setter = (fields: Fields, text: string) => boolean;

interface Directive {
  pattern: string;
  set: Setter;
}

const DIRECTIVES: Record<string, Directive> = {
  Y: { pattern: '(\\d{4})', set: (f, t) => ((f.year = Number(t)), true) },
  y: { pattern: '(\\d{2})', set: (f, t) => ((f.year = Number(t) < 69 ? 2000 + Number(t) : 1900 + Number(t)), true) },
  m: { pattern: '(\\d{1,2})', set: (f, t) => ((f.month = Number(t)), true) },
  d: { pattern: '(\\d{1,2})', set: (f, t) => ((f.day = Number(t)), true) },
  j: { pattern: '(\\d{1,3})', set: (f, t) => ((f.yearDay = Number(t)), true) },
  H: { pattern: '(\\d{1,2})', set: (f, t) => ((f.hour = Number(t)), true) },
  I: { pattern: '(\\d{1,2})', set: (f, t) => ((f.hour12 = Number(t)), true) },
  p: { pattern: '(am|pm)', set: (f, t) => ((f.pm = t.toLowerCase() === 'pm' ? 1 : 0), true) },
  M: { pattern: '(\\d{1,2})', set: (f, t) => ((f.minute = Number(t)), true) },
  S: { pattern: '(\\d{1,2})', set: (f, t) => ((f.second = Number(t)), true) },
  f: { pattern: '(\\d{1,9})', set: (f, t) => ((f.millis = Number(`0.${t}`) * 1000), true) },
  z: { pattern: '(Z|[+-]\\d{2}:?\\d{2})', set: (f, t) => ((f.offsetMinutes = parseOffset(t)), true) },
  b: {
    pattern: `(${MONTHS.join('|')})`,
    set: (f, t) => ((f.month = MONTHS.indexOf(t.toLowerCase()) + 1), true),
  },
  B: {
    pattern: `(${MONTHS_LONG.join('|')})`,
    set: (f, t) => ((f.month = MONTHS_LONG.indexOf(t.toLowerCase()) + 1), true),
  },
};

const SHORTHANDS: Record<string, string> = { F: '%Y-%m-%d', T: '%H:%M:%S' };

/**
 * A parser for `format` (ISO 8601 when absent or `iso`).
 * @throws ConfigurationError for an unknown directive (see {@link datetimeFormatProblem}).
 */
export function datetimeParser(format: string | undefined): DatetimeParser {
  if (format === undefined || format.toLowerCase() === 'iso') return parseIsoDatetime;
  const problem = datetimeFormatProblem(format);
  if (problem !== undefined) throw new ConfigurationError(problem);
  const compiled = compileFormat(format);
  return (token) => compiled(token.trim());
}

/** What is wrong with a format, in one line, or undefined when it is usable. */
export function datetimeFormatProblem(format: string): string | undefined {
  if (format.toLowerCase() === 'iso') return undefined;
  const expanded = format.replace(/%([FT])/g, (_, c: string) => SHORTHANDS[c]);
  for (let i = 0; i < expanded.length; i++) {
    if (expanded[i] !== '%') continue;
    const d = expanded[++i];
    if (d === '%') continue;
    if (d === undefined || DIRECTIVES[d] === undefined) {
      const shown = d === undefined ? '%' : `%${d}`;
      return `unknown directive "${shown}" in "${format}"; the directives are ${FORMAT_DIRECTIVES}`;
    }
  }
  return undefined;
}

/**
 * ISO 8601 date or date-time → ms since the epoch (UTC); NaN when not one. The loader's own
 * parser (src/io/datetime-parser.ts), so a token is a datetime here exactly when it is there.
 */
export function parseIsoDatetime(token: string): number {
  return parseDatetimeString(token.trim());
}

/** A datetime for people: `2024-03-01` at midnight UTC, else `2024-03-01T12:30:00Z` (ms when present). */
export function formatDatetime(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

function compileFormat(format: string): (token: string) => number {
  const expanded = format.replace(/%([FT])/g, (_, c: string) => SHORTHANDS[c]);
  let pattern = '^';
  const setters: Setter[] = [];
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i];
    if (c !== '%') {
      pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const d = expanded[++i];
    if (d === '%') {
      pattern += '%';
      continue;
    }
    const directive = DIRECTIVES[d];
    pattern += directive.pattern;
    setters.push(directive.set);
  }
  const regex = new RegExp(`${pattern}$`, 'i');
  return (token) => {
    const match = regex.exec(token);
    if (match === null) return NaN;
    const fields: Fields = {
      year: 1900,
      month: 1,
      day: 1,
      yearDay: 0,
      hour: 0,
      hour12: 0,
      pm: -1,
      minute: 0,
      second: 0,
      millis: 0,
      offsetMinutes: 0,
    };
    for (let k = 0; k < setters.length; k++) {
      if (!setters[k](fields, match[k + 1])) return NaN;
    }
    return assemble(fields);
  };
}

function parseOffset(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 23 || minutes > 59) return NaN;
  return sign * (hours * 60 + minutes);
}

function assemble(f: Fields): number {
  let { month, day, hour } = f;
  if (f.yearDay > 0) {
    const days = isLeap(f.year) ? 366 : 365;
    if (f.yearDay > days) return NaN;
    month = 1;
    day = f.yearDay;
    while (day > daysInMonth(f.year, month)) day -= daysInMonth(f.year, month++);
  }
  if (f.pm >= 0 || f.hour12 > 0) {
    if (f.hour12 < 1 || f.hour12 > 12) return NaN;
    hour = (f.hour12 % 12) + (f.pm === 1 ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(f.year, month)) return NaN;
  if (hour > 23 || f.minute > 59 || f.second > 59 || Number.isNaN(f.offsetMinutes)) return NaN;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(f.year, month - 1, day);
  date.setUTCHours(hour, f.minute, f.second, 0);
  return date.getTime() + f.millis - f.offsetMinutes * 60_000;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
