// POST /api/v1/orgs/:orgId/evidence: a link or a note as JSON, or a file sent as it is with its details
// in the query. The answer is the new piece of evidence.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvidenceItem, NewEvidenceBody } from '../../../../contract/evidence';
import { apiRequest } from '../../../lib/api-client';
import { evidencePath, refreshEvidence } from './paths';

export interface EvidenceDetailsInput {
  title: string;
  description: string;
  ownerId: string;
  validFrom: string;
  expiresOn: string;
  reviewOn: string;
}

export type NewEvidence = ({ kind: 'file'; file: File } | { kind: 'link'; url: string } | { kind: 'note'; noteText: string }) & EvidenceDetailsInput;

/** Blank fields are left out, so the server treats them as not given. */
function given(details: EvidenceDetailsInput): Record<string, string> {
  const entries = Object.entries<string>({ ...details });
  return Object.fromEntries(entries.filter(([, value]) => value.trim() !== ''));
}

export function addEvidence(orgId: string, input: NewEvidence) {
  const { title, description, ownerId, validFrom, expiresOn, reviewOn } = input;
  const details = given({ title, description, ownerId, validFrom, expiresOn, reviewOn });
  if (input.kind === 'file') {
    const params = new URLSearchParams({ fileName: input.file.name, ...details });
    return apiRequest<EvidenceItem>(`${evidencePath(orgId)}?${params.toString()}`, { method: 'POST', file: input.file });
  }
  const body: NewEvidenceBody =
    input.kind === 'link' ? { kind: 'link', url: input.url, title, ...details } : { kind: 'note', noteText: input.noteText, title, ...details };
  return apiRequest<EvidenceItem>(evidencePath(orgId), { method: 'POST', body });
}

export function useAddEvidence(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewEvidence) => addEvidence(orgId, input),
    onSuccess: () => refreshEvidence(queryClient, orgId),
  });
}
