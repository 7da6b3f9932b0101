// What a page shows while its data loads, or when loading failed, in words a person can act on.
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-client';
import { PageHeading } from './PageHeading';

export function Loading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="nhsuk-body" role="status">
      {children}
    </p>
  );
}

function headingFor(error: unknown): string {
  if (!isApiError(error)) return 'Sorry, there is a problem with Bulwark';
  if (error.status === 403) return 'You cannot see this page';
  if (error.status === 404) return 'Page not found';
  if (error.status === 0) return 'Bulwark could not be reached';
  return 'Sorry, there is a problem with Bulwark';
}

function messageFor(error: unknown): string {
  if (isApiError(error)) return error.detail;
  return 'Try again later.';
}

/** A failed load that stops the whole page: it becomes the page's heading. */
export function PageProblem({ error }: { error: unknown }) {
  return (
    <>
      <PageHeading>{headingFor(error)}</PageHeading>
      <p className="nhsuk-body">{messageFor(error)}</p>
    </>
  );
}

/** A failed load of one part of a page. */
export function SectionProblem({ error, what }: { error: unknown; what: string }) {
  return (
    <p className="nhsuk-body">
      {what} could not be shown. {messageFor(error)}
    </p>
  );
}
