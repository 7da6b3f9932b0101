// One information asset: every field in words, its risk flags with why each was raised, and for those
// who keep the register a way to change it and to archive it (after a confirming step); the data
// flows that name it and the DPIAs that cover it; and a way to make each flag an action. The app may
// add another feature's section about the asset (its vulnerability findings).
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { InsetText, SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { useArchiveAsset } from '../api/archive-asset';
import { type AssetDetail, useAsset } from '../api/get-asset';
import { assetFacts } from '../components/asset-facts';
import { FlagsTable } from '../components/FlagsTable';
import { changeAssetPage, registerPage, supplierPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { RecordDpias } from '../components/RecordDpias';
import { RecordFlows } from '../components/RecordFlows';
import { RecordPage } from '../components/RecordPage';
import { ASSET_TYPE_LABELS } from '../components/words';

export interface AssetPageSections {
  /** Another feature's section about the asset, shown after its risk flags. */
  findings?: (asset: { orgId: string; assetId: string; name: string }) => ReactNode;
}

export function AssetPage({ findings }: AssetPageSections = {}) {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const asset = useAsset(orgId, id);
  usePageTitle(asset.isError ? problemHeading(asset.error) : asset.data?.name, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.readAssets} refusal={READ_REFUSED} record={asset}>
      {(organisation, asset) => <Asset organisation={organisation} asset={asset} findings={findings} />}
    </RecordPage>
  );
}

function Asset({ organisation, asset, findings }: { organisation: Organisation; asset: AssetDetail } & AssetPageSections) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const manage = can(organisation, ASSET_PERMISSIONS.manageAssets) && !asset.archivedAt;
  const rows = assetFacts(asset)
    .filter((fact) => fact.field !== 'name')
    .map((fact) => ({
      key: fact.key,
      value:
        fact.field === 'supplier' && asset.supplier ? (
          <Link to={supplierPage(orgId, asset.supplier.id)}>{asset.supplier.name}</Link>
        ) : fact.field === 'description' || fact.field === 'notes' ? (
          <span className="app-preserve-lines">{fact.text}</span>
        ) : (
          fact.text
        ),
    }));

  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={`${ASSET_TYPE_LABELS[asset.type]} in ${organisation.name}`}>{asset.name}</PageHeading>
      {asset.archivedAt && (
        <InsetText>
          <Paragraph noMargin>Archived on {formatDate(asset.archivedAt)}: kept for the record, out of the register and its flags, and no longer changed.</Paragraph>
        </InsetText>
      )}
      <SummaryList rows={[...rows, { key: 'Last changed', value: formatDateTime(asset.updatedAt) }]} />
      {manage && (
        <ButtonGroup>
          <ButtonLink to={changeAssetPage(orgId, asset.id)} variant="secondary">
            Change the details
          </ButtonLink>
        </ButtonGroup>
      )}

      <section aria-labelledby="asset-flags">
        <Heading id="asset-flags" spaceAbove>
          Risk flags
        </Heading>
        {asset.flags.length === 0 ? (
          <Paragraph>{asset.archivedAt ? 'An archived asset raises no flags.' : 'None today.'}</Paragraph>
        ) : (
          <FlagsTable orgId={orgId} flags={asset.flags} caption={`Risk flags of ${asset.name} today`} captionHidden manage={manage} />
        )}
      </section>

      {findings?.({ orgId, assetId: asset.id, name: asset.name })}

      <RecordFlows orgId={orgId} name={asset.name} flows={asset.flows} from={{ assetId: asset.id }} manage={can(organisation, ASSET_PERMISSIONS.manageFlows) && !asset.archivedAt} />

      {can(organisation, ASSET_PERMISSIONS.readDpias) && <RecordDpias orgId={orgId} name={asset.name} dpias={asset.dpias} />}

      {manage && <Archive orgId={orgId} asset={asset} />}
    </>
  );
}

function Archive({ orgId, asset }: { orgId: string; asset: AssetDetail }) {
  const archive = useArchiveAsset(orgId, asset.id);
  const refreshed = useAsset(orgId, asset.id);
  const navigate = useNavigate();
  const error = isApiError(archive.error) ? archive.error : null;
  return (
    <section aria-labelledby="archive-asset">
      <Heading id="archive-asset" spaceAbove>
        Archive
      </Heading>
      <Paragraph>
        An archived asset leaves the register and its flags, and its name is free for a new one. It is kept for the record, so what names it (a data flow, a record of processing)
        keeps its meaning.
      </Paragraph>
      {error && <ErrorSummary description={error.detail} />}
      <ConfirmStep
        ask="Archive this asset"
        confirm={<>Yes, archive “{asset.name}”</>}
        busy={archive.isPending}
        onConfirm={() =>
          // Awaited here rather than through mutate's callbacks: the archived asset, shown at once, is no longer
          // one to archive, so this section leaves the page before they would run.
          void archive.mutateAsync(asset.version).then(
            () => navigate(registerPage(orgId), { state: { notice: `“${asset.name}” has been archived.` } }),
            // A colleague's change in between: show the asset as it now is, so archiving again is a deliberate choice.
            () => refreshed.refetch(),
          )
        }
      />
    </section>
  );
}
