// The risks of a DPIA, changed against the version read: the list is replaced whole, each risk with
// its score before and after the measures shown as it is written; a colleague's save in between is
// shown, with what they changed, before this one is made on top.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { type DpiaDetail, staleDpiaOf, useDpia } from '../api/get-dpia';
import { useReplaceDpiaRisks } from '../api/replace-dpia-risks';
import { changedFacts } from '../components/facts';
import { DpiaRisksForm, dpiaRisksProblems } from '../components/DpiaRisksForm';
import { risksBodyOf, risksValuesOf } from '../components/dpia-risk-values';
import { dpiaStepFacts } from '../components/dpia-step-values';
import { DPIA_MANAGE_REFUSED, DPIA_REOPENS_WARNING, DPIA_STEP_PERMISSIONS } from '../components/dpia-step-words';
import { dpiaPage } from '../components/links';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

const TITLE = 'Risks to people';

export function DpiaRisksPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, DPIA_STEP_PERMISSIONS.manage), dpia.isError ? problemHeading(dpia.error) : TITLE, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={DPIA_STEP_PERMISSIONS.manage} refusal={DPIA_MANAGE_REFUSED} record={dpia}>
      {(organisation, dpia) => <ChangeRisks organisation={organisation} dpia={dpia} />}
    </RecordPage>
  );
}

function ChangeRisks({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useDpia(orgId, dpia.id);
  const save = useReplaceDpiaRisks(orgId, dpia.id);
  const form = useChangeForm({
    record: dpia,
    valuesOf: risksValuesOf,
    changeBody: risksBodyOf,
    save,
    staleOf: staleDpiaOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) => void navigate(dpiaPage(orgId, saved.id), { state: { notice: changed ? 'The risks have been saved.' : 'Nothing was changed.' } }),
  });
  const problems = dpiaRisksProblems(form.failure, form.values);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(orgId, dpia.id)}>Back to {read.reference}</BackLink>
        <StaleSummary stale={stale} what="DPIA" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={`${read.reference}: ${read.title}`}>{TITLE}</PageHeading>
        {dpia.signOff && (
          <InsetText>
            <Paragraph noMargin>{DPIA_REOPENS_WARNING}</Paragraph>
          </InsetText>
        )}
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(dpiaStepFacts(read), dpiaStepFacts(theirs))} />}
        <DpiaRisksForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(orgId, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
