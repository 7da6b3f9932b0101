// Dates in import files are read only in the format the mapping names: impossible dates are errors,
// never rolled over, and UK wall-clock times become UTC instants across the clock changes.
import { describe, expect, it } from 'vitest';
import { checkDateFormat, checkTimeZone, parseDate, parseDateTime } from '../../../src/platform/imports/dates.js';

describe('reading a date in the format the mapping names', () => {
  it.each([
    ['day first', 'DD/MM/YYYY', '05/12/2026', '2026-12-05'],
    ['ISO order', 'YYYY-MM-DD', '2026-12-05', '2026-12-05'],
    ['ESR style, with a month name', 'DD-MMM-YYYY', '05-Dec-2026', '2026-12-05'],
    ['month names in any case', 'DD-MMM-YYYY', '05-DEC-2026', '2026-12-05'],
    ['one-digit day and month', 'D/M/YYYY', '5/1/2026', '2026-01-05'],
    ['D and M also take two digits', 'D/M/YYYY', '15/11/2026', '2026-11-15'],
    ['dots', 'DD.MM.YYYY', '05.12.2026', '2026-12-05'],
    ['no separators', 'YYYYMMDD', '20261205', '2026-12-05'],
    ['29 February in a leap year', 'DD/MM/YYYY', '29/02/2024', '2024-02-29'],
    ['29 February in a year divisible by 400', 'DD/MM/YYYY', '29/02/2000', '2000-02-29'],
    ['ESR end of time', 'DD/MM/YYYY', '31/12/4712', '4712-12-31'],
    ['spaces around the value', 'DD/MM/YYYY', '  05/12/2026 ', '2026-12-05'],
    ['a date written with its time, the time left out', 'DD/MM/YYYY HH:mm:ss', '05/12/2026 23:59:59', '2026-12-05'],
  ])('%s: %s reads %s as %s', (_, format, value, expected) => {
    expect(parseDate(value, format)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['31 February', '31/02/2025', 'DD/MM/YYYY', '31/02/2025 is not a date: February 2025 has 28 days'],
    ['29 February outside a leap year', '29/02/2025', 'DD/MM/YYYY', '29/02/2025 is not a date: February 2025 has 28 days'],
    ['29 February in a century that is not a leap year', '29/02/1900', 'DD/MM/YYYY', '29/02/1900 is not a date: February 1900 has 28 days'],
    ['31 April', '31/04/2026', 'DD/MM/YYYY', '31/04/2026 is not a date: April 2026 has 30 days'],
    ['day 00', '00/01/2026', 'DD/MM/YYYY', '00/01/2026 is not a date: there is no day 0'],
    ['month 13', '2026-13-01', 'YYYY-MM-DD', '2026-13-01 is not a date: there is no month 13'],
    ['month 00', '2026-00-10', 'YYYY-MM-DD', '2026-00-10 is not a date: there is no month 0'],
    ['year 0000', '01/01/0000', 'DD/MM/YYYY', '01/01/0000 is not a date: there is no year 0000'],
    ['a two-digit year', '05/12/26', 'DD/MM/YYYY', 'expected DD/MM/YYYY, e.g. 05/12/2026'],
    ['one digit where DD wants two', '5/12/2026', 'DD/MM/YYYY', 'expected DD/MM/YYYY, e.g. 05/12/2026'],
    ['another order', '2026-12-05', 'DD/MM/YYYY', 'expected DD/MM/YYYY, e.g. 05/12/2026'],
    ['another separator', '05-12-2026', 'DD/MM/YYYY', 'expected DD/MM/YYYY, e.g. 05/12/2026'],
    ['two spaces inside', '05 Dec  2026', 'DD MMM YYYY', 'expected DD MMM YYYY, e.g. 05 Dec 2026'],
    ['a month name that is not one', '05-Dex-2026', 'DD-MMM-YYYY', /"Dex" is not a month; expected Jan, Feb/],
    ['a full month name', '05-December-2026', 'DD-MMM-YYYY', 'expected DD-MMM-YYYY, e.g. 05-Dec-2026'],
    ['words', 'yesterday', 'YYYY-MM-DD', 'expected YYYY-MM-DD, e.g. 2026-12-05'],
    ['digits from another script', '٠٥/١٢/٢٠٢٦', 'DD/MM/YYYY', 'expected DD/MM/YYYY, e.g. 05/12/2026'],
    ['an hour 24 in its time', '05/12/2026 24:00', 'DD/MM/YYYY HH:mm', '05/12/2026 24:00 is not a time: hours run from 00 to 23'],
  ])('%s (%s) is refused', (_, value, format, reason) => {
    const result = parseDate(value, format);
    expect(result.ok).toBe(false);
    if (typeof reason === 'string') expect(result).toEqual({ ok: false, reason });
    else expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('reading a date and time as a UTC instant', () => {
  it.each([
    ['winter time in London is UTC', '05/12/2026 14:30', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-12-05T14:30:00.000Z'],
    ['summer time in London is an hour ahead', '01/07/2026 10:00', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-07-01T09:00:00.000Z'],
    ['the last minute before the clocks go forward', '29/03/2026 00:59', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-03-29T00:59:00.000Z'],
    ['the first minute after the clocks go forward', '29/03/2026 02:00', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-03-29T01:00:00.000Z'],
    ['an autumn time that happens twice is its first occurrence, in summer time', '25/10/2026 01:30', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    ['the minute before the repeated hour', '25/10/2026 00:59', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-10-24T23:59:00.000Z'],
    ['after the repeated hour the clocks show winter time', '25/10/2026 02:30', 'DD/MM/YYYY HH:mm', 'Europe/London', '2026-10-25T02:30:00.000Z'],
    ['one-digit hours', '01/07/2026 9:05', 'DD/MM/YYYY H:mm', 'Europe/London', '2026-07-01T08:05:00.000Z'],
    ['seconds', '2026-07-01 10:00:59', 'YYYY-MM-DD HH:mm:ss', 'Europe/London', '2026-07-01T09:00:59.000Z'],
    ['ESR style with a month name', '05-Dec-2026 08:15', 'DD-MMM-YYYY HH:mm', 'Europe/London', '2026-12-05T08:15:00.000Z'],
    ['another zone named by the mapping', '01/07/2026 10:00', 'DD/MM/YYYY HH:mm', 'UTC', '2026-07-01T10:00:00.000Z'],
    ['a zone behind UTC', '01/07/2026 10:00', 'DD/MM/YYYY HH:mm', 'America/New_York', '2026-07-01T14:00:00.000Z'],
    ['ISO with Z', '2026-07-01T10:00:00Z', 'YYYY-MM-DDTHH:mm:ssZ', 'Europe/London', '2026-07-01T10:00:00.000Z'],
    ['ISO with a lower-case z', '2026-07-01t10:00:00z', 'YYYY-MM-DDTHH:mm:ssZ', 'Europe/London', '2026-07-01T10:00:00.000Z'],
    ['ISO with +01:00', '2026-07-01T10:00:00+01:00', 'YYYY-MM-DDTHH:mm:ssZ', 'Europe/London', '2026-07-01T09:00:00.000Z'],
    ['ISO with -05:30', '2026-07-01T10:00:00-05:30', 'YYYY-MM-DDTHH:mm:ssZ', 'Europe/London', '2026-07-01T15:30:00.000Z'],
    ['an offset wins over the zone', '2026-07-01T10:00:00+00:00', 'YYYY-MM-DDTHH:mm:ssZ', 'Asia/Tokyo', '2026-07-01T10:00:00.000Z'],
    ['an offset in a skipped hour is still a real instant', '2026-03-29T01:30:00Z', 'YYYY-MM-DDTHH:mm:ssZ', 'Europe/London', '2026-03-29T01:30:00.000Z'],
    ['compact offsets with ZZ', '2026-07-01 10:00:00 +0100', 'YYYY-MM-DD HH:mm:ss ZZ', 'Europe/London', '2026-07-01T09:00:00.000Z'],
    ['Sentinel fractions of a second, kept to the millisecond', '2026-07-01T10:00:00.1239999Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ', 'Europe/London', '2026-07-01T10:00:00.123Z'],
    ['one digit of a fraction', '2026-07-01T10:00:00.5Z', 'YYYY-MM-DDTHH:mm:ss.SSSZ', 'Europe/London', '2026-07-01T10:00:00.500Z'],
    ['an offset that crosses midnight', '2026-01-01T00:30:00+01:00', 'YYYY-MM-DDTHH:mm:ssZ', 'Europe/London', '2025-12-31T23:30:00.000Z'],
    ['29 February in a leap year', '29/02/2028 12:00', 'DD/MM/YYYY HH:mm', 'Europe/London', '2028-02-29T12:00:00.000Z'],
  ])('%s: %s as %s in %s → %s', (_, value, format, zone, expected) => {
    expect(parseDateTime(value, format, zone)).toEqual({ ok: true, value: expected });
  });

  it('reads wall-clock times as Europe/London unless told otherwise', () => {
    expect(parseDateTime('01/07/2026 10:00', 'DD/MM/YYYY HH:mm')).toEqual({ ok: true, value: '2026-07-01T09:00:00.000Z' });
  });

  it.each([
    ['a time the clocks skip in spring', '29/03/2026 01:30', 'DD/MM/YYYY HH:mm', /^29\/03\/2026 01:30 is not a time in Europe\/London: the clocks go forward then/],
    ['the first minute the clocks skip', '29/03/2026 01:00', 'DD/MM/YYYY HH:mm', /is not a time in Europe\/London/],
    ['hour 24', '05/12/2026 24:00', 'DD/MM/YYYY HH:mm', /hours run from 00 to 23/],
    ['minute 60', '05/12/2026 10:60', 'DD/MM/YYYY HH:mm', /minutes run from 00 to 59/],
    ['a leap second', '05/12/2026 23:59:60', 'DD/MM/YYYY HH:mm:ss', /seconds run from 00 to 59/],
    ['31 February', '31/02/2025 10:00', 'DD/MM/YYYY HH:mm', /^31\/02\/2025 10:00 is not a date: February 2025 has 28 days$/],
    ['a missing offset', '2026-07-01T10:00:00', 'YYYY-MM-DDTHH:mm:ssZ', /^expected YYYY-MM-DDTHH:mm:ssZ, e.g. 2026-12-05T14:30:00Z$/],
    ['an offset beyond fourteen hours', '2026-07-01T10:00:00+15:00', 'YYYY-MM-DDTHH:mm:ssZ', /offsets run from -14:00 to \+14:00/],
    ['an offset with 75 minutes', '2026-07-01T10:00:00+01:75', 'YYYY-MM-DDTHH:mm:ssZ', /minutes of an offset run from 00 to 59/],
    ['a colon offset where ZZ wants none', '2026-07-01 10:00:00 +01:00', 'YYYY-MM-DD HH:mm:ss ZZ', /^expected YYYY-MM-DD HH:mm:ss ZZ, e\.g\. 2026-12-05 14:30:00 \+0000$/],
    ['a date without its time', '05/12/2026', 'DD/MM/YYYY HH:mm', /^expected DD\/MM\/YYYY HH:mm, e\.g\. 05\/12\/2026 14:30$/],
    ['a 12-hour time', '05/12/2026 2:30 PM', 'DD/MM/YYYY H:mm', /^expected DD\/MM\/YYYY H:mm/],
  ])('%s (%s) is refused', (_, value, format, reason) => {
    const result = parseDateTime(value, format);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('refuses a zone it does not know, saying which', () => {
    expect(parseDateTime('05/12/2026 10:00', 'DD/MM/YYYY HH:mm', 'Europe/Londn')).toEqual({
      ok: false,
      reason: '"Europe/Londn" is not a time zone; use an IANA name such as Europe/London or UTC',
    });
    expect(checkTimeZone('UTC')).toEqual({ ok: true });
  });

  it('reads every quarter hour of 2026 shown on London clocks back to the instant it was shown, the repeated hour as its first occurrence', () => {
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' });
    const mismatches: string[] = [];
    for (let instant = Date.UTC(2026, 0, 1); instant < Date.UTC(2027, 0, 1); instant += 15 * 60_000) {
      const shown = london.format(instant).replace(',', '');
      const result = parseDateTime(shown, 'DD/MM/YYYY HH:mm');
      // 25 October 2026, 01:00–01:59 UTC: London clocks show 01:00–01:59 for the second time.
      const repeated = instant >= Date.UTC(2026, 9, 25, 1) && instant < Date.UTC(2026, 9, 25, 2);
      const expected = new Date(repeated ? instant - 3_600_000 : instant).toISOString();
      if (!result.ok || result.value !== expected) mismatches.push(`${shown}: ${JSON.stringify(result)}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('checking a date format for a mapping', () => {
  it.each([
    ['DD/MM/YYYY', 'date'],
    ['YYYY-MM-DD', 'date'],
    ['DD-MMM-YYYY', 'date'],
    ['D/M/YYYY', 'date'],
    ['YYYYMMDD', 'date'],
    ['DD/MM/YYYY HH:mm:ss', 'date'],
    ['DD/MM/YYYY HH:mm', 'datetime'],
    ['YYYY-MM-DDTHH:mm:ssZ', 'datetime'],
    ['YYYY-MM-DDTHH:mm:ss.SSSZ', 'datetime'],
    ['YYYY-MM-DD HH:mm:ss ZZ', 'datetime'],
    ['DD MMM YYYY, HH:mm', 'datetime'],
  ] as const)('%s is a usable %s format', (format, kind) => {
    expect(checkDateFormat(format, kind)).toEqual({ ok: true });
  });

  it.each([
    ['a two-digit year', 'DD/MM/YY', 'date', /YY \(a two-digit year\) is not accepted/],
    ['a two-digit year in a date and time', 'DD/MM/YY HH:mm', 'datetime', /YY \(a two-digit year\) is not accepted/],
    ['an unknown token', 'DD/MM/YYYY Q', 'date', /"Q" is not a date format token/],
    ['a full month name', 'DD MMMM YYYY', 'date', /"MMMM" is not a date format token/],
    ['12-hour clocks', 'DD/MM/YYYY hh:mm', 'datetime', /"hh" is not a date format token/],
    ['a character that is not a separator', 'DD_MM_YYYY', 'date', /"_" cannot appear in a date format/],
    ['no year', 'DD/MM', 'date', /this one has no year$/],
    ['no day', 'MM/YYYY', 'date', /this one has no day$/],
    ['only a time', 'HH:mm', 'datetime', /this one has no year or month or day$/],
    ['the month twice', 'DD/MM/YYYY MMM', 'date', /names the month twice \(MM and MMM\)/],
    ['a date and time without minutes', 'DD/MM/YYYY HH', 'datetime', /needs hours \(HH or H\) and minutes \(mm\)/],
    ['a date and time with no time', 'DD/MM/YYYY', 'datetime', /needs hours/],
    ['an offset on a date', 'YYYY-MM-DDTHH:mm:ssZ', 'date', /a date has no offset/],
    ['seconds without minutes', 'DD/MM/YYYY HH ss', 'date', /seconds \(ss\) need minutes \(mm\)/],
    ['numbers that could be split two ways', 'YYYYMD', 'date', /YYYY and M need a separator/],
    ['an empty format', '   ', 'date', /the format is empty/],
    ['a very long format', 'DD/MM/YYYY' + ' '.repeat(60), 'date', /longer than 64 characters/],
  ] as const)('%s (%s) is refused', (_, format, kind, reason) => {
    const result = checkDateFormat(format, kind);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('says why a value cannot be read when the format itself is unusable', () => {
    expect(parseDate('05/12/26', 'DD/MM/YY')).toEqual({
      ok: false,
      reason: 'the date format DD/MM/YY cannot be used: YY (a two-digit year) is not accepted: 05/12/26 could be 1926 or 2026, so write the year as YYYY',
    });
  });
});
