// Answering a DPIA's screening questions against the version read: the answers replace those held,
// and a colleague's save in between is shown, with what they changed, before this one is made on top.
// Any yes means a full DPIA is required; every answer no, with the reason, means it is not.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useAnswerScreening } from '../api/answer-screening';
import { type DpiaDetail, staleDpiaOf, useDpia } from '../api/get-dpia';
import { screeningBodyOf, screeningFacts, screeningValuesOf, type ScreeningValues } from '../components/dpia-screening';
import { SCREENING_OUTCOME_WORDS } from '../components/dpia-words';
import { DpiaScreeningForm, screeningProblems } from '../components/DpiaScreeningForm';
import { changedFacts } from '../components/facts';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

export function DpiaScreeningPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, ASSET_PERMISSIONS.manageDpias), dpia.isError ? problemHeading(dpia.error) : 'Screening', organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.manageDpias} refusal={MANAGE_DPIAS_REFUSED} record={dpia}>
      {(organisation, dpia) => <Screening organisation={organisation} dpia={dpia} />}
    </RecordPage>
  );
}

function Screening({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useDpia(orgId, dpia.id);
  const save = useAnswerScreening(orgId, dpia.id);
  const questions = dpia.screening.answers;
  const form = useChangeForm({
    record: dpia,
    valuesOf: screeningValuesOf,
    changeBody: (_read: ScreeningValues, edited: ScreeningValues, version: number) => screeningBodyOf(questions, edited, version),
    save,
    staleOf: staleDpiaOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) =>
      void navigate(dpiaPage(orgId, saved.id), { state: { notice: changed ? `The screening answers have been saved. ${SCREENING_OUTCOME_WORDS[saved.screening.outcome]}.` : 'Nothing was changed.' } }),
  });
  const problems = screeningProblems(form.failure, questions);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Screening for ${read.reference}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(orgId, dpia.id)}>Back to {read.reference}</BackLink>
        <StaleSummary stale={stale} what="DPIA" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={`${read.reference}: ${read.title}`}>Screening</PageHeading>
        <Paragraph>Answer each question about the processing. Any yes means a full DPIA is required; if every answer is no, say why none is needed.</Paragraph>
        {dpia.signOff !== null && (
          <InsetText>
            <Paragraph noMargin>This DPIA has been signed off. Changing the answers reopens it: the sign-off is cleared and the DPO advises again.</Paragraph>
          </InsetText>
        )}
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(screeningFacts(read), screeningFacts(theirs))} />}
        <DpiaScreeningForm questions={questions} values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(orgId, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
