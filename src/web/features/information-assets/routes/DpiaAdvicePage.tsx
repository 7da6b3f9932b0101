// The DPO's advice on a DPIA (UK GDPR Art 35(2)): the advice held, if any, and whether it was on an
// earlier version of the assessment, then, for the DPO, the form to give it on the assessment as it
// now stands. Anyone else who may read the DPIA is told who gives the advice. The API refuses advice
// on an incomplete assessment; its words say what is missing.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { Heading, Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { staleAdviceOf, useGiveDpoAdvice } from '../api/give-dpo-advice';
import { type DpiaDetail, useDpia } from '../api/get-dpia';
import { changedFacts } from '../components/facts';
import { DpiaAdviceForm, dpiaAdviceProblems } from '../components/DpiaAdviceForm';
import { DpiaAdviceGiven } from '../components/DpiaAdviceGiven';
import { adviceBodyOf, adviceValuesOf, dpiaStepFacts } from '../components/dpia-step-values';
import { DPIA_ADVISE_REFUSED, DPIA_READ_REFUSED, DPIA_STEP_PERMISSIONS } from '../components/dpia-step-words';
import { dpiaPage } from '../components/links';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

const TITLE = 'The DPO’s advice';

export function DpiaAdvicePage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the page below sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, DPIA_STEP_PERMISSIONS.read), dpia.isError ? problemHeading(dpia.error) : TITLE, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={DPIA_STEP_PERMISSIONS.read} refusal={DPIA_READ_REFUSED} record={dpia}>
      {(organisation, dpia) =>
        can(organisation, DPIA_STEP_PERMISSIONS.advise) ? <GiveAdvice organisation={organisation} dpia={dpia} /> : <AdviceToRead organisation={organisation} dpia={dpia} />
      }
    </RecordPage>
  );
}

/** For those who may read the DPIA but not advise on it: the advice held, and who gives it. */
function AdviceToRead({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  usePageTitle(TITLE, dpia.reference, organisation.name);
  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(organisation.id, dpia.id)}>Back to {dpia.reference}</BackLink>
        <PageHeading caption={`${dpia.reference}: ${dpia.title}`}>{TITLE}</PageHeading>
        <InsetText>
          <Paragraph noMargin>{DPIA_ADVISE_REFUSED}</Paragraph>
        </InsetText>
        <DpiaAdviceGiven dpia={dpia} heading="The advice held" />
      </GridColumn>
    </GridRow>
  );
}

function GiveAdvice({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useDpia(orgId, dpia.id);
  const save = useGiveDpoAdvice(orgId, dpia.id);
  const form = useChangeForm({
    record: dpia,
    valuesOf: adviceValuesOf,
    changeBody: adviceBodyOf,
    save,
    staleOf: staleAdviceOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved) => void navigate(dpiaPage(orgId, saved.id), { state: { notice: 'The DPO’s advice has been given.' } }),
  });
  const problems = dpiaAdviceProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={dpiaPage(orgId, dpia.id)}>Back to {read.reference}</BackLink>
        <StaleSummary stale={stale} what="DPIA" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={`${read.reference}: ${read.title}`}>{TITLE}</PageHeading>
        <Paragraph>Your advice is on the assessment as it now stands: its screening, necessity, consultation, risks and what it covers, as the DPIA’s page shows them. Those who own the risk sign it off after reading it.</Paragraph>
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(dpiaStepFacts(read), dpiaStepFacts(theirs))} />}
        {dpia.dpoAdvice && <DpiaAdviceGiven dpia={dpia} heading="The advice given before" />}
        <Heading spaceAbove>{dpia.dpoAdvice ? 'Give the advice again' : 'Give the advice'}</Heading>
        <DpiaAdviceForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(orgId, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
