// GET /api/v1/vulnerabilities/kev: the known exploited vulnerabilities catalogue held and a page of its entries.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

import type { KevEntryView, KevList } from '../../../../contract/vulnerabilities';

export type { KevEntryView, KevList };

export interface KevFilter {
  vendor?: string | undefined;
  product?: string | undefined;
  ransomwareOnly: boolean;
  page: number;
}

function searchOf(filter: KevFilter): string {
  const params = new URLSearchParams();
  if (filter.vendor) params.set('vendor', filter.vendor);
  if (filter.product) params.set('product', filter.product);
  if (filter.ransomwareOnly) params.set('knownRansomwareUse', 'true');
  if (filter.page > 1) params.set('page', String(filter.page));
  return params.size ? `?${params.toString()}` : '';
}

export function getKevEntries(filter: KevFilter, signal?: AbortSignal) {
  return apiRequest<KevList>(`/api/v1/vulnerabilities/kev${searchOf(filter)}`, signal ? { signal } : {});
}

export function kevEntriesQueryOptions(filter: KevFilter) {
  return queryOptions({
    queryKey: ['vulnerabilities', 'kev', filter] as const,
    queryFn: ({ signal }) => getKevEntries(filter, signal),
    // Reference data: it changes only when a system administrator imports a catalogue.
    staleTime: 5 * 60_000,
  });
}

export function useKevEntries(filter: KevFilter) {
  return useQuery(kevEntriesQueryOptions(filter));
}
