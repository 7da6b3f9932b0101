// The tree below the current organisation, and a form to add to it.
import { Link } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, PageProblem, SectionProblem } from '../../../components/Status';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useReference } from '../../../lib/reference';
import { useTree } from '../api/get-tree';
import { AddSubOrganisationForm } from '../components/AddSubOrganisationForm';
import { OrganisationTree } from '../components/OrganisationTree';
import { Heading, Paragraph } from '../../../components/Typography';

export function OrganisationsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const tree = useTree(orgId);
  const reference = useReference();
  usePageTitle('Organisations', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  const current = organisation.data;
  const below = tree.data ? tree.data.organisations.length - 1 : 0;

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <PageHeading caption={current.name}>Organisations</PageHeading>
        <Paragraph>
          {current.name} and the organisations, sites and departments below it
          {tree.data ? ` (${below === 1 ? '1 below it' : `${below} below it`})` : ''}.
        </Paragraph>
        {can(current, 'organisation.update') && (
          <Paragraph>
            <Link to={`/orgs/${encodeURIComponent(orgId)}/settings`}>Change {current.name}’s details</Link>
          </Paragraph>
        )}
        {can(current, 'organisation.import') && (
          <Paragraph>
            <Link to={`/orgs/${encodeURIComponent(orgId)}/organisations/import`}>Import organisations, sites or departments from a file</Link>
          </Paragraph>
        )}
        <Heading>Organisation tree</Heading>
        {tree.isPending && <Loading>Loading the organisation tree…</Loading>}
        {tree.isError && <SectionProblem error={tree.error} what="The organisation tree" />}
        {tree.data && (
          <OrganisationTree
            organisations={tree.data.organisations}
            dsptCategories={reference.data?.dsptCategories}
            label={`${current.name} and the organisations below it`}
          />
        )}
        {can(current, 'organisation.create-child') && reference.data && (
          <AddSubOrganisationForm orgId={orgId} parentName={current.name} reference={reference.data} />
        )}
        {can(current, 'organisation.create-child') && reference.isError && (
          <SectionProblem error={reference.error} what="The form to add a sub-organisation" />
        )}
      </GridColumn>
    </GridRow>
  );
}
