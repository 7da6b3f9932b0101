// Dates and times read from import files in the format the mapping names, never guessed: 05/12/2026
// is only read as 5 December because the mapping says DD/MM/YYYY, and an impossible date is an error,
// not rolled over into the next month. Local wall times become UTC instants through the zone's own
// offsets from Intl.DateTimeFormat, so British Summer Time needs no date library.

export type DateParse = { ok: true; value: string } | { ok: false; reason: string };
export type FormatCheck = { ok: true } | { ok: false; reason: string };

/** What a format is for: a calendar date (`YYYY-MM-DD`) or a moment in time (an ISO instant in UTC). */
export type DateFormatKind = 'date' | 'datetime';

export const DEFAULT_TIME_ZONE = 'Europe/London';

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'fraction' | 'offset';

interface TokenDef {
  part: Part;
  pattern: string;
  /** How the example date (5 December 2026, 14:30:00) is written with this token. */
  example: string;
  /** Digits in a value, and whether their count varies (so the token needs a separator beside another number). */
  digits: 'fixed' | 'variable' | 'none';
}

const TOKENS: Readonly<Record<string, TokenDef>> = {
  YYYY: { part: 'year', pattern: '(\\d{4})', example: '2026', digits: 'fixed' },
  MMM: { part: 'month', pattern: '([a-z]{3})', example: 'Dec', digits: 'none' },
  MM: { part: 'month', pattern: '(\\d{2})', example: '12', digits: 'fixed' },
  M: { part: 'month', pattern: '(\\d{1,2})', example: '12', digits: 'variable' },
  DD: { part: 'day', pattern: '(\\d{2})', example: '05', digits: 'fixed' },
  D: { part: 'day', pattern: '(\\d{1,2})', example: '5', digits: 'variable' },
  HH: { part: 'hour', pattern: '(\\d{2})', example: '14', digits: 'fixed' },
  H: { part: 'hour', pattern: '(\\d{1,2})', example: '14', digits: 'variable' },
  mm: { part: 'minute', pattern: '(\\d{2})', example: '30', digits: 'fixed' },
  ss: { part: 'second', pattern: '(\\d{2})', example: '00', digits: 'fixed' },
  // Fractions of a second as exports write them: Sentinel gives seven digits, others three.
  SSS: { part: 'fraction', pattern: '(\\d{1,9})', example: '000', digits: 'variable' },
  // ISO 8601 offsets: Z (UTC) or ±HH:mm; ZZ is the compact ±HHmm some tools (Splunk's %z) write.
  Z: { part: 'offset', pattern: '(z|[+-]\\d{2}:\\d{2})', example: 'Z', digits: 'none' },
  ZZ: { part: 'offset', pattern: '(z|[+-]\\d{4})', example: '+0000', digits: 'none' },
};

const SEPARATORS = new Set(['/', '-', '.', ' ', ':', ',', 'T']);
const TOKEN_LIST = 'DD, D, MM, M, MMM, YYYY, HH, H, mm, ss, SSS, Z or ZZ';
const MAX_FORMAT_LENGTH = 64;

const PART_NAMES: Readonly<Record<Part, string>> = {
  year: 'the year',
  month: 'the month',
  day: 'the day',
  hour: 'the hour',
  minute: 'the minutes',
  second: 'the seconds',
  fraction: 'the fractions of a second',
  offset: 'the offset',
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_BY_ABBREVIATION = new Map(MONTH_NAMES.map((name, index) => [name.slice(0, 3).toLowerCase(), index + 1]));

interface CompiledFormat {
  format: string;
  /** For formats of fixed-width numbers and one-character separators (ISO 8601 and the like): reads a well-formed value without the pattern. */
  fast: ((value: string) => WrittenParts | null) | null;
  pattern: RegExp;
  /** The part each capture group of `pattern` holds, in order. */
  parts: Part[];
  /** The example date written in this format, for error messages. */
  example: string;
}

type Compiled = { ok: true; compiled: CompiledFormat } | { ok: false; reason: string };

interface Piece {
  text: string;
  token?: TokenDef;
}

function splitFormat(format: string): { ok: true; pieces: Piece[] } | { ok: false; reason: string } {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < format.length) {
    const char = format[at]!;
    if (!/[A-Za-z]/.test(char)) {
      if (!SEPARATORS.has(char)) {
        return { ok: false, reason: `"${char}" cannot appear in a date format; between the parts use / - . : , T or a space` };
      }
      pieces.push({ text: char });
      at += 1;
      continue;
    }
    // A run of one letter is one token, so MMMM or DDD is refused rather than read as MMM then M.
    let end = at + 1;
    while (format[end] === char) end += 1;
    const run = format.slice(at, end);
    at = end;
    if (run === 'T') {
      pieces.push({ text: run });
    } else if (run === 'YY') {
      return { ok: false, reason: 'YY (a two-digit year) is not accepted: 05/12/26 could be 1926 or 2026, so write the year as YYYY' };
    } else if (Object.hasOwn(TOKENS, run)) {
      pieces.push({ text: run, token: TOKENS[run]! });
    } else {
      return { ok: false, reason: `"${run}" is not a date format token; use ${TOKEN_LIST}` };
    }
  }
  return { ok: true, pieces };
}

function checkParts(pieces: Piece[], kind: DateFormatKind): string | null {
  const seen = new Map<Part, string>();
  for (const { text, token } of pieces) {
    if (!token) continue;
    const earlier = seen.get(token.part);
    if (earlier) return `the format names ${PART_NAMES[token.part]} twice (${earlier} and ${text})`;
    seen.set(token.part, text);
  }
  const missing = (['year', 'month', 'day'] as const).filter((part) => !seen.has(part));
  if (missing.length > 0) {
    return `a date format needs a year (YYYY), a month (MM, M or MMM) and a day (DD or D); this one has no ${missing.map((part) => PART_NAMES[part].slice(4)).join(' or ')}`;
  }
  if (kind === 'datetime' && !(seen.has('hour') && seen.has('minute'))) {
    return 'a date and time format needs hours (HH or H) and minutes (mm), e.g. DD/MM/YYYY HH:mm';
  }
  if (kind === 'date' && seen.has('offset')) {
    // Which calendar day 2026-06-05T23:30:00Z is depends on where you stand, so a date field cannot take one.
    return 'a date has no offset (Z or ZZ); read values with a time and an offset into a date and time field';
  }
  const needs: Array<[Part, Part, string]> = [
    ['minute', 'hour', 'minutes (mm) need hours (HH or H)'],
    ['second', 'minute', 'seconds (ss) need minutes (mm)'],
    ['fraction', 'second', 'fractions of a second (SSS) need seconds (ss)'],
    ['offset', 'hour', 'an offset (Z or ZZ) needs a time'],
  ];
  for (const [part, needed, reason] of needs) {
    if (seen.has(part) && !seen.has(needed)) return reason;
  }
  for (let index = 1; index < pieces.length; index += 1) {
    const before = pieces[index - 1]!.token;
    const after = pieces[index]!.token;
    // Without a separator, 2026112 under YYYYMD could be 1 December or 11 February: refuse rather than guess.
    if (before && after && before.digits !== 'none' && after.digits !== 'none' && (before.digits === 'variable' || after.digits === 'variable')) {
      return `${pieces[index - 1]!.text} and ${pieces[index]!.text} need a separator between them, because one of them may have one or two digits`;
    }
  }
  return null;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const compiledFormats: Record<DateFormatKind, Map<string, Compiled>> = { date: new Map(), datetime: new Map() };

function compileFormat(format: string, kind: DateFormatKind): Compiled {
  const cache = compiledFormats[kind];
  const known = cache.get(format);
  if (known) return known;
  const compiled = compileFresh(format, kind);
  // A handful of formats are in use at a time; the bound only stops a stream of bad mappings growing it.
  if (cache.size >= 500) cache.clear();
  cache.set(format, compiled);
  return compiled;
}

function compileFresh(format: string, kind: DateFormatKind): Compiled {
  if (format.trim() === '') return { ok: false, reason: 'the format is empty; write it with tokens such as DD/MM/YYYY' };
  if (format.length > MAX_FORMAT_LENGTH) return { ok: false, reason: `the format is longer than ${MAX_FORMAT_LENGTH} characters` };
  const split = splitFormat(format);
  if (!split.ok) return split;
  const problem = checkParts(split.pieces, kind);
  if (problem) return { ok: false, reason: problem };
  const parts: Part[] = [];
  let source = '';
  let example = '';
  for (const { text, token } of split.pieces) {
    if (token) {
      parts.push(token.part);
      source += token.pattern;
      example += token.example;
    } else {
      source += escapeForPattern(text);
      example += text;
    }
  }
  return { ok: true, compiled: { format, fast: fastReader(split.pieces), pattern: new RegExp(`^${source}$`, 'i'), parts, example } };
}

/**
 * Whether a format can be used for a mapping's date (`kind` 'date') or date and time field: known
 * tokens only, a four-digit year, a year, month and day, and hours and minutes for a date and time.
 */
export function checkDateFormat(format: string, kind: DateFormatKind = 'date'): FormatCheck {
  const compiled = compileFormat(format, kind);
  return compiled.ok ? { ok: true } : compiled;
}

/** Whether `timeZone` is an IANA zone name this runtime knows, e.g. Europe/London or UTC. */
export function checkTimeZone(timeZone: string): FormatCheck {
  try {
    formatterFor(timeZone);
    return { ok: true };
  } catch {
    return { ok: false, reason: `"${timeZone}" is not a time zone; use an IANA name such as Europe/London or UTC` };
  }
}

interface WrittenParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC, when the value carries an offset. */
  offsetMinutes: number | null;
}

type Reading = { ok: true; parts: WrittenParts } | { ok: false; reason: string };

function read(value: string, compiled: CompiledFormat): Reading {
  const quick = compiled.fast?.(value);
  if (quick && impossibility(value, quick) === null) return { ok: true, parts: quick };
  const match = compiled.pattern.exec(value);
  if (!match) return { ok: false, reason: `expected ${compiled.format}, e.g. ${compiled.example}` };
  const written: WrittenParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0, offsetMinutes: null };
  for (let index = 0; index < compiled.parts.length; index += 1) {
    const text = match[index + 1]!;
    switch (compiled.parts[index]!) {
      case 'year':
        written.year = Number(text);
        break;
      case 'month': {
        const byName = /^\d+$/.test(text) ? Number(text) : MONTH_BY_ABBREVIATION.get(text.toLowerCase());
        if (byName === undefined) {
          return { ok: false, reason: `${value} is not a date: "${text}" is not a month; expected Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov or Dec` };
        }
        written.month = byName;
        break;
      }
      case 'day':
        written.day = Number(text);
        break;
      case 'hour':
        written.hour = Number(text);
        break;
      case 'minute':
        written.minute = Number(text);
        break;
      case 'second':
        written.second = Number(text);
        break;
      case 'fraction':
        // Kept to the millisecond, cut rather than rounded, so a time never moves into the next second.
        written.millisecond = Number(text.padEnd(3, '0').slice(0, 3));
        break;
      case 'offset': {
        const minutes = offsetMinutes(text);
        if (minutes === null) return { ok: false, reason: `${value} is not a time: the minutes of an offset run from 00 to 59` };
        written.offsetMinutes = minutes;
        break;
      }
    }
  }
  const problem = impossibility(value, written);
  return problem ? { ok: false, reason: problem } : { ok: true, parts: written };
}

/** Minutes east of UTC for `Z`, `+01:00` or `+0100`; null when the minutes are not minutes. */
function offsetMinutes(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(2));
  if (minutes > 59) return null;
  const total = Number(digits.slice(0, 2)) * 60 + minutes;
  return text.startsWith('-') ? -total : total;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function impossibility(value: string, written: WrittenParts): string | null {
  const { year, month, day, hour, minute, second, offsetMinutes: offset } = written;
  if (year === 0) return `${value} is not a date: there is no year 0000`;
  if (month < 1 || month > 12) return `${value} is not a date: there is no month ${month}`;
  if (day < 1) return `${value} is not a date: there is no day ${day}`;
  const length = daysInMonth(year, month);
  if (day > length) return `${value} is not a date: ${MONTH_NAMES[month - 1]} ${year} has ${length} days`;
  if (hour > 23) return `${value} is not a time: hours run from 00 to 23`;
  if (minute > 59) return `${value} is not a time: minutes run from 00 to 59`;
  if (second > 59) return `${value} is not a time: seconds run from 00 to 59`;
  if (offset !== null && Math.abs(offset) > 14 * 60) return `${value} is not a time: offsets run from -14:00 to +14:00`;
  return null;
}

function pad(number: number, width: number): string {
  return String(number).padStart(width, '0');
}

/** Milliseconds since 1970 for a wall-clock reading taken as if it were UTC. */
function wallClockMs(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year >= 100) return ms;
  // Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(ms);
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * Reads a calendar date written in `format` (e.g. `DD/MM/YYYY`, `DD-MMM-YYYY`) as `YYYY-MM-DD`. A
 * format may also carry a time (ESR writes `05/12/2026 00:00:00`): it is checked and left out.
 */
export function parseDate(value: string, format: string): DateParse {
  const compiled = compileFormat(format, 'date');
  if (!compiled.ok) return { ok: false, reason: `the date format ${format} cannot be used: ${compiled.reason}` };
  const reading = read(value.trim(), compiled.compiled);
  if (!reading.ok) return reading;
  const { year, month, day } = reading.parts;
  return { ok: true, value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

const FIXED_DIGITS: Readonly<Record<string, number>> = { YYYY: 4, MM: 2, DD: 2, HH: 2, mm: 2, ss: 2 };

/**
 * A reader for formats made only of fixed-width numbers (YYYY, MM, DD, HH, mm, ss), one-character
 * separators, and optionally fractions of a second and an offset at the end — ISO 8601 as SIEMs write
 * it. It reads a well-formed value by character codes; anything else (null) takes the pattern, which
 * also words the problem. A million alerts carry four or five times each, so this is worth having.
 */
function fastReader(pieces: Piece[]): ((value: string) => WrittenParts | null) | null {
  type Step = { kind: 'digits'; part: Part; width: number } | { kind: 'literal'; code: number; other: number } | { kind: 'fraction' } | { kind: 'offset'; compact: boolean };
  const steps: Step[] = [];
  for (const [index, piece] of pieces.entries()) {
    const name = Object.keys(TOKENS).find((k) => TOKENS[k] === piece.token);
    if (!piece.token) {
      if ([...piece.text].some((c) => /\d/.test(c))) return null;
      // A letter (the T of ISO 8601) in either case, as the pattern reads it; anything else exactly.
      for (const c of piece.text) steps.push({ kind: 'literal', code: c.toLowerCase().charCodeAt(0), other: c.toUpperCase().charCodeAt(0) });
    } else if (name && FIXED_DIGITS[name]) {
      steps.push({ kind: 'digits', part: piece.token.part, width: FIXED_DIGITS[name] });
    } else if (name === 'SSS') {
      steps.push({ kind: 'fraction' });
    } else if ((name === 'Z' || name === 'ZZ') && index === pieces.length - 1) {
      steps.push({ kind: 'offset', compact: name === 'ZZ' });
    } else {
      return null;
    }
  }
  return (value: string) => {
    const parts: WrittenParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0, offsetMinutes: null };
    let at = 0;
    for (const step of steps) {
      if (step.kind === 'literal') {
        const c = value.charCodeAt(at);
        if (c !== step.code && c !== step.other) return null;
        at++;
      } else if (step.kind === 'digits') {
        let n = 0;
        for (let k = 0; k < step.width; k++) {
          const d = value.charCodeAt(at++) - 48;
          if (d < 0 || d > 9) return null;
          n = n * 10 + d;
        }
        parts[step.part as Exclude<Part, 'fraction' | 'offset'>] = n;
      } else if (step.kind === 'fraction') {
        let digits = 0;
        let ms = 0;
        for (;;) {
          const d = value.charCodeAt(at) - 48;
          if (!(d >= 0 && d <= 9)) break;
          if (digits < 3) ms = ms * 10 + d;
          digits++;
          at++;
        }
        if (digits === 0 || digits > 9) return null;
        parts.millisecond = digits >= 3 ? ms : digits === 2 ? ms * 10 : ms * 100;
      } else {
        const text = value.slice(at);
        if (!(step.compact ? /^(z|[+-]\d{4})$/i : /^(z|[+-]\d{2}:\d{2})$/i).test(text)) return null;
        const minutes = offsetMinutes(text);
        if (minutes === null) return null;
        parts.offsetMinutes = minutes;
        at = value.length;
      }
    }
    return at === value.length ? parts : null;
  };
}

/** As parseDateTime, answering milliseconds since 1970 rather than an ISO string. */
export function parseDateTimeMs(value: string, format: string, timeZone: string = DEFAULT_TIME_ZONE): { ok: true; value: number } | { ok: false; reason: string } {
  const compiled = compileFormat(format, 'datetime');
  if (!compiled.ok) return { ok: false, reason: `the date and time format ${format} cannot be used: ${compiled.reason}` };
  if (timeZone !== DEFAULT_TIME_ZONE) {
    const zone = checkTimeZone(timeZone);
    if (!zone.ok) return zone;
  }
  const reading = read(value.trim(), compiled.compiled);
  if (!reading.ok) return reading;
  const { year, month, day, hour, minute, second, millisecond, offsetMinutes: offset } = reading.parts;
  const wall = wallClockMs(year, month, day, hour, minute, second, millisecond);
  if (offset !== null) return { ok: true, value: wall - offset * 60_000 };
  const instant = instantOfWallClock(wall, timeZone);
  if (instant === null) {
    return { ok: false, reason: `${value.trim()} is not a time in ${timeZone}: the clocks go forward then, so that time never happens there` };
  }
  return { ok: true, value: instant };
}

/**
 * Reads a date and time written in `format` as an ISO instant in UTC (`2026-12-05T14:30:00.000Z`).
 * A value with an offset (format `Z` or `ZZ`) is that instant; one without is wall-clock time in
 * `timeZone`. A time the clocks skip in spring is an error; a time that happens twice in autumn is
 * read as the first of the two (still summer time), the moment the clock first showed it.
 */
export function parseDateTime(value: string, format: string, timeZone: string = DEFAULT_TIME_ZONE): DateParse {
  const parsed = parseDateTimeMs(value, format, timeZone);
  return parsed.ok ? { ok: true, value: new Date(parsed.value).toISOString() } : parsed;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone the runtime does not know; checkTimeZone turns that into a reason.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in milliseconds, read from what its clocks showed. */
function zoneOffsetMs(timeZone: string, instant: number): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const shown: Record<string, number> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(wholeSecond)) {
    if (type !== 'literal') shown[type] = Number(value);
  }
  const wall = wallClockMs(shown.year!, shown.month!, shown.day!, shown.hour!, shown.minute!, shown.second!, 0);
  return wall - wholeSecond;
}

// The offset for each UTC day on which a zone's offset does not change, so that a file of a million
// times asks Intl about each day once. A day with a change is marked NaN and asked about per instant.
// This relies on zones changing their offset at most once in a day, which every real zone does.
const steadyDays = new Map<string, Map<number, number>>();

function offsetAt(timeZone: string, instant: number): number {
  let days = steadyDays.get(timeZone);
  if (!days) {
    days = new Map();
    steadyDays.set(timeZone, days);
  }
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const atStart = zoneOffsetMs(timeZone, day * DAY_MS);
    const atEnd = zoneOffsetMs(timeZone, day * DAY_MS + DAY_MS - 1000);
    offset = atStart === atEnd ? atStart : Number.NaN;
    if (days.size >= 50_000) days.clear();
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? zoneOffsetMs(timeZone, instant) : offset;
}

/**
 * The instant at which clocks in `timeZone` showed `wall` (a wall-clock reading as UTC milliseconds),
 * or null when they never did (the hour skipped in spring). The offsets a day either side are the
 * only ones that can apply; of two instants that both show `wall` (the hour repeated in autumn) the
 * earlier is taken: the first occurrence, still in summer time.
 */
function instantOfWallClock(wall: number, timeZone: string): number | null {
  const candidates = [wall - offsetAt(timeZone, wall - DAY_MS), wall - offsetAt(timeZone, wall + DAY_MS)].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (candidate + offsetAt(timeZone, candidate) === wall) return candidate;
  }
  return null;
}
