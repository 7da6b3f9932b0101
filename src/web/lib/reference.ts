// Reference lists (roles, organisation types, DSPT categories) with their labels. They change only
// with a new release, so they are fetched once per session.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from './api-client';

import type { Reference, ReferenceItem } from '../../contract/organisations';

export type { Reference, ReferenceItem };

export const referenceQueryOptions = queryOptions({
  queryKey: ['reference'] as const,
  queryFn: ({ signal }) => apiRequest<Reference>('/api/v1/reference', { signal }),
  staleTime: Infinity,
});

/** `enabled` is false where nobody may be signed in (a public page): the labels then fall back to ids. */
export function useReference(enabled = true) {
  return useQuery({ ...referenceQueryOptions, enabled });
}

/** The label for an id, or the id itself while the list is loading or for a value it lacks. */
export function labelFor(items: ReferenceItem[] | undefined, id: string | null | undefined): string {
  if (!id) return '';
  return items?.find((item) => item.id === id)?.label ?? id;
}
