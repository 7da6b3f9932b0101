// The information asset register: every live asset by name with its owner, supplier, personal data,
// support end and risk flags, filtered by type, criticality, supplier, flags and words (kept in the
// address); adding an asset for those who keep the register; the flags report, the suppliers, the
// data flows, the DPIAs and the register as a spreadsheet.
import { Link, useLocation, useSearchParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { PageHeading } from '../../../components/PageHeading';
import { Announce, Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { BulletList, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useAssets } from '../api/get-assets';
import { useSuppliers } from '../api/get-suppliers';
import { assetsExportUrl } from '../api/paths';
import { AssetsTable } from '../components/AssetsTable';
import { dpiasPage, flagsPage, flowsPage, newAssetPage, registerActionsPage, registerPage, ropaPage, suppliersPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { filterFromParams, isFiltered } from '../components/register-filter';
import { RegisterFilters } from '../components/RegisterFilters';
import { plural } from '../components/words';

export function AssetRegisterPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const readable = can(organisation.data, ASSET_PERMISSIONS.readAssets);
  const list = useAssets(orgId, filter, { enabled: readable });
  const suppliers = useSuppliers(orgId, { enabled: readable });
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('Information assets', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const assets = list.data?.items;
  return (
    <>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.data.name}>Information assets</PageHeading>
      <Paragraph>
        The systems, applications, datasets, devices, paper records and services the organisation holds and runs: who answers for each, how critical it is, who supplies it, what
        personal data it holds, and the risks flagged in it today.
      </Paragraph>
      {can(organisation.data, ASSET_PERMISSIONS.manageAssets) && (
        <ButtonGroup>
          <ButtonLink to={newAssetPage(orgId)}>Add an information asset</ButtonLink>
        </ButtonGroup>
      )}
      <BulletList label="Other views">
        <li>
          <Link to={flagsPage(orgId)}>Risk flags across the register and its suppliers</Link>
        </li>
        <li>
          <Link to={suppliersPage(orgId)}>Suppliers</Link>
        </li>
        {can(organisation.data, ASSET_PERMISSIONS.readFlows) && (
          <li>
            <Link to={flowsPage(orgId)}>Data flows</Link>
          </li>
        )}
        <li>
          <Link to={registerActionsPage(orgId)}>Actions from risk flags</Link>
        </li>
        {can(organisation.data, ASSET_PERMISSIONS.readRopa) && (
          <li>
            <Link to={ropaPage(orgId)}>Record of processing activities</Link>
          </li>
        )}
        {can(organisation.data, ASSET_PERMISSIONS.readDpias) && (
          <li>
            <Link to={dpiasPage(orgId)}>Data protection impact assessments (DPIAs)</Link>
          </li>
        )}
        <li>
          <a href={assetsExportUrl(orgId, 'csv')} download>
            Download the register as CSV
          </a>
        </li>
        <li>
          <a href={assetsExportUrl(orgId, 'xlsx')} download>
            Download the register as XLSX
          </a>
        </li>
      </BulletList>
      <RegisterFilters
        key={params.toString()}
        applied={filter}
        action={registerPage(orgId)}
        suppliers={suppliers.data?.items.map((supplier) => ({ value: supplier.id, text: supplier.name })) ?? []}
        onApply={(next) => setParams(next)}
      />
      {list.isPending && <Loading>Loading the register…</Loading>}
      {list.isError && <SectionProblem error={list.error} what="The register" />}
      {assets && (
        <>
          <Announce>
            <Paragraph>{isFiltered(filter) ? `${plural(assets.length, 'information asset')} ${assets.length === 1 ? 'matches' : 'match'} these filters.` : `${plural(assets.length, 'information asset')} in the register.`}</Paragraph>
          </Announce>
          {assets.length > 0 && <AssetsTable orgId={orgId} assets={assets} caption={`Information assets of ${organisation.data.name}`} />}
        </>
      )}
    </>
  );
}
