// One outcome of an assessment: what it asks, the answer form, and around it the live evidence from
// Bulwark's registers, the evidence, the suggestions from other frameworks, last year's answer, and
// the outcomes either side. When someone else saved first, their answer is shown beside the one typed
// here, which stays in the form.
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Loading, PageProblem, SectionProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Heading, Paragraph } from '../../../components/Typography';
import { useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { useAcceptSuggestion } from '../api/accept-suggestion';
import { useCatalogues } from '../api/get-catalogues';
import { type OutcomeDetail, type Suggestion, useOutcome } from '../api/get-outcome';
import { type ResponseView, useWorkspace, type Workspace } from '../api/get-workspace';
import { staleChangeOf, useSaveResponse } from '../api/save-response';
import { CONFLICT_ID, ConflictPanel } from '../components/ConflictPanel';
import { EvidenceSection } from '../components/EvidenceSection';
import { indicatorVerdict } from '../components/indicator-verdict';
import { outcomePath, workspacePath } from '../components/links';
import { LiveEvidenceSection } from '../components/LiveEvidenceSection';
import { RESPONSE_FIELDS, ResponseForm } from '../components/ResponseForm';
import { changesBetween, effective, rebase, valuesOf } from '../components/response-values';
import { SuggestionsSection } from '../components/SuggestionsSection';
import { dayWords, levelLabel, NOT_APPLICABLE, REVIEW_STATES } from '../components/words';

export function OutcomePage() {
  const orgId = useOrgId();
  const { assessmentId = '', ref = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const outcome = useOutcome(orgId, assessmentId, ref);
  const workspace = useWorkspace(orgId, assessmentId);

  if (organisation.isPending || outcome.isPending || workspace.isPending) return <Loading>Loading the outcome…</Loading>;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (outcome.isError) return <PageProblem error={outcome.error} />;
  if (workspace.isError) return <PageProblem error={workspace.error} />;
  // A new outcome is a new form: nothing typed for one carries over to the next.
  return <OutcomeView key={`${assessmentId}/${ref}`} orgId={orgId} orgName={organisation.data.name} detail={outcome.data} workspace={workspace.data} />;
}

function OutcomeView({ orgId, orgName, detail, workspace }: { orgId: string; orgName: string; detail: OutcomeDetail; workspace: Workspace }) {
  const { assessment, node } = detail;
  const ref = node.ref;
  const navigate = useNavigate();
  const save = useSaveResponse(orgId, assessment.id, ref);
  const accept = useAcceptSuggestion(orgId, assessment.id, ref);
  const catalogues = useCatalogues();
  // The answer the form was filled from (its version is the one sent), and what is typed now.
  const [base, setBase] = useState<ResponseView>(detail.response);
  const [values, setValues] = useState(() => valuesOf(detail.response));
  const [notice, setNotice] = useState('');
  const saving = useRef(false);

  const verdict = indicatorVerdict(detail.indicators, values.indicatorAnswers);
  const overrideNeeded = Boolean(verdict?.level && values.level && values.level !== NOT_APPLICABLE && values.level !== verdict.level);
  const stale = staleChangeOf(save.error) ?? staleChangeOf(accept.error);
  const problems = stale ? null : formProblems(save.error, RESPONSE_FIELDS);
  const open = assessment.state === 'draft' || assessment.state === 'in-review';
  const mayAnswer = open && workspace.can.respond;
  usePageTitle(`${stale || problems ? 'Error: ' : ''}${ref} ${node.title}`, assessment.title, orgName);

  /** Starts again from `next` (just saved, or someone else's), keeping what was typed over `base`. */
  function moveBase(next: ResponseView, keepTyped: boolean) {
    setValues(keepTyped ? rebase(valuesOf(base), values, valuesOf(next)) : valuesOf(next));
    setBase(next);
  }

  function submit(goNext: boolean) {
    if (saving.current) return;
    saving.current = true;
    setNotice('');
    const change = changesBetween(effective(valuesOf(base), true), effective(values, overrideNeeded));
    save.mutate(
      { version: base.version, ...change },
      {
        onSuccess: (saved) => {
          if (goNext && detail.nextRef) {
            void navigate(outcomePath(orgId, assessment.id, detail.nextRef));
            return;
          }
          moveBase(saved, false);
          setNotice(`${ref} has been saved.`);
        },
        onSettled: () => (saving.current = false),
      },
    );
  }

  function loadTheirs() {
    if (!stale) return;
    moveBase(stale.current, true);
    save.reset();
    accept.reset();
    setNotice(`${stale.changedBy ?? 'Their'}’s answer is loaded, with your changes on top. Check it, then save.`);
  }

  function acceptSuggestion(suggestion: Suggestion) {
    setNotice('');
    accept.mutate(
      { version: base.version, fromAssessment: suggestion.assessmentId, sourceRef: suggestion.sourceRef },
      {
        onSuccess: (accepted) => {
          moveBase(accepted, true);
          setNotice(`The suggestion from ${suggestion.sourceRef} has been accepted.`);
        },
      },
    );
  }

  const catalogueName = (catalogueRef: string) => {
    const found = catalogues.data?.catalogues.find((c) => c.ref === catalogueRef);
    return found?.shortName ?? found?.name ?? catalogueRef;
  };

  return (
    <>
      <BackLink to={workspacePath(orgId, assessment.id)}>Back to {assessment.title}</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      {stale && (
        <ErrorSummary
          title="Someone else saved this outcome first"
          description={stale.detail}
          items={[{ text: `Compare ${stale.changedBy ?? 'their'}’s answer with yours`, fieldId: CONFLICT_ID }]}
        />
      )}
      <ProblemSummary problems={problems} />
      {accept.error && !stale && <SectionProblem error={accept.error} what="The suggestion" />}
      <PageHeading caption={assessment.title}>
        {ref} {node.title}
      </PageHeading>
      {node.description && <Paragraph size="l">{node.description}</Paragraph>}
      {node.guidance && <Paragraph>{node.guidance}</Paragraph>}

      {stale && <ConflictPanel stale={stale} mine={values} labels={detail.levels} owners={workspace.owners} onLoadTheirs={loadTheirs} />}

      {mayAnswer ? (
        <ResponseForm
          detail={detail}
          values={values}
          onChange={setValues}
          verdict={verdict}
          overrideNeeded={overrideNeeded}
          owners={workspace.owners}
          canAgree={workspace.can.agree}
          problems={problems}
          busy={save.isPending}
          onSave={submit}
        />
      ) : (
        <AnswerSummary detail={detail} open={open} />
      )}

      <LiveEvidenceSection detail={detail} />
      <EvidenceSection orgId={orgId} assessmentId={assessment.id} ref={ref} evidence={detail.response.evidence} canChange={mayAnswer} />
      <SuggestionsSection detail={detail} catalogueName={catalogueName} canAccept={mayAnswer} accepting={accept.isPending ? accept.variables && detail.suggestions.find((s) => s.assessmentId === accept.variables.fromAssessment && s.sourceRef === accept.variables.sourceRef) : undefined} onAccept={acceptSuggestion} />

      {detail.previous && (
        <>
          <Heading spaceAbove>Last year’s answer</Heading>
          <SummaryList
            rows={[
              { key: 'Assessment', value: detail.previous.title },
              { key: 'Level', value: levelLabel(detail.levels, detail.previous.level) },
              { key: 'Narrative', value: <span className="app-preserve-lines">{detail.previous.narrative || 'None'}</span> },
            ]}
          />
        </>
      )}

      <Pagination
        label="Other outcomes"
        previous={detail.prevRef ? { to: outcomePath(orgId, assessment.id, detail.prevRef), text: detail.prevRef } : undefined}
        next={detail.nextRef ? { to: outcomePath(orgId, assessment.id, detail.nextRef), text: detail.nextRef } : undefined}
      />
    </>
  );
}

/** The answer as it stands, for someone who may read but not change it (or once it is submitted). */
function AnswerSummary({ detail, open }: { detail: OutcomeDetail; open: boolean }) {
  const r = detail.response;
  return (
    <>
      <Heading>The answer</Heading>
      {!open && <Paragraph>This assessment is {detail.assessment.state === 'submitted' ? 'submitted' : 'archived'}: its answers can no longer change.</Paragraph>}
      <SummaryList
        rows={[
          { key: 'Level', value: levelLabel(detail.levels, r.level) },
          ...(r.notApplicableReason ? [{ key: 'Why not applicable', value: r.notApplicableReason }] : []),
          ...(r.overrideReason ? [{ key: 'Why it differs from the indicators', value: r.overrideReason }] : []),
          { key: 'Narrative', value: <span className="app-preserve-lines">{r.narrative || 'None'}</span> },
          { key: 'Owner', value: r.owner?.name ?? 'Unassigned' },
          { key: 'Due date', value: dayWords(r.dueOn, 'None') },
          { key: 'Review state', value: REVIEW_STATES[r.reviewState] },
        ]}
      />
    </>
  );
}
