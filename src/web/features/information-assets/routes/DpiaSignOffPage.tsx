// The sign-off of a DPIA by those who own the information risk: the DPO's advice being signed off,
// then the outcome, any conditions and the review date. Anyone else who may read the DPIA is told who
// signs off. The API refuses a sign-off before the DPO has advised on this version of the assessment;
// its words say so.
import { GridColumn, GridRow } from '../../../components/Content';
import { Heading } from '../../../components/Typography';
import { can } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useSignOffDpia } from '../api/sign-off-dpia';
import { DpiaAdviceGiven } from '../components/DpiaAdviceGiven';
import { DpiaSignOffForm, dpiaSignOffProblems } from '../components/DpiaSignOffForm';
import { type DpiaStep, DpiaStepPage, DpiaStepToRead, DpiaStepTop, useDpiaStepForm } from '../components/DpiaStep';
import { dpiaStepFacts, signOffBodyOf, signOffValuesOf } from '../components/dpia-step-values';
import { SIGN_OFF_OUTCOME_LABELS } from '../components/dpia-words';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_DPIAS_REFUSED, SIGN_OFF_DPIAS_REFUSED } from '../components/permissions';

const TITLE = 'Sign off the DPIA';
const ADVICE_HEADING = 'The DPO’s advice being signed off';

export function DpiaSignOffPage() {
  return (
    <DpiaStepPage title={TITLE} permission={ASSET_PERMISSIONS.readDpias} refusal={READ_DPIAS_REFUSED}>
      {(step) => (can(step.organisation, ASSET_PERMISSIONS.signOffDpias) ? <SignOff {...step} /> : <DpiaStepToRead {...step} heading={TITLE} refusal={SIGN_OFF_DPIAS_REFUSED} adviceHeading={ADVICE_HEADING} />)}
    </DpiaStepPage>
  );
}


function SignOff(step: DpiaStep) {
  const { organisation, dpia } = step;
  const save = useSignOffDpia(organisation.id, dpia.id);
  const form = useDpiaStepForm(step, {
    save,
    valuesOf: signOffValuesOf,
    changeBody: signOffBodyOf,
    notice: (saved) => (saved.signOff ? `The DPIA has been signed off: ${SIGN_OFF_OUTCOME_LABELS[saved.signOff.outcome].toLowerCase()}.` : 'The DPIA has been signed off.'),
  });
  const problems = dpiaSignOffProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <DpiaStepTop
          organisation={organisation}
          read={read}
          heading={TITLE}
          intro="Those who own the information risk decide whether the processing goes ahead, having read the assessment and the DPO’s advice on it."
          form={{ stale, theirs, problems, factsOf: dpiaStepFacts }}
        />
        <DpiaAdviceGiven dpia={dpia} heading={ADVICE_HEADING} />
        <Heading spaceAbove>The decision</Heading>
        <DpiaSignOffForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(organisation.id, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
