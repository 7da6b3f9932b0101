// The risks of a DPIA, changed against the version read: the list is replaced whole, each risk with
// its score before and after the measures shown as it is written; a colleague's save in between is
// shown, with what they changed, before this one is made on top.
import { GridColumn, GridRow } from '../../../components/Content';
import { usePageTitle } from '../../../lib/page-title';
import { useReplaceDpiaRisks } from '../api/replace-dpia-risks';
import { DpiaRisksForm, dpiaRisksProblems } from '../components/DpiaRisksForm';
import { type DpiaStep, DpiaStepPage, DpiaStepTop, useDpiaStepForm } from '../components/DpiaStep';
import { risksBodyOf, risksValuesOf } from '../components/dpia-risk-values';
import { dpiaStepFacts } from '../components/dpia-step-values';
import { DPIA_REOPENS_WARNING } from '../components/dpia-words';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';

const TITLE = 'Risks to people';

export function DpiaRisksPage() {
  return (
    <DpiaStepPage title={TITLE} permission={ASSET_PERMISSIONS.manageDpias} refusal={MANAGE_DPIAS_REFUSED}>
      {(step) => <ChangeRisks {...step} />}
    </DpiaStepPage>
  );
}

function ChangeRisks(step: DpiaStep) {
  const { organisation, dpia } = step;
  const save = useReplaceDpiaRisks(organisation.id, dpia.id);
  const form = useDpiaStepForm(step, {
    save,
    valuesOf: risksValuesOf,
    changeBody: risksBodyOf,
    notice: (_saved, changed) => (changed ? 'The risks have been saved.' : 'Nothing was changed.'),
  });
  const problems = dpiaRisksProblems(form.failure, form.values);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <DpiaStepTop organisation={organisation} read={read} heading={TITLE} reopens={dpia.signOff && DPIA_REOPENS_WARNING} form={{ stale, theirs, problems, factsOf: dpiaStepFacts }} />
        <DpiaRisksForm values={form.values} onChange={form.setValues} problems={problems} busy={save.isPending} cancelTo={dpiaPage(organisation.id, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
