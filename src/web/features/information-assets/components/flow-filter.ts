// The data flows' filters as they live in the page's address (?personal=true&unencrypted=true), so a
// filtered list or map can be bookmarked or shared. The list and the map read the same filters.
export const FLOW_CHECKS = ['personal', 'specialCategory', 'external', 'unencrypted', 'lackingBasis'] as const;
export type FlowCheck = (typeof FLOW_CHECKS)[number];

export const FLOW_CHECK_LABELS: Record<FlowCheck, string> = {
  personal: 'Personal data',
  specialCategory: 'Special category data',
  external: 'Leaving or entering the organisation',
  unencrypted: 'Not known to be encrypted in transit',
  lackingBasis: 'Lacking a lawful basis, special category condition or CLDC basis',
};

export interface FlowFilter {
  /** Each check narrows to the flows it names; checks together narrow to the flows meeting all of them. */
  checks: FlowCheck[];
  /** Flows with this asset at either end. */
  assetId?: string;
  /** Words in the name, description, purpose or another organisation's name. */
  q?: string;
}

export function flowFilterFromParams(params: URLSearchParams): FlowFilter {
  const filter: FlowFilter = { checks: FLOW_CHECKS.filter((check) => params.get(check) === 'true') };
  const assetId = params.get('assetId')?.trim();
  if (assetId) filter.assetId = assetId;
  const q = params.get('q')?.trim();
  if (q) filter.q = q;
  return filter;
}

/** The address's query for a filter; `keep` carries other parameters of the page (the map's view). */
export function paramsFromFlowFilter(filter: FlowFilter, keep: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const check of FLOW_CHECKS) if (filter.checks.includes(check)) params.set(check, 'true');
  if (filter.assetId) params.set('assetId', filter.assetId);
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  for (const [name, value] of Object.entries(keep)) params.set(name, value);
  return params;
}

/** The API's query for a filter: the same names, so one reading serves both. */
export function flowQueryOf(filter: FlowFilter): Record<string, string | undefined> {
  return Object.fromEntries(paramsFromFlowFilter(filter));
}

export function isFlowFiltered(filter: FlowFilter): boolean {
  return paramsFromFlowFilter(filter).size > 0;
}
