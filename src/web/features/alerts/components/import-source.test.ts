// Reading an alert file: the query that says how, what a refusal names, and the counts of a run.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { importQuery, problemWords, progressOf, refusalOf, runCounts, validRowsOf } from './import-source';

describe('the query that says how to read the file', () => {
  it.each([
    ['a Sentinel export', { preset: 'sentinel' } as const, false, 'file=incidents.csv&preset=sentinel'],
    ['Splunk notables, keeping the valid rows', { preset: 'splunk' } as const, true, 'file=incidents.csv&preset=splunk&skipInvalid=true'],
    ['any NDJSON through a saved mapping', { format: 'ndjson', mapping: 'Elastic SIEM' } as const, false, 'file=incidents.csv&format=ndjson&mapping=Elastic+SIEM'],
  ])('%s', (_, source, skipInvalid, query) => expect(importQuery('incidents.csv', source, skipInvalid).toString()).toBe(query));
});

describe('a refused file', () => {
  const refused = new ApiError({
    status: 422,
    title: 'Unprocessable',
    detail: '1 of 3 rows have problems, so nothing was imported.',
    errors: [{ field: 'row 3, CreatedTime [UTC]', message: 'not a date and time', row: 3, column: 'CreatedTime [UTC]', value: 'yesterday' }],
    extensions: { runId: 'run-1', problemCount: 1 },
  });

  it('names the run and every problem', () => {
    expect(refusalOf(refused)).toEqual({ detail: refused.detail, runId: 'run-1', problemCount: 1, problems: refused.errors });
  });

  it('is not a refusal when something else went wrong', () => {
    expect(refusalOf(new ApiError({ status: 403, title: 'Forbidden' }))).toBeNull();
    expect(refusalOf(new Error('offline'))).toBeNull();
  });

  it.each([
    ['a bad value', { row: 3, column: 'CreatedTime [UTC]', value: 'yesterday', message: 'not a date and time' }, 'Row 3, CreatedTime [UTC]: not a date and time (“yesterday”)'],
    ['an empty cell', { row: 4, column: 'Title', value: '', message: 'required' }, 'Row 4, Title: required (empty)'],
    ['the file as a whole', { message: 'The file has no Title column' }, 'The file has no Title column'],
  ])('%s', (_, problem, words) => expect(problemWords(problem)).toBe(words));

  it.each([
    ['some rows valid', { rowsRead: 3, rejected: 1 }, 2],
    ['every row rejected', { rowsRead: 2, rejected: 2 }, null],
    ['the file itself unreadable', { rowsRead: 0, rejected: 0 }, null],
    ['no run read yet', undefined, null],
  ])('%s: %s valid rows', (_, run, valid) => expect(validRowsOf(run)).toBe(valid));
});

describe('what a run did', () => {
  it('counts added and changed alerts as imported', () => {
    expect(runCounts({ rowsRead: 10, inserted: 6, updated: 2, unchanged: 1, rejected: 1 })).toEqual({ read: 10, imported: 8, added: 6, changed: 2, unchanged: 1, rejected: 1 });
  });

  it.each([
    ['under way', { rowsRead: 1200, bytesRead: 512, totalBytes: 2048 }, 25, '25% of the file read, 1,200 rows so far'],
    ['the size not known yet', { rowsRead: 1, bytesRead: 10, totalBytes: 0 }, 0, '0% of the file read, 1 row so far'],
    ['never past the whole', { rowsRead: 5, bytesRead: 3000, totalBytes: 2048 }, 100, '100% of the file read, 5 rows so far'],
  ])('progress %s', (_, progress, percent, text) => expect(progressOf(progress)).toEqual({ percent, text }));
});
