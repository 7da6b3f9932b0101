// The addresses of the vulnerability pages, so every link to them is written once.
import { type FindingFilter, paramsFromFindingFilter } from './finding-filter';

const org = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}`;

export const exposurePage = (orgId: string, asOf?: string) => `${org(orgId)}/vulnerability-exposure${asOf ? `?${new URLSearchParams({ asOf }).toString()}` : ''}`;

export function findingsPage(orgId: string, filter: FindingFilter = {}): string {
  const query = paramsFromFindingFilter(filter).toString();
  return `${org(orgId)}/vulnerability-findings${query ? `?${query}` : ''}`;
}

export const findingPage = (orgId: string, findingId: string, asOf?: string) =>
  `${org(orgId)}/vulnerability-findings/${encodeURIComponent(findingId)}${asOf ? `?${new URLSearchParams({ asOf }).toString()}` : ''}`;

export const deadlinesPage = (orgId: string) => `${org(orgId)}/remediation-deadlines`;
export const endOfSupportPage = (orgId: string, rowId?: string) => `${org(orgId)}/end-of-support${rowId ? `?${new URLSearchParams({ row: rowId }).toString()}` : ''}`;
export const assetPage = (orgId: string, assetId: string) => `${org(orgId)}/assets/${encodeURIComponent(assetId)}`;
