// UK wall times typed into the incident forms become the instants they name, whatever the browser's
// own time zone: GMT in winter, BST in summer, and the two hours a year when the clocks change.
import { describe, expect, it } from 'vitest';
import { instantFromForm, instantToLondonWallTime, londonWallTimeToInstant } from '../../src/web/features/incidents/components/wall-time.js';

describe('a UK date and time to an instant', () => {
  it.each([
    ['a winter afternoon is GMT', '2026-01-15', '14:30', '2026-01-15T14:30:00+00:00', '2026-01-15T14:30:00.000Z'],
    ['a summer afternoon is BST', '2026-07-01', '14:30', '2026-07-01T14:30:00+01:00', '2026-07-01T13:30:00.000Z'],
    ['midnight starting a summer day is the evening before in UTC', '2026-06-01', '00:00', '2026-06-01T00:00:00+01:00', '2026-05-31T23:00:00.000Z'],
    ['a single-digit hour and a full stop are read', '2026-01-15', '9.05', '2026-01-15T09:05:00+00:00', '2026-01-15T09:05:00.000Z'],
    ['the last minute before the clocks go forward is GMT', '2026-03-29', '00:59', '2026-03-29T00:59:00+00:00', '2026-03-29T00:59:00.000Z'],
    ['the first minute after they go forward is BST', '2026-03-29', '02:00', '2026-03-29T02:00:00+01:00', '2026-03-29T01:00:00.000Z'],
    ['the hour that repeats when the clocks go back is taken the first time (BST)', '2026-10-25', '01:30', '2026-10-25T01:30:00+01:00', '2026-10-25T00:30:00.000Z'],
    ['the minute before the repeated hour is BST', '2026-10-25', '00:59', '2026-10-25T00:59:00+01:00', '2026-10-24T23:59:00.000Z'],
    ['the minute after the repeated hour is GMT', '2026-10-25', '02:00', '2026-10-25T02:00:00+00:00', '2026-10-25T02:00:00.000Z'],
    ['a leap day', '2028-02-29', '23:59', '2028-02-29T23:59:00+00:00', '2028-02-29T23:59:00.000Z'],
  ])('%s', (_, date, time, written, utc) => {
    const result = londonWallTimeToInstant(date, time);
    expect(result).toEqual({ ok: true, instant: written });
    if (result.ok) expect(new Date(result.instant).toISOString()).toBe(utc);
  });

  it.each([
    ['a time in the hour skipped when the clocks go forward', '2026-03-29', '01:30', 'time', /did not happen on that day in the UK/],
    ['the first minute of the skipped hour', '2026-03-29', '01:00', 'time', /did not happen/],
    ['a date that is not in the calendar', '2026-02-30', '10:00', 'date', /real date/],
    ['a date in the wrong shape', '15/01/2026', '10:00', 'date', /day, month and year/],
    ['no date', '', '10:00', 'date', /day, month and year/],
    ['no time', '2026-01-15', '', 'time', /24-hour clock/],
    ['a time with am or pm', '2026-01-15', '2:30pm', 'time', /24-hour clock/],
    ['an hour past 23', '2026-01-15', '24:00', 'time', /00:00 to 23:59/],
    ['a minute past 59', '2026-01-15', '10:60', 'time', /00:00 to 23:59/],
  ])('refuses %s', (_, date, time, field, message) => {
    const result = londonWallTimeToInstant(date, time);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.message).toMatch(message);
    }
  });
});

describe('an instant to the UK date and time it showed', () => {
  it.each([
    ['winter, GMT', '2026-01-15T14:30:00Z', { date: '2026-01-15', time: '14:30' }],
    ['summer, BST', '2026-07-01T13:30:00Z', { date: '2026-07-01', time: '14:30' }],
    ['late evening UTC in summer is the next UK day', '2026-05-31T23:15:00Z', { date: '2026-06-01', time: '00:15' }],
    ['seconds are dropped, not rounded', '2026-01-15T14:30:59.999Z', { date: '2026-01-15', time: '14:30' }],
    ['the first 01:30 of the repeated hour', '2026-10-25T00:30:00Z', { date: '2026-10-25', time: '01:30' }],
    ['the second 01:30 of the repeated hour', '2026-10-25T01:30:00Z', { date: '2026-10-25', time: '01:30' }],
  ])('%s', (_, instant, wall) => expect(instantToLondonWallTime(instant)).toEqual(wall));

  it.each(['2026-01-15T14:30:00Z', '2026-07-01T13:30:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:30:00Z'])('%s survives the round trip', (instant) => {
    const wall = instantToLondonWallTime(instant);
    const back = londonWallTimeToInstant(wall.date, wall.time);
    expect(back.ok && new Date(back.instant).toISOString()).toBe(new Date(instant).toISOString());
  });
});

describe('the date and time a form holds, for one field of a request', () => {
  it.each([
    ['both blank: not known yet', { date: '', time: '' }, false, { instant: null, problems: [] }],
    ['both blank when required: the date is asked for', { date: '', time: '' }, true, { instant: null, problems: [{ field: 'detectedDate', message: 'Enter the date it was detected' }] }],
    ['a date without a time', { date: '2026-07-01', time: ' ' }, false, { instant: null, problems: [{ field: 'detectedTime', message: 'Enter the time it was detected' }] }],
    ['a time without a date', { date: '', time: '14:30' }, false, { instant: null, problems: [{ field: 'detectedDate', message: 'Enter the date it was detected' }] }],
    ['a time that does not exist names the time', { date: '2026-03-29', time: '01:15' }, false, { instant: null, problems: [{ field: 'detectedTime', message: expect.stringMatching(/clocks went forward/) }] }],
    ['a good summer time', { date: '2026-07-01', time: '14:30' }, false, { instant: '2026-07-01T14:30:00+01:00', problems: [] }],
  ])('%s', (_, value, required, expected) => expect(instantFromForm(value, 'detected', 'it was detected', required)).toEqual(expected));
});
