// Changing a DPIA's details against the version read: only the fields changed here are sent, and a
// colleague's save in between is shown, with what they changed, before this one is made on top.
// Changing what was assessed (the description, necessity or consultation) of a signed-off DPIA reopens it.
import { GridColumn, GridRow } from '../../../components/Content';
import { usePageTitle } from '../../../lib/page-title';
import { useChangeDpia } from '../api/change-dpia';
import { DpiaDetailsForm, dpiaDetailsProblems } from '../components/DpiaDetailsForm';
import { type DpiaStep, DpiaStepPage, DpiaStepTop, useDpiaStepForm } from '../components/DpiaStep';
import { dpiaChangeBodyOf, dpiaDetailsFacts, dpiaDetailsValuesOf } from '../components/dpia-values';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';
import { usePeople } from '../components/use-people';

const REOPENS = 'This DPIA has been signed off. A change to the processing described, why it is necessary or whom was consulted reopens it: the sign-off is cleared and the DPO advises again.';

export function ChangeDpiaPage() {
  return (
    <DpiaStepPage title="Change a DPIA" permission={ASSET_PERMISSIONS.manageDpias} refusal={MANAGE_DPIAS_REFUSED}>
      {(step) => <ChangeDpia {...step} />}
    </DpiaStepPage>
  );
}

function ChangeDpia(step: DpiaStep) {
  const { organisation, dpia } = step;
  const save = useChangeDpia(organisation.id, dpia.id);
  const people = usePeople(organisation, [dpia.owner]);
  const form = useDpiaStepForm(step, {
    save,
    valuesOf: dpiaDetailsValuesOf,
    changeBody: dpiaChangeBodyOf,
    notice: (_saved, changed) => (changed ? 'The details have been saved.' : 'Nothing was changed.'),
  });
  const problems = dpiaDetailsProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Change the details of ${read.reference}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <DpiaStepTop
          organisation={organisation}
          read={read}
          heading="Change the details"
          caption={`${read.reference} in ${organisation.name}`}
          reopens={dpia.signOff && REOPENS}
          form={{ stale, theirs, problems, factsOf: dpiaDetailsFacts }}
        />
        <DpiaDetailsForm values={form.values} onChange={form.setValues} people={people} problems={problems} submitLabel="Save the details" busy={save.isPending} cancelTo={dpiaPage(organisation.id, dpia.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
