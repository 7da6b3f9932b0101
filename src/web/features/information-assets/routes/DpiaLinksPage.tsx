// What a DPIA covers, changed against the version read: the organisation's live information assets
// and data flows to tick, with any it covers that were archived since still listed and ticked; a
// colleague's save in between is shown, with what they changed, before this one is made on top.
import { GridColumn, GridRow } from '../../../components/Content';
import { Loading, SectionProblem } from '../../../components/Status';
import { usePageTitle } from '../../../lib/page-title';
import { useAssets } from '../api/get-assets';
import { useFlows } from '../api/get-flows';
import { useReplaceDpiaLinks } from '../api/replace-dpia-links';
import { DpiaLinksForm, dpiaLinksProblems } from '../components/DpiaLinksForm';
import { type DpiaStep, DpiaStepPage, DpiaStepTop, useDpiaStepForm } from '../components/DpiaStep';
import { dpiaLinkItems, dpiaStepFacts, linksBodyOf, linksValuesOf } from '../components/dpia-step-values';
import { DPIA_REOPENS_WARNING } from '../components/dpia-words';
import { dpiaPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_DPIAS_REFUSED } from '../components/permissions';

const TITLE = 'What the DPIA covers';

export function DpiaLinksPage() {
  return (
    <DpiaStepPage title={TITLE} permission={ASSET_PERMISSIONS.manageDpias} refusal={MANAGE_DPIAS_REFUSED}>
      {(step) => <ChangeLinks {...step} />}
    </DpiaStepPage>
  );
}

function ChangeLinks(step: DpiaStep) {
  const { organisation, dpia } = step;
  const orgId = organisation.id;
  const assets = useAssets(orgId, {});
  const flows = useFlows(orgId, { checks: [] });
  const save = useReplaceDpiaLinks(orgId, dpia.id);
  const form = useDpiaStepForm(step, {
    save,
    valuesOf: linksValuesOf,
    changeBody: linksBodyOf,
    notice: (_saved, changed) => (changed ? 'What the DPIA covers has been saved.' : 'Nothing was changed.'),
  });
  const problems = dpiaLinksProblems(form.failure);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}${TITLE}`, read.reference, organisation.name);
  // After a colleague's save, an archived one either version covers stays listed.
  const linked = (kind: 'assets' | 'flows') => [...dpia[kind], ...(theirs?.[kind] ?? [])];

  return (
    <>
      <GridRow>
        <GridColumn width="two-thirds">
          <DpiaStepTop
            organisation={organisation}
            read={read}
            heading={TITLE}
            intro="The information assets and data flows whose processing this DPIA assesses. One archived since it was linked stays until you untick it."
            reopens={dpia.signOff && DPIA_REOPENS_WARNING}
            form={{ stale, theirs, problems, factsOf: dpiaStepFacts }}
          />
        </GridColumn>
      </GridRow>
      {assets.isPending || flows.isPending ? (
        <Loading />
      ) : assets.isError ? (
        <SectionProblem error={assets.error} what="The information assets" />
      ) : flows.isError ? (
        <SectionProblem error={flows.error} what="The data flows" />
      ) : (
        <DpiaLinksForm
          values={form.values}
          onChange={form.setValues}
          problems={problems}
          assets={dpiaLinkItems(assets.data.items, linked('assets'))}
          flows={dpiaLinkItems(flows.data.items, linked('flows'))}
          busy={save.isPending}
          cancelTo={dpiaPage(orgId, dpia.id)}
          onSubmit={form.submit}
        />
      )}
    </>
  );
}
