// Changing an information asset against the version read: only the fields changed here are sent, and
// a colleague's save in between is shown, with what they changed, before this one is made on top.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { staleAssetOf, useChangeAsset } from '../api/change-asset';
import { type AssetDetail, useAsset } from '../api/get-asset';
import { assetFacts } from '../components/asset-facts';
import { ASSET_FIELD_IDS } from '../components/AssetFields';
import { AssetForm } from '../components/AssetForm';
import { assetChangeBody, assetValuesOf } from '../components/asset-values';
import { changedFacts } from '../components/facts';
import { assetPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';
import { usePeople } from '../components/use-people';

export function ChangeAssetPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const asset = useAsset(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!asset.data || !can(organisation.data, ASSET_PERMISSIONS.manageAssets), asset.isError ? problemHeading(asset.error) : 'Change an information asset', organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.manageAssets} refusal={MANAGE_REFUSED} record={asset}>
      {(organisation, asset) => <ChangeAsset organisation={organisation} asset={asset} />}
    </RecordPage>
  );
}

function ChangeAsset({ organisation, asset }: { organisation: Organisation; asset: AssetDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useAsset(orgId, asset.id);
  const save = useChangeAsset(orgId, asset.id);
  const form = useChangeForm({
    record: asset,
    valuesOf: assetValuesOf,
    changeBody: assetChangeBody,
    save,
    staleOf: staleAssetOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) => void navigate(assetPage(orgId, saved.id), { state: { notice: changed ? 'The details have been saved.' : 'Nothing was changed.' } }),
  });
  const people = usePeople(organisation, [asset.owner, asset.administrator]);
  const problems = formProblems(form.failure, ASSET_FIELD_IDS);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Change ${read.name}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={assetPage(orgId, asset.id)}>Back to {read.name}</BackLink>
        <StaleSummary stale={stale} what="asset" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Change {read.name}</PageHeading>
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(assetFacts(read), assetFacts(theirs))} />}
        <AssetForm orgId={orgId} values={form.values} onChange={form.setValues} problems={problems} people={people} submitLabel="Save the changes" busy={save.isPending} cancelTo={assetPage(orgId, asset.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
