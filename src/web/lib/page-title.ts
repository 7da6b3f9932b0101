// Sets the document title from the most specific part outwards: "People – Northshire ICS – Bulwark",
// ending in the deployment's service name.
import { useEffect } from 'react';
import { deploymentIdentity } from './identity';

export function pageTitle(...parts: Array<string | null | undefined | false>): string {
  return [...parts.filter((part): part is string => Boolean(part)), deploymentIdentity().serviceName].join(' – ');
}

export function usePageTitle(...parts: Array<string | null | undefined | false>): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * Sets the title only while `active`: for a page whose title, once loaded, is set by a child that
 * knows more (a form that may show errors), since a parent's effect runs after its child's.
 */
export function usePageTitleWhile(active: boolean, ...parts: Array<string | null | undefined | false>): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    if (active) document.title = title;
  }, [active, title]);
}
