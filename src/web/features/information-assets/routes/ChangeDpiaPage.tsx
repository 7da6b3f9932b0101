// Changing a DPIA's details against the version read: only the fields changed here are sent, and a
// colleague's save in between is shown, with what they changed, before this one is made on top.
// Changing what was assessed (the description, necessity or consultation) of a signed-off DPIA reopens it.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useChangeDpia } from '../api/change-dpia';
import { type DpiaDetail, staleDpiaOf, useDpia } from '../api/get-dpia';
import { DpiaDetailsForm, dpiaDetailsProblems } from '../components/DpiaDetailsForm';
import { dpiaChangeBodyOf, dpiaDetailsFacts, dpiaDetailsValuesOf } from '../components/dpia-values';
import { changedFacts } from '../components/facts';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';
import { usePeople } from '../components/use-people';

export function ChangeDpiaPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, ASSET_PERMISSIONS.manageDpias), dpia.isError ? problemHeading(dpia.error) : 'Change a DPIA', organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.manageDpias} refusal={MANAGE_DPIAS_REFUSED} record={dpia}>
      {(organisation, dpia) => <ChangeDpia organisation={organisation} dpia={dpia} />}
    </RecordPage>
  );
}

function ChangeDpia({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useDpia(orgId, dpia.id);
  const save = useChangeDpia(orgId, dpia.id);
  const people = usePeople(organisation, [dpia.owner]);
  const form = useChangeForm({
    record: dpia,
    valuesOf: dpiaDetailsValuesOf,
    changeBody: dpiaChangeBodyOf,
    save,
    staleOf: staleDpiaOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) => void navigate(dpiaPage(orgId, saved.id), { state: { notice: changed ? 'The details have been saved.' : 'Nothing was changed.' } }),
  });
  const problems = dpiaDetailsProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Change the details of ${read.reference}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(orgId, dpia.id)}>Back to {read.reference}</BackLink>
        <StaleSummary stale={stale} what="DPIA" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={`${read.reference} in ${organisation.name}`}>Change the details</PageHeading>
        {dpia.signOff !== null && (
          <InsetText>
            <Paragraph noMargin>This DPIA has been signed off. A change to the processing described, why it is necessary or whom was consulted reopens it: the sign-off is cleared and the DPO advises again.</Paragraph>
          </InsetText>
        )}
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(dpiaDetailsFacts(read), dpiaDetailsFacts(theirs))} />}
        <DpiaDetailsForm values={form.values} onChange={form.setValues} people={people} problems={problems} submitLabel="Save the details" busy={save.isPending} cancelTo={dpiaPage(orgId, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
