// Answering a DPIA's screening questions against the version read: the answers replace those held,
// and a colleague's save in between is shown, with what they changed, before this one is made on top.
// Any yes means a full DPIA is required; every answer no, with the reason, means it is not.
import { GridColumn, GridRow } from '../../../components/Content';
import { usePageTitle } from '../../../lib/page-title';
import { useAnswerScreening } from '../api/answer-screening';
import { type DpiaStep, DpiaStepPage, DpiaStepTop, useDpiaStepForm } from '../components/DpiaStep';
import { screeningBodyOf, screeningFacts, screeningValuesOf, type ScreeningValues } from '../components/dpia-screening';
import { SCREENING_OUTCOME_WORDS } from '../components/dpia-words';
import { DpiaScreeningForm, screeningProblems } from '../components/DpiaScreeningForm';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';

const REOPENS = 'This DPIA has been signed off. Changing the answers reopens it: the sign-off is cleared and the DPO advises again.';

export function DpiaScreeningPage() {
  return (
    <DpiaStepPage title="Screening" permission={ASSET_PERMISSIONS.manageDpias} refusal={MANAGE_DPIAS_REFUSED}>
      {(step) => <Screening {...step} />}
    </DpiaStepPage>
  );
}

function Screening(step: DpiaStep) {
  const { organisation, dpia } = step;
  const save = useAnswerScreening(organisation.id, dpia.id);
  const questions = dpia.screening.answers;
  const form = useDpiaStepForm(step, {
    save,
    valuesOf: screeningValuesOf,
    changeBody: (_read: ScreeningValues, edited: ScreeningValues, version: number) => screeningBodyOf(questions, edited, version),
    notice: (saved, changed) => (changed ? `The screening answers have been saved. ${SCREENING_OUTCOME_WORDS[saved.screening.outcome]}.` : 'Nothing was changed.'),
  });
  const problems = screeningProblems(form.failure, questions);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Screening for ${read.reference}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <DpiaStepTop
          organisation={organisation}
          read={read}
          heading="Screening"
          intro="Answer each question about the processing. Any yes means a full DPIA is required; if every answer is no, say why none is needed."
          reopens={dpia.signOff && REOPENS}
          form={{ stale, theirs, problems, factsOf: screeningFacts }}
        />
        <DpiaScreeningForm questions={questions} values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(organisation.id, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
