// Dates in a workbook written as the person who made it sees them, under the cell's display format.
import { describe, expect, it } from 'vitest';
import { dateAsShown, isoText } from '../../../src/platform/imports/excel-date-text.js';

const at = (iso: string) => new Date(`${iso}Z`);

describe('a workbook date as a person sees it', () => {
  it.each([
    ['a UK date', 'dd/mm/yyyy', '2026-12-05T00:00:00', '05/12/2026'],
    ['the built-in short date, as a UK computer shows it', 'mm-dd-yy', '2026-12-05T00:00:00', '05/12/2026'],
    ['the built-in date and time, as a UK computer shows it', 'm/d/yy "h":mm', '2026-12-05T09:15:00', '05/12/2026 09:15'],
    ['a date and time to the minute', 'dd/mm/yyyy hh:mm', '2026-12-05T21:07:00', '05/12/2026 21:07'],
    ['an ISO date', 'yyyy-mm-dd', '2026-01-09T00:00:00', '2026-01-09'],
    ['an ISO date and time with seconds', 'yyyy-mm-dd hh:mm:ss', '2026-01-09T08:05:03', '2026-01-09 08:05:03'],
    ['month names and short years', 'd mmm yy', '2026-03-01T00:00:00', '1 Mar 26'],
    ['full day and month names', 'dddd d mmmm yyyy', '2026-12-05T00:00:00', 'Saturday 5 December 2026'],
    ['a twelve-hour time', 'h:mm AM/PM', '2026-12-05T21:07:00', '9:07 PM'],
    ['a twelve-hour time at midnight, lower case', 'h:mm am/pm', '2026-12-05T00:30:00', '12:30 am'],
    ['minutes told from months by the seconds after them', 'mm:ss', '2026-12-05T10:42:07', '42:07'],
    ['fractions of a second', 'hh:mm:ss.00', '2026-12-05T10:42:07.456', '10:42:07.46'],
    ['seconds rounded as shown', 'hh:mm:ss', '2026-12-05T10:29:59.600', '10:30:00'],
    ['quoted and escaped text', 'dd"th of "mmmm \\a\\t h"h"', '2026-12-05T09:00:00', '05th of December at 9h'],
    ['a colour and a locale, which show nothing', '[Red][$-809]dd/mm/yyyy;@', '2026-12-05T00:00:00', '05/12/2026'],
    ['the system long date', '[$-F800]dddd, mmmm dd, yyyy', '2026-12-05T00:00:00', 'Saturday, 5 December 2026'],
  ])('%s (%s)', (_, format, iso, shown) => {
    expect(dateAsShown(at(iso), format)).toBe(shown);
  });

  it.each([
    ['no format', undefined],
    ['General', 'General'],
    ['elapsed hours', '[h]:mm'],
    ['a number format', '0.00'],
  ])('falls back to ISO text for %s', (_, format) => {
    expect(dateAsShown(at('2026-12-05T00:00:00'), format)).toBe('2026-12-05');
    expect(dateAsShown(at('2026-12-05T09:15:30'), format)).toBe('2026-12-05 09:15:30');
  });

  it('rounds ISO text to the second', () => {
    expect(isoText(at('2026-12-05T23:59:59.700'))).toBe('2026-12-06');
  });
});
