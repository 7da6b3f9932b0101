// What a DPIA covers, changed against the version read: the organisation's live information assets
// and data flows to tick, with any it covers that were archived since still listed and ticked; a
// colleague's save in between is shown, with what they changed, before this one is made on top.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow, InsetText } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, problemHeading, SectionProblem } from '../../../components/Status';
import { Paragraph } from '../../../components/Typography';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useAssets } from '../api/get-assets';
import { type DpiaDetail, staleDpiaOf, useDpia } from '../api/get-dpia';
import { useFlows } from '../api/get-flows';
import { useReplaceDpiaLinks } from '../api/replace-dpia-links';
import { changedFacts } from '../components/facts';
import { DpiaLinksForm, dpiaLinksProblems } from '../components/DpiaLinksForm';
import { dpiaLinkItems, dpiaStepFacts, linksBodyOf, linksValuesOf } from '../components/dpia-step-values';
import { DPIA_MANAGE_REFUSED, DPIA_REOPENS_WARNING, DPIA_STEP_PERMISSIONS } from '../components/dpia-step-words';
import { dpiaPage } from '../components/links';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

const TITLE = 'What the DPIA covers';

export function DpiaLinksPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const dpia = useDpia(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!dpia.data || !can(organisation.data, DPIA_STEP_PERMISSIONS.manage), dpia.isError ? problemHeading(dpia.error) : TITLE, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={DPIA_STEP_PERMISSIONS.manage} refusal={DPIA_MANAGE_REFUSED} record={dpia}>
      {(organisation, dpia) => <ChangeLinks organisation={organisation} dpia={dpia} />}
    </RecordPage>
  );
}

function ChangeLinks({ organisation, dpia }: { organisation: Organisation; dpia: DpiaDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useDpia(orgId, dpia.id);
  const assets = useAssets(orgId, {});
  const flows = useFlows(orgId, { checks: [] });
  const save = useReplaceDpiaLinks(orgId, dpia.id);
  const form = useChangeForm({
    record: dpia,
    valuesOf: linksValuesOf,
    changeBody: linksBodyOf,
    save,
    staleOf: staleDpiaOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) => void navigate(dpiaPage(orgId, saved.id), { state: { notice: changed ? 'What the DPIA covers has been saved.' : 'Nothing was changed.' } }),
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
          <BackLink to={dpiaPage(orgId, dpia.id)}>Back to {read.reference}</BackLink>
          <StaleSummary stale={stale} what="DPIA" />
          <ProblemSummary problems={problems} />
          <PageHeading caption={`${read.reference}: ${read.title}`}>{TITLE}</PageHeading>
          <Paragraph>The information assets and data flows whose processing this DPIA assesses. One archived since it was linked stays until you untick it.</Paragraph>
          {dpia.signOff && (
            <InsetText>
              <Paragraph noMargin>{DPIA_REOPENS_WARNING}</Paragraph>
            </InsetText>
          )}
          {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(dpiaStepFacts(read), dpiaStepFacts(theirs))} />}
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
