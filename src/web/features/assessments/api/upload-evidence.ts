// A new file of evidence for this answer, in two calls: POST /api/v1/orgs/:orgId/evidence with the
// file's bytes as the body (its name, title and expiry in the query) adds it to the library, then it
// is linked to the outcome. Should the link fail, the file is still in the library to link again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { orgQueryKey } from '../../../lib/current-org';
import { linkEvidence } from './link-evidence';
import { evidenceLibraryUrl } from './paths';

export interface NewEvidenceFile {
  file: File;
  title: string;
  /** YYYY-MM-DD, or empty for none. */
  expiresOn: string;
}

export async function uploadEvidence(orgId: string, assessmentId: string, ref: string, upload: NewEvidenceFile) {
  const query = new URLSearchParams({ fileName: upload.file.name, title: upload.title.trim() || upload.file.name });
  if (upload.expiresOn) query.set('expiresOn', upload.expiresOn);
  const item = await apiRequest<{ id: string }>(`${evidenceLibraryUrl(orgId)}?${query.toString()}`, { method: 'POST', file: upload.file });
  return linkEvidence(orgId, assessmentId, ref, item.id);
}

export function useUploadEvidence(orgId: string, assessmentId: string, ref: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: NewEvidenceFile) => uploadEvidence(orgId, assessmentId, ref, upload),
    // The library (for "link from library") and the answers both changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgQueryKey(orgId) }),
  });
}
