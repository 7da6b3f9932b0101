// The accounts list's filters as they live in the page's address (?finding=dormant&kind=admin), so a
// filtered list can be bookmarked, shared, or linked to from a finding. What the API does not know is
// dropped rather than sent, so an old or mistyped link shows the list instead of an error.
import type { AccountKind, FindingKey } from '../../../../contract/directory';
import { ACCOUNT_KIND_LABELS, FINDING_LABELS } from './words';

export const ACCOUNT_STATES = { present: 'In the directory', gone: 'Gone from the directory', all: 'Both' } as const;
export type AccountState = keyof typeof ACCOUNT_STATES;

export interface AccountFilter {
  asOf?: string;
  directory?: string;
  kind?: AccountKind;
  finding?: FindingKey;
  /** Absent means the API's default: accounts in the directory as of its latest import. */
  state?: Exclude<AccountState, 'present'>;
  q?: string;
  page?: number;
}

const isKind = (value: string): value is AccountKind => Object.hasOwn(ACCOUNT_KIND_LABELS, value);
const isFinding = (value: string): value is FindingKey => Object.hasOwn(FINDING_LABELS, value);
const text = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

export function accountFilterFromParams(params: URLSearchParams): AccountFilter {
  const filter: AccountFilter = {};
  for (const name of ['asOf', 'directory', 'q'] as const) {
    const value = text(params, name);
    if (value) filter[name] = value;
  }
  const kind = params.get('kind') ?? '';
  if (isKind(kind)) filter.kind = kind;
  const finding = params.get('finding') ?? '';
  if (isFinding(finding)) filter.finding = finding;
  const state = params.get('state');
  if (state === 'gone' || state === 'all') filter.state = state;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page <= 100_000) filter.page = page;
  return filter;
}

export function paramsFromAccountFilter(filter: AccountFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['asOf', 'directory', 'kind', 'finding', 'state', 'q'] as const) {
    const value = filter[name]?.trim();
    if (value) params.set(name, value);
  }
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  return params;
}

export function isAccountFiltered(filter: AccountFilter): boolean {
  return Boolean(filter.directory || filter.kind || filter.finding || filter.state || filter.q?.trim());
}
