// How an alert file is to be read, as the import's query string; what a refusal says (the rows named,
// how many could be kept); and what a finished run did, in the counts the page shows.
import type { ImportRunView } from '../../../../contract/imports';
import { type FieldError, isApiError } from '../../../lib/api-client';

/** A built-in mapping for the file a SIEM exports, or any CSV or NDJSON read through a saved mapping. */
export type AlertFileSource = { preset: 'sentinel' | 'splunk' } | { format: 'csv' | 'ndjson'; mapping: string };

export const PRESET_WORDS = {
  sentinel: 'Microsoft Sentinel or Defender incident export (CSV)',
  splunk: 'Splunk Enterprise Security notable events (CSV)',
} as const;

export function importQuery(fileName: string, source: AlertFileSource, skipInvalid: boolean): URLSearchParams {
  const params = new URLSearchParams({ file: fileName });
  if ('preset' in source) params.set('preset', source.preset);
  else {
    params.set('format', source.format);
    params.set('mapping', source.mapping);
  }
  if (skipInvalid) params.set('skipInvalid', 'true');
  return params;
}

/** A refused import: the problems the API named and the run that records it; null for any other failure. */
export interface Refusal {
  detail: string;
  runId: string | null;
  problemCount: number;
  problems: FieldError[];
}

export function refusalOf(error: unknown): Refusal | null {
  if (!isApiError(error) || error.status !== 422) return null;
  const { runId, problemCount } = error.extensions;
  return {
    detail: error.detail,
    runId: typeof runId === 'string' ? runId : null,
    problemCount: typeof problemCount === 'number' ? problemCount : error.errors.length,
    problems: error.errors,
  };
}

/** "Row 3, CreatedTime [UTC]: not a date and time (“yesterday”)": where, what and the value found. */
export function problemWords(problem: Pick<FieldError, 'row' | 'column' | 'value' | 'message'>): string {
  const where = [problem.row ? `Row ${problem.row}` : '', problem.column ?? ''].filter(Boolean).join(', ');
  const found = problem.value ? ` (“${problem.value}”)` : problem.row ? ' (empty)' : '';
  return `${where ? `${where}: ` : ''}${problem.message}${found}`;
}

/**
 * The rows a refused file could still import, from its run: those read less those rejected. Null when
 * none could, or when the file itself could not be read (no row was rejected: it is the file's fault).
 */
export function validRowsOf(run: Pick<ImportRunView, 'rowsRead' | 'rejected'> | undefined): number | null {
  if (!run || run.rejected === 0) return null;
  const valid = run.rowsRead - run.rejected;
  return valid > 0 ? valid : null;
}

/** What a run did, as the page counts it: added and changed are both imported. */
export function runCounts(run: Pick<ImportRunView, 'inserted' | 'updated' | 'unchanged' | 'rejected' | 'rowsRead'>) {
  return { read: run.rowsRead, imported: run.inserted + run.updated, added: run.inserted, changed: run.updated, unchanged: run.unchanged, rejected: run.rejected };
}

/** How far a running import has got, 0–100, and in words. */
export function progressOf(progress: NonNullable<ImportRunView['progress']>): { percent: number; text: string } {
  const percent = progress.totalBytes > 0 ? Math.min(100, Math.floor((progress.bytesRead / progress.totalBytes) * 100)) : 0;
  return { percent, text: `${percent}% of the file read, ${progress.rowsRead.toLocaleString('en-GB')} ${progress.rowsRead === 1 ? 'row' : 'rows'} so far` };
}
