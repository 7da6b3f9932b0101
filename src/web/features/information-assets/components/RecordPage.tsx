// What a page about one asset or supplier shows until it can show the record: loading, a failed load
// (another organisation's record is not found), or why this person may not see it.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { can, type Organisation } from '../../../lib/current-org';

export function RecordPage<Shown>({
  organisation,
  permission,
  refusal,
  record,
  children,
}: {
  organisation: UseQueryResult<Organisation>;
  permission: string;
  refusal: string;
  record: UseQueryResult<Shown>;
  children: (organisation: Organisation, record: Shown) => ReactNode;
}) {
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, permission)) return <NotAllowed reason={refusal} />;
  if (record.isPending) return <Loading />;
  if (record.isError) return <PageProblem error={record.error} />;
  return children(organisation.data, record.data);
}
