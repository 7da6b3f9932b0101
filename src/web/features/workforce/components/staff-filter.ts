// The staff register's filters as they live in the page's address (?status=leaver&department=...), so
// a filtered register can be bookmarked or shared. What the register does not know is dropped rather
// than sent, so an old or mistyped link shows the whole register instead of an error.
import { STAFF_FILTER_LABELS, type StaffFilterStatus } from './words';

export interface StaffFilter {
  /** The UK day the statuses are for; today when absent. */
  asOf?: string;
  status?: StaffFilterStatus;
  department?: string;
  staffGroup?: string;
  /** Words in the name, employee number or position. */
  q?: string;
  /** From 1; absent for the first. */
  page?: number;
}

const isStatus = (value: string): value is StaffFilterStatus => Object.hasOwn(STAFF_FILTER_LABELS, value);
const text = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

export function staffFilterFromParams(params: URLSearchParams): StaffFilter {
  const filter: StaffFilter = {};
  const asOf = text(params, 'asOf');
  if (asOf) filter.asOf = asOf;
  const status = params.get('status') ?? '';
  if (isStatus(status)) filter.status = status;
  for (const name of ['department', 'staffGroup', 'q'] as const) {
    const value = text(params, name);
    if (value) filter[name] = value;
  }
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page <= 100_000) filter.page = page;
  return filter;
}

export function paramsFromStaffFilter(filter: StaffFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['asOf', 'status', 'department', 'staffGroup', 'q'] as const) {
    const value = filter[name]?.trim();
    if (value) params.set(name, value);
  }
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** Whether anything narrows the register (the day and the page do not). */
export function isStaffFiltered(filter: StaffFilter): boolean {
  return Boolean(filter.status || filter.department?.trim() || filter.staffGroup?.trim() || filter.q?.trim());
}
