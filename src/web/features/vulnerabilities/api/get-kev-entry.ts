// GET /api/v1/vulnerabilities/kev/:cveId: one entry of the known exploited catalogue and the version it
// comes from, for a finding's catalogue dates.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KevEntryAnswer } from '../../../../contract/vulnerabilities';
import { apiRequest, segment } from '../../../lib/api-client';

export type { KevEntryAnswer };

export function kevEntryQueryOptions(cveId: string) {
  return queryOptions({
    queryKey: ['vulnerabilities', 'kev', 'entry', cveId] as const,
    queryFn: ({ signal }) => apiRequest<KevEntryAnswer>(`/api/v1/vulnerabilities/kev/${segment(cveId)}`, { signal }),
    // Reference data: it changes only when a system administrator imports a catalogue.
    staleTime: 5 * 60_000,
  });
}

export function useKevEntry(cveId: string | null) {
  return useQuery({ ...kevEntryQueryOptions(cveId ?? ''), enabled: cveId !== null });
}
