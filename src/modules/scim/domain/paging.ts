// SCIM paging: startIndex counts from 1, count is the page size (RFC 7644 section 3.4.2.4).
// Values out of range are brought into range, as the specification asks, rather than refused.
import { LIST_SCHEMA } from './attributes.js';
import { invalidValue } from './scim-error.js';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 200;

export interface Page {
  /** 1-based position of the first result. */
  startIndex: number;
  count: number;
}

function whole(value: unknown, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isInteger(n)) throw invalidValue(`"${name}" must be a whole number.`);
  return n;
}

export function pageOf(query: { startIndex?: unknown; count?: unknown }): Page {
  const startIndex = whole(query.startIndex, 'startIndex') ?? 1;
  const count = whole(query.count, 'count') ?? DEFAULT_PAGE_SIZE;
  return { startIndex: Math.max(1, startIndex), count: Math.min(MAX_PAGE_SIZE, Math.max(0, count)) };
}

export function listResponse<T>(resources: T[], totalResults: number, page: Page) {
  return { schemas: [LIST_SCHEMA], totalResults, startIndex: page.startIndex, itemsPerPage: resources.length, Resources: resources };
}
