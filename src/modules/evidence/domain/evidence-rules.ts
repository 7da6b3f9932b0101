// What makes the details of a piece of evidence acceptable: a title, real calendar dates in a sensible
// order, and links only to web addresses (a javascript: link would run in whoever clicks it).
import type { FieldProblem } from '../../../platform/errors.js';

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 4000;
export const MAX_NOTE = 20_000;
export const MAX_URL = 2000;

export interface EvidenceDetails {
  title: string;
  description: string | null;
  validFrom: string | null;
  expiresOn: string | null;
  reviewOn: string | null;
}

/** True for a YYYY-MM-DD date that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function detailProblems(details: EvidenceDetails): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!details.title.trim()) problems.push({ field: 'title', message: 'Enter a title' });
  else if (details.title.length > MAX_TITLE) problems.push({ field: 'title', message: `The title must be ${MAX_TITLE} characters or fewer` });
  if (details.description !== null && details.description.length > MAX_DESCRIPTION) {
    problems.push({ field: 'description', message: `The description must be ${MAX_DESCRIPTION} characters or fewer` });
  }
  const dates = [
    ['validFrom', details.validFrom, 'valid from'],
    ['expiresOn', details.expiresOn, 'expiry'],
    ['reviewOn', details.reviewOn, 'review'],
  ] as const;
  for (const [field, value, words] of dates) {
    if (value !== null && !isCalendarDate(value)) problems.push({ field, message: `The ${words} date must be a real date, like 2027-03-31`, value });
  }
  const valid = (v: string | null) => v !== null && isCalendarDate(v);
  if (valid(details.validFrom) && valid(details.expiresOn) && details.expiresOn! < details.validFrom!) {
    problems.push({ field: 'expiresOn', message: 'The expiry date must be on or after the date it is valid from' });
  }
  if (valid(details.validFrom) && valid(details.reviewOn) && details.reviewOn! < details.validFrom!) {
    problems.push({ field: 'reviewOn', message: 'The review date must be on or after the date it is valid from' });
  }
  return problems;
}

export function urlProblem(url: string): FieldProblem | null {
  const trimmed = url.trim();
  if (!trimmed) return { field: 'url', message: 'Enter the web address' };
  if (trimmed.length > MAX_URL) return { field: 'url', message: `The web address must be ${MAX_URL} characters or fewer` };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { field: 'url', message: 'Enter a full web address, starting https://', value: trimmed };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { field: 'url', message: 'The web address must start https:// or http://', value: trimmed };
  if (parsed.username || parsed.password) return { field: 'url', message: 'The web address must not hold a user name or password', value: trimmed };
  return null;
}

export function noteProblem(text: string): FieldProblem | null {
  if (!text.trim()) return { field: 'noteText', message: 'Enter the note' };
  if (text.length > MAX_NOTE) return { field: 'noteText', message: `The note must be ${MAX_NOTE} characters or fewer` };
  return null;
}
