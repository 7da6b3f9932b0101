// Changing the controller's and DPO's details in the record of processing, against the version read:
// the details are replaced whole; a colleague's save in between is shown, with what they changed,
// before this one is made on top.
import { useNavigate } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { staleRopaDetailsOf, useChangeRopaDetails } from '../api/change-ropa-details';
import { type RopaDetails, useRopaDetails } from '../api/get-ropa-details';
import { changedFacts } from '../components/facts';
import { ropaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_ROPA_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';
import { RopaDetailsForm, ropaDetailsProblems } from '../components/RopaDetailsForm';
import { ropaDetailsBodyOf, ropaDetailsFacts, ropaDetailsValuesOf } from '../components/ropa-values';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

const TITLE = 'Change the controller and DPO details';

export function ChangeRopaDetailsPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const details = useRopaDetails(orgId);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!details.data || !can(organisation.data, ASSET_PERMISSIONS.manageRopa), details.isError ? problemHeading(details.error) : TITLE, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.manageRopa} refusal={MANAGE_ROPA_REFUSED} record={details}>
      {(organisation, details) => <ChangeRopaDetails organisation={organisation} details={details} />}
    </RecordPage>
  );
}

function ChangeRopaDetails({ organisation, details }: { organisation: Organisation; details: RopaDetails }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useRopaDetails(orgId);
  const save = useChangeRopaDetails(orgId);
  const form = useChangeForm({
    record: details,
    valuesOf: ropaDetailsValuesOf,
    changeBody: ropaDetailsBodyOf,
    save,
    staleOf: staleRopaDetailsOf,
    refetch: () => refreshed.refetch(),
    onSaved: (_saved, changed) => void navigate(ropaPage(orgId), { state: { notice: changed ? 'The details have been saved.' : 'Nothing was changed.' } }),
  });
  const problems = ropaDetailsProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, organisation.name);
  const holders = details.dpoRoleHolders.map((holder) => holder.name).join(', ');

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={ropaPage(orgId)}>Back to the record of processing</BackLink>
        <StaleSummary stale={stale} what="record of processing’s details" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>{TITLE}</PageHeading>
        <Paragraph>
          Article 30(1)(a) asks the record to name the controller, its contact details, and those of any joint controller, representative and Data Protection Officer. The
          organisation’s name comes from its own details.
          {holders && ` The DPO role is held here by ${holders}.`}
        </Paragraph>
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(ropaDetailsFacts(read), ropaDetailsFacts(theirs))} />}
        <RopaDetailsForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={ropaPage(orgId)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
