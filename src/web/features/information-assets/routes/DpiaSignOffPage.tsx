// The sign-off of a DPIA by those who own the information risk: the DPO's advice being signed off,
// then the outcome, any conditions and the review date. Anyone else who may read the DPIA is told who
// signs off. The API refuses a sign-off before the DPO has advised on this version of the assessment;
// its words say so.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { type DpiaDetail, useDpia } from '../api/get-dpia';
import { staleSignOffOf, useSignOffDpia } from '../api/sign-off-dpia';
import { changedFacts } from '../components/facts';
import { DpiaAdviceGiven } from '../components/DpiaAdviceGiven';
import { DpiaSignOffForm, dpiaSignOffProblems } from '../components/DpiaSignOffForm';
import { dpiaStepFacts, signOffBodyOf, signOffValuesOf } from '../components/dpia-step-values';
import { DPIA_READ_REFUSED, DPIA_SIGN_OFF_REFUSED, DPIA_STEP_PERMISSIONS, SIGN_OFF_OUTCOME_LABELS } from '../components/dpia-step-words';
import { dpiaPage } from '../components/links';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

const TITLE = 'Sign off the DPIA';
const ADVICE_HEADING = 'The DPO’s advice being signed off';

export function DpiaSignOffPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the page below sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, DPIA_STEP_PERMISSIONS.read), dpia.isError ? problemHeading(dpia.error) : TITLE, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={DPIA_STEP_PERMISSIONS.read} refusal={DPIA_READ_REFUSED} record={dpia}>
      {(organisation, dpia) =>
        can(organisation, DPIA_STEP_PERMISSIONS.signOff) ? <SignOff organisation={organisation} dpia={dpia} /> : <SignOffToRead organisation={organisation} dpia={dpia} />
      }
    </RecordPage>
  );
}

/** For those who may read the DPIA but not sign it off: who does, and the advice they sign off. */
function SignOffToRead({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  usePageTitle(TITLE, dpia.reference, organisation.name);
  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(organisation.id, dpia.id)}>Back to {dpia.reference}</BackLink>
        <PageHeading caption={`${dpia.reference}: ${dpia.title}`}>{TITLE}</PageHeading>
        <InsetText>
          <Paragraph noMargin>{DPIA_SIGN_OFF_REFUSED}</Paragraph>
        </InsetText>
        <DpiaAdviceGiven dpia={dpia} heading={ADVICE_HEADING} />
      </GridColumn>
    </GridRow>
  );
}

function SignOff({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useDpia(orgId, dpia.id);
  const save = useSignOffDpia(orgId, dpia.id);
  const form = useChangeForm({
    record: dpia,
    valuesOf: signOffValuesOf,
    changeBody: signOffBodyOf,
    save,
    staleOf: staleSignOffOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved) =>
      void navigate(dpiaPage(orgId, saved.id), { state: { notice: saved.signOff ? `The DPIA has been signed off: ${SIGN_OFF_OUTCOME_LABELS[saved.signOff.outcome].toLowerCase()}.` : 'The DPIA has been signed off.' } }),
  });
  const problems = dpiaSignOffProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(orgId, dpia.id)}>Back to {read.reference}</BackLink>
        <StaleSummary stale={stale} what="DPIA" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={`${read.reference}: ${read.title}`}>{TITLE}</PageHeading>
        <Paragraph>Those who own the information risk decide whether the processing goes ahead, having read the assessment and the DPO’s advice on it.</Paragraph>
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(dpiaStepFacts(read), dpiaStepFacts(theirs))} />}
        <DpiaAdviceGiven dpia={dpia} heading={ADVICE_HEADING} />
        <Heading spaceAbove>The decision</Heading>
        <DpiaSignOffForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(orgId, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
