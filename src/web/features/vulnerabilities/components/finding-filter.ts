// The findings list's filters as they live in the page's address (?severity=critical&pastDue=true), so
// a filtered list can be bookmarked, shared or linked to from a figure on the dashboard. What the list
// does not know is dropped rather than sent, so an old or mistyped link shows the whole list.
import { SEVERITY_LABELS, type Severity, type FindingState, STATE_LABELS } from './words';

export interface FindingFilter {
  state?: FindingState;
  severity?: Severity;
  /** A host's name or IP address. */
  host?: string;
  cveId?: string;
  /** 'true': only those the known exploited catalogue lists; 'false': only those it does not. */
  kevListed?: 'true' | 'false';
  knownRansomwareUse?: 'true' | 'false';
  assetId?: string;
  pastDue?: 'true';
  /** The UK day (or instant) the deadlines are worked out at; now when absent. */
  asOf?: string;
  /** From 1; absent for the first. */
  page?: number;
}

const TEXT_NAMES = ['host', 'cveId', 'assetId', 'asOf'] as const;
const YES_NO = ['kevListed', 'knownRansomwareUse'] as const;
/** The order the address writes them in. */
const ORDER = ['asOf', 'state', 'severity', 'host', 'cveId', 'kevListed', 'knownRansomwareUse', 'pastDue', 'assetId'] as const;

const isSeverity = (value: string): value is Severity => Object.hasOwn(SEVERITY_LABELS, value);
const isState = (value: string): value is FindingState => Object.hasOwn(STATE_LABELS, value);
const isYesNo = (value: string): value is 'true' | 'false' => value === 'true' || value === 'false';

export function findingFilterFromParams(params: URLSearchParams): FindingFilter {
  const filter: FindingFilter = {};
  for (const name of TEXT_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  const state = params.get('state') ?? '';
  if (isState(state)) filter.state = state;
  const severity = params.get('severity') ?? '';
  if (isSeverity(severity)) filter.severity = severity;
  for (const name of YES_NO) {
    const value = params.get(name) ?? '';
    if (isYesNo(value)) filter[name] = value;
  }
  if (params.get('pastDue') === 'true') filter.pastDue = 'true';
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page <= 100_000) filter.page = page;
  return filter;
}

export function paramsFromFindingFilter(filter: FindingFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ORDER) {
    const value = filter[name]?.trim();
    if (value) params.set(name, value);
  }
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** Whether anything narrows the list (the day and the page do not). */
export function isFindingFiltered(filter: FindingFilter): boolean {
  return ORDER.some((name) => name !== 'asOf' && Boolean(filter[name]?.trim()));
}

/** The same filters on another page, or narrowed further, from its first page. */
export function withFilter(filter: FindingFilter, more: Partial<FindingFilter>): FindingFilter {
  const { page: _page, ...rest } = filter;
  return { ...rest, ...more };
}
