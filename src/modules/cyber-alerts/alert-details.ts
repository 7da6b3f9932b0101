// Reading an alert's details as given (the record form or the API) into the columns stored, naming
// each bad field: CVE ids checked and upper-cased, products and CVEs without repeats, the issue
// instant with its offset and not in the future, a remediate-by date that is in the calendar.
import type { CyberAlertBody } from '../../contract/cyber-alerts.js';
import { parseInstant, ukDateOf } from '../../platform/as-of.js';
import type { NewCyberAlertRow } from '../../platform/db/schema.js';
import { type FieldProblem, ValidationFailed } from '../../platform/errors.js';
import { readCveId } from '../vulnerabilities/service.js';
import { referenceKey } from './store.js';

export type DetailColumns = Partial<Pick<NewCyberAlertRow, 'reference' | 'reference_key' | 'title' | 'severity' | 'issued_at' | 'cves' | 'products' | 'summary' | 'remediate_by'>>;

/** A YYYY-MM-DD that survives a round trip through the calendar: no 31 February, no month 13. */
function isCalendarDate(date: string): boolean {
  const at = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === date;
}

const oneSpace = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The columns for the details given (only those given), and the problems with them. */
export function detailColumns(body: Partial<CyberAlertBody>, now: Date): { columns: DetailColumns; problems: FieldProblem[] } {
  const columns: DetailColumns = {};
  const problems: FieldProblem[] = [];
  if (body.reference !== undefined) {
    columns.reference = oneSpace(body.reference);
    columns.reference_key = referenceKey(columns.reference);
  }
  if (body.title !== undefined) columns.title = oneSpace(body.title);
  if (body.severity !== undefined) columns.severity = body.severity;
  if (body.issuedAt !== undefined) {
    try {
      const at = parseInstant(body.issuedAt, 'issuedAt');
      if (at.getTime() > now.getTime()) problems.push({ field: 'issuedAt', message: 'An alert cannot have been issued in the future.', value: body.issuedAt });
      else columns.issued_at = at.toISOString();
    } catch (error) {
      if (!(error instanceof ValidationFailed)) throw error;
      problems.push(...error.errors);
    }
  }
  if (body.cves !== undefined) {
    const cves: string[] = [];
    body.cves.forEach((text, i) => {
      const read = readCveId(text);
      if (!read.ok) problems.push({ field: `cves.${i}`, message: `${text.slice(0, 40) || 'An empty entry'} ${read.reason}.`, value: text.slice(0, 40) });
      else if (!cves.includes(read.value)) cves.push(read.value);
    });
    columns.cves = JSON.stringify(cves);
  }
  if (body.products !== undefined) {
    const seen = new Set<string>();
    const products = body.products.map(oneSpace).filter((p) => p !== '' && !seen.has(p.toLowerCase()) && seen.add(p.toLowerCase()));
    columns.products = JSON.stringify(products);
  }
  if (body.summary !== undefined) columns.summary = body.summary?.trim() || null;
  if (body.remediateBy !== undefined) {
    const date = body.remediateBy;
    if (date !== null && !isCalendarDate(date)) problems.push({ field: 'remediateBy', message: `${date} is not a date in the calendar.`, value: date });
    else columns.remediate_by = date;
  }
  return { columns, problems };
}

/** What the details say together: remediate-by not before the day of issue, acknowledged not before issue. */
export function detailProblems(row: { issued_at: string; remediate_by: string | null; acknowledged_at: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const issued = new Date(row.issued_at);
  if (row.remediate_by !== null && row.remediate_by < ukDateOf(issued)) {
    problems.push({ field: 'remediateBy', message: `The date to remediate by cannot be before the alert was issued (${ukDateOf(issued)}).`, value: row.remediate_by });
  }
  if (row.acknowledged_at !== null && new Date(row.acknowledged_at).getTime() < issued.getTime()) {
    problems.push({ field: 'issuedAt', message: `The alert was acknowledged at ${new Date(row.acknowledged_at).toISOString()}; it cannot have been issued after that.`, value: issued.toISOString() });
  }
  return problems;
}
