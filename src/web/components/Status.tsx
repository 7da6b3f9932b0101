// What a page shows while its data loads, or when loading failed, in words a person can act on.
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-client';
import { deploymentIdentity } from '../lib/identity';
import { PageHeading } from './PageHeading';
import { Paragraph } from './Typography';

export function Loading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="nhsuk-body" role="status">
      {children}
    </p>
  );
}

/** The heading for a failed load, which also makes a good page title. */
export function problemHeading(error: unknown): string {
  const { serviceName } = deploymentIdentity();
  if (!isApiError(error)) return `Sorry, there is a problem with ${serviceName}`;
  if (error.status === 403) return 'You cannot see this page';
  if (error.status === 404) return 'Page not found';
  if (error.status === 0) return `${serviceName} could not be reached`;
  return `Sorry, there is a problem with ${serviceName}`;
}

function messageFor(error: unknown): string {
  if (isApiError(error)) return error.detail;
  return 'Try again later.';
}

/** A failed load that stops the whole page: it becomes the page's heading. */
export function PageProblem({ error }: { error: unknown }) {
  return (
    <>
      <PageHeading>{problemHeading(error)}</PageHeading>
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

/** A message that screen readers announce when it changes, such as how many records a filter found. */
export function Announce({ children }: { children: ReactNode }) {
  return <div role="status">{children}</div>;
}

/** The page for someone whose roles do not let them see it; `reason` says who may. */
export function NotAllowed({ reason }: { reason: string }) {
  return (
    <>
      <PageHeading>You cannot see this page</PageHeading>
      <Paragraph>{reason}</Paragraph>
      <Paragraph>If you need it for your work, ask your organisation’s administrator.</Paragraph>
    </>
  );
}
