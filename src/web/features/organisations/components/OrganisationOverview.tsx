// The organisation at a glance: what it is, where it sits, your roles in it, and how big it is.
import { Link } from 'react-router';
import { Card, Figure, GridColumn, GridRow } from '../../../components/Content';
import { SummaryList } from '../../../components/SummaryList';
import { TagList } from '../../../components/Tag';
import { can, type Organisation } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { labelFor, useReference } from '../../../lib/reference';
import { type Access, useMe } from '../../../lib/session';
import { Heading, Paragraph } from '../../../components/Typography';

const ACCESS_EXPLAINED: Record<Access, string> = {
  member: 'You have no roles here.',
  oversight: 'You hold no roles here. You can see this organisation because of your role in an organisation above it.',
  system: 'You hold no roles here. You can see this organisation because you are a system administrator.',
};

export function OrganisationOverview({ organisation }: { organisation: Organisation }) {
  const reference = useReference().data;
  const me = useMe().data;
  const access = me?.organisations.find((candidate) => candidate.id === organisation.id)?.access ?? (me?.isSystemAdmin ? 'system' : 'member');
  const base = `/orgs/${encodeURIComponent(organisation.id)}`;

  return (
    <>
      <SummaryList
        rows={[
          { key: 'Type', value: organisation.typeLabel },
          { key: 'ODS code', value: organisation.odsCode ?? 'Not recorded' },
          { key: 'DSPT category', value: organisation.dsptCategory ? labelFor(reference?.dsptCategories, organisation.dsptCategory) : 'Not set' },
          {
            key: 'Part of',
            value:
              organisation.ancestors.length > 0
                ? organisation.ancestors.map((ancestor) => ancestor.name).join(' › ')
                : 'Nothing: it is at the top of the tree',
          },
          { key: 'Last changed', value: formatDateTime(organisation.updatedAt) },
        ]}
      />
      {can(organisation, 'organisation.update') && (
        <Paragraph>
          <Link to={`${base}/settings`}>Change the organisation’s details</Link>
        </Paragraph>
      )}

      <Heading>Your roles here</Heading>
      {organisation.roles.length > 0 ? (
        <TagList
          label={`Your roles in ${organisation.name}`}
          tags={organisation.roles.map((role) => ({ key: role, text: labelFor(reference?.roles, role), colour: 'blue' }))}
        />
      ) : (
        <Paragraph>{ACCESS_EXPLAINED[access]}</Paragraph>
      )}

      <Heading spaceAbove>In this organisation</Heading>
      <GridRow>
        <GridColumn width="one-half">
          <Card heading="People" headingLevel={3}>
            <Figure>{organisation.counts.members}</Figure>
            <Paragraph size="s" noMargin>
              {can(organisation, 'member.read') ? (
                <Link to={`${base}/people`}>See the people</Link>
              ) : (
                'with a role in this organisation'
              )}
            </Paragraph>
          </Card>
        </GridColumn>
        <GridColumn width="one-half">
          <Card heading="Sub-organisations" headingLevel={3}>
            <Figure>{organisation.counts.subOrganisations}</Figure>
            <Paragraph size="s" noMargin>
              {can(organisation, 'organisation.read') ? (
                <Link to={`${base}/organisations`}>See the organisation tree</Link>
              ) : (
                'below this organisation'
              )}
            </Paragraph>
          </Card>
        </GridColumn>
      </GridRow>
    </>
  );
}
