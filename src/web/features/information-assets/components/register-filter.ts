// The register's filters as they live in the page's address (?type=system&flagged=true&q=pas), so a
// filtered register can be bookmarked or shared. Values the register does not know are dropped rather
// than sent, so an old or mistyped link shows the whole register instead of an error.
import type { AssetType, Criticality } from '../../../../contract/information-assets';
import { ASSET_TYPE_LABELS, CRITICALITY_LABELS } from './words';

export interface RegisterFilter {
  type?: AssetType;
  criticality?: Criticality;
  supplierId?: string;
  /** Only the assets with at least one risk flag. */
  flagged?: true;
  /** Words in the name or description. */
  q?: string;
}

const isType = (value: string): value is AssetType => Object.hasOwn(ASSET_TYPE_LABELS, value);
const isCriticality = (value: string): value is Criticality => Object.hasOwn(CRITICALITY_LABELS, value);

export function filterFromParams(params: URLSearchParams): RegisterFilter {
  const filter: RegisterFilter = {};
  const type = params.get('type') ?? '';
  if (isType(type)) filter.type = type;
  const criticality = params.get('criticality') ?? '';
  if (isCriticality(criticality)) filter.criticality = criticality;
  const supplierId = params.get('supplierId')?.trim();
  if (supplierId) filter.supplierId = supplierId;
  if (params.get('flagged') === 'true') filter.flagged = true;
  const q = params.get('q')?.trim();
  if (q) filter.q = q;
  return filter;
}

export function paramsFromFilter(filter: RegisterFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.criticality) params.set('criticality', filter.criticality);
  if (filter.supplierId) params.set('supplierId', filter.supplierId);
  if (filter.flagged) params.set('flagged', 'true');
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  return params;
}

export function isFiltered(filter: RegisterFilter): boolean {
  return paramsFromFilter(filter).size > 0;
}
