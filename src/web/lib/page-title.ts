// Sets the document title from the most specific part outwards: "People – Northshire ICS – Bulwark".
import { useEffect } from 'react';

export const SERVICE_NAME = 'Bulwark';

export function pageTitle(...parts: Array<string | null | undefined | false>): string {
  return [...parts.filter((part): part is string => Boolean(part)), SERVICE_NAME].join(' – ');
}

export function usePageTitle(...parts: Array<string | null | undefined | false>): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
