// The access-review API the pages read and write: campaigns with their figures, their items, the
// reader's own items, the actions after closing; setting one up, starting, closing, reminding and
// deciding. Every answer is cached under the organisation, so one invalidation refreshes them all.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DecisionBody, ItemListQuery, ReminderOutcome, Review, ReviewAction, ReviewBody, ReviewItem } from '../../../../contract/access-reviews';
import { apiRequest, segment } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import type { Member } from '../../../../contract/accounts';
import type { AssetList } from '../../../../contract/information-assets';

export type { Review, ReviewAction, ReviewItem, ReminderOutcome };

const reviewsPath = (orgId: string) => `/api/v1/orgs/${segment(orgId)}/reviews`;
const reviewPath = (orgId: string, reviewId: string) => `${reviewsPath(orgId)}/${segment(reviewId)}`;
export const evidencePath = (orgId: string, reviewId: string, format: 'xlsx' | 'pdf') => `${reviewPath(orgId, reviewId)}/evidence.${format}`;
const reviewsKey = (orgId: string) => [...orgQueryKey(orgId), 'reviews'] as const;

export function useReviews(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...reviewsKey(orgId), 'list'] as const,
    queryFn: ({ signal }) => apiRequest<{ items: Review[] }>(reviewsPath(orgId), { signal }),
    enabled: options.enabled ?? true,
  });
}

export function useReview(orgId: string, reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...reviewsKey(orgId), 'one', reviewId] as const,
    queryFn: ({ signal }) => apiRequest<Review>(reviewPath(orgId, reviewId), { signal }),
    enabled: options.enabled ?? true,
  });
}

export function useReviewItems(orgId: string, reviewId: string, state: ItemListQuery['state'], options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...reviewsKey(orgId), 'items', reviewId, state] as const,
    queryFn: ({ signal }) => apiRequest<{ total: number; items: ReviewItem[] }>(`${reviewPath(orgId, reviewId)}/items?state=${state}`, { signal }),
    enabled: options.enabled ?? true,
  });
}

export function useMyItems(orgId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...reviewsKey(orgId), 'mine'] as const,
    queryFn: ({ signal }) => apiRequest<{ asOf: string; outstanding: number; overdue: number; items: ReviewItem[] }>(`${reviewsPath(orgId)}/my-items`, { signal }),
    enabled: options.enabled ?? true,
  });
}

export function useReviewActions(orgId: string, reviewId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...reviewsKey(orgId), 'actions', reviewId] as const,
    queryFn: ({ signal }) => apiRequest<{ items: ReviewAction[] }>(`${reviewsPath(orgId)}/actions?review=${segment(reviewId)}`, { signal }),
    enabled: options.enabled ?? true,
  });
}

/** A change to any campaign refreshes every review answer: figures, items and actions all move together. */
function useReviewMutation<Body, Answer>(orgId: string, send: (body: Body) => Promise<Answer>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => queryClient.invalidateQueries({ queryKey: reviewsKey(orgId) }) });
}

export const useCreateReview = (orgId: string) => useReviewMutation(orgId, (body: ReviewBody) => apiRequest<Review>(reviewsPath(orgId), { method: 'POST', body }));

export const useStartReview = (orgId: string, reviewId: string) =>
  useReviewMutation(orgId, (version: number) => apiRequest<Review>(`${reviewPath(orgId, reviewId)}/start`, { method: 'POST', body: { version } }));

export const useCloseReview = (orgId: string, reviewId: string) =>
  useReviewMutation(orgId, (version: number) => apiRequest<Review>(`${reviewPath(orgId, reviewId)}/close`, { method: 'POST', body: { version } }));

export const useSendReminders = (orgId: string, reviewId: string) =>
  useReviewMutation(orgId, () => apiRequest<ReminderOutcome>(`${reviewPath(orgId, reviewId)}/reminders`, { method: 'POST', body: {} }));

export const useDecideItem = (orgId: string, item: Pick<ReviewItem, 'id' | 'reviewId'>) =>
  useReviewMutation(orgId, (body: DecisionBody) => apiRequest<ReviewItem>(`${reviewPath(orgId, item.reviewId)}/items/${segment(item.id)}/decision`, { method: 'PUT', body }));

/** The organisation's people, to name one reviewer for the person rule. */
export function useMembers(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...orgQueryKey(orgId), 'members'] as const,
    queryFn: ({ signal }) => apiRequest<{ members: Member[] }>(`/api/v1/orgs/${segment(orgId)}/members`, { signal }),
    enabled,
  });
}

/** The organisation's live information assets with their owners, to choose the asset for the Information Asset Owner rule. */
export function useAssetChoices(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...orgQueryKey(orgId), 'assets', 'review-choices'] as const,
    queryFn: ({ signal }) => apiRequest<AssetList>(`/api/v1/orgs/${segment(orgId)}/assets`, { signal }),
    enabled,
  });
}
