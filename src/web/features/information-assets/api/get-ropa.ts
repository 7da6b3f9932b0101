// GET /api/v1/orgs/:orgId/ropa?asOf=: the record of processing activities as of a day (now when none
// is given): the controller, an activity per live data flow carrying personal data, and the assets
// holding personal data that no flow names.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RecordOfProcessing, RopaActivity, RopaUnflowedAsset } from '../../../../contract/records-of-processing';
import { apiRequest } from '../../../lib/api-client';
import { ropaPath, ropaQueryKey, withQuery } from './paths';

export type { RecordOfProcessing, RopaActivity, RopaUnflowedAsset };

export function recordOfProcessingQueryOptions(orgId: string, asOf: string | undefined) {
  return queryOptions({
    queryKey: [...ropaQueryKey(orgId), 'record', asOf ?? ''] as const,
    queryFn: ({ signal }) => apiRequest<RecordOfProcessing>(withQuery(ropaPath(orgId), { asOf }), { signal }),
  });
}

export function useRecordOfProcessing(orgId: string, asOf: string | undefined, options: { enabled?: boolean } = {}) {
  // Another day keeps the last record on screen until its own arrives.
  return useQuery({ ...recordOfProcessingQueryOptions(orgId, asOf), enabled: options.enabled ?? true, placeholderData: keepPreviousData });
}
