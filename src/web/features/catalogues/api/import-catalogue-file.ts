// POST /api/v1/catalogues/imports: a framework file, sent as it is; answers what was stored and the notices.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ImportFormat, ImportReport } from '../../../../contract/catalogues';
import { cataloguesQueryKey } from './get-catalogues';

export type { ImportFormat, ImportReport };

export interface CatalogueFileImport {
  file: File;
  format?: ImportFormat | undefined;
  /** id@version: the CAF or CIS Controls version to add to, or the id@version to store a library as. */
  catalogue?: string | undefined;
  replace?: boolean | undefined;
}

export function importCatalogueFile(upload: CatalogueFileImport) {
  const params = new URLSearchParams({ file: upload.file.name });
  if (upload.format) params.set('format', upload.format);
  if (upload.catalogue) params.set('catalogue', upload.catalogue);
  if (upload.replace) params.set('replace', 'true');
  return apiRequest<ImportReport>(`/api/v1/catalogues/imports?${params.toString()}`, { method: 'POST', file: upload.file });
}

export function useImportCatalogueFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCatalogueFile,
    // Every catalogue, crosswalk and search may now read differently.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cataloguesQueryKey }),
  });
}
