// "Set your organisation's expected levels", shown only to people who may set them in the first
// organisation they work in (a catalogue page is not under /orgs/:orgId).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Paragraph } from '../../../components/Typography';
import { can, organisationQueryOptions } from '../../../lib/current-org';
import { useMe } from '../../../lib/session';

export function ExpectedLevelsLink({ catalogueRef }: { catalogueRef: string }) {
  const me = useMe().data;
  const orgId = me?.stage === 'complete' ? me.organisations.find((o) => o.access !== 'oversight')?.id : undefined;
  const organisation = useQuery({ ...organisationQueryOptions(orgId ?? ''), enabled: Boolean(orgId) });
  if (!orgId || !can(organisation.data, 'catalogue.org-configure')) return null;
  return (
    <Paragraph>
      <Link to={`/orgs/${encodeURIComponent(orgId)}/frameworks/${encodeURIComponent(catalogueRef)}/expected-levels`}>Set your organisation’s expected levels</Link> for{' '}
      {organisation.data?.name}
    </Paragraph>
  );
}
