// One end of a data flow: a link to its asset's or supplier's page, or another organisation by name.
import { Link } from 'react-router';
import type { FlowEnd } from '../../../../contract/data-flows';
import { endWords } from './flow-facts';
import { assetPage, supplierPage } from './links';

/** An end as a link to its asset's or supplier's page; another organisation by name. */
export function EndLink({ orgId, end }: { orgId: string; end: FlowEnd }) {
  if (end.kind === 'party' || !end.id) return <>{endWords(end)}</>;
  const to = end.kind === 'asset' ? assetPage(orgId, end.id) : supplierPage(orgId, end.id);
  return (
    <>
      <Link to={to}>{end.name}</Link> ({end.kind === 'asset' ? 'information asset' : 'supplier'}
      {end.archived ? ', archived' : ''})
    </>
  );
}
