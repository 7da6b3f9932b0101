// The DPO's advice on a DPIA (UK GDPR Art 35(2)): the advice held, if any, and whether it was on an
// earlier version of the assessment, then, for the DPO, the form to give it on the assessment as it
// now stands. Anyone else who may read the DPIA is told who gives the advice. The API refuses advice
// on an incomplete assessment; its words say what is missing.
import { GridColumn, GridRow } from '../../../components/Content';
import { Heading } from '../../../components/Typography';
import { can } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useGiveDpoAdvice } from '../api/give-dpo-advice';
import { DpiaAdviceForm, dpiaAdviceProblems } from '../components/DpiaAdviceForm';
import { DpiaAdviceGiven } from '../components/DpiaAdviceGiven';
import { type DpiaStep, DpiaStepPage, DpiaStepToRead, DpiaStepTop, useDpiaStepForm } from '../components/DpiaStep';
import { adviceBodyOf, adviceValuesOf, dpiaStepFacts } from '../components/dpia-step-values';
import { dpiaPage } from '../components/links';
import { ADVISE_DPIAS_REFUSED, ASSET_PERMISSIONS, READ_DPIAS_REFUSED } from '../components/permissions';

const TITLE = 'The DPO’s advice';

export function DpiaAdvicePage() {
  return (
    <DpiaStepPage title={TITLE} permission={ASSET_PERMISSIONS.readDpias} refusal={READ_DPIAS_REFUSED}>
      {(step) => (can(step.organisation, ASSET_PERMISSIONS.adviseDpias) ? <GiveAdvice {...step} /> : <DpiaStepToRead {...step} heading={TITLE} refusal={ADVISE_DPIAS_REFUSED} adviceHeading="The advice held" />)}
    </DpiaStepPage>
  );
}


function GiveAdvice(step: DpiaStep) {
  const { organisation, dpia } = step;
  const save = useGiveDpoAdvice(organisation.id, dpia.id);
  const form = useDpiaStepForm(step, { save, valuesOf: adviceValuesOf, changeBody: adviceBodyOf, notice: () => 'The DPO’s advice has been given.' });
  const problems = dpiaAdviceProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <DpiaStepTop
          organisation={organisation}
          read={read}
          heading={TITLE}
          intro="Your advice is on the assessment as it now stands: its screening, necessity, consultation, risks and what it covers, as the DPIA’s page shows them. Those who own the risk sign it off after reading it."
          form={{ stale, theirs, problems, factsOf: dpiaStepFacts }}
        />
        {dpia.dpoAdvice && <DpiaAdviceGiven dpia={dpia} heading="The advice given before" />}
        <Heading spaceAbove>{dpia.dpoAdvice ? 'Give the advice again' : 'Give the advice'}</Heading>
        <DpiaAdviceForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(organisation.id, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
