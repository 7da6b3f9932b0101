// The organisation's suppliers by name: contract end, DSPT status, certifications and their expiry,
// how many live assets depend on each and their risk flags; adding one for those who keep the
// register, and the suppliers as a spreadsheet.
import { Link, useLocation, useSearchParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem, SectionProblem } from '../../../components/Status';
import { BulletList, Paragraph } from '../../../components/Typography';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle } from '../../../lib/page-title';
import { useSuppliers } from '../api/get-suppliers';
import { suppliersExportUrl } from '../api/paths';
import { flagsPage, newSupplierPage, registerPage, suppliersPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { SuppliersTable } from '../components/SuppliersTable';
import { plural } from '../components/words';

export function SuppliersPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const readable = can(organisation.data, ASSET_PERMISSIONS.readSuppliers);
  const flagged = useSearchParams()[0].get('flagged') === 'true';
  const list = useSuppliers(orgId, { enabled: readable, flagged });
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  usePageTitle('Suppliers', organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!readable) return <NotAllowed reason={READ_REFUSED} />;

  const suppliers = list.data?.items;
  return (
    <>
      <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={organisation.data.name}>Suppliers</PageHeading>
      <Paragraph>Who supplies the organisation’s information assets: their contracts, DSPT status and certifications, and which assets depend on them.</Paragraph>
      {can(organisation.data, ASSET_PERMISSIONS.manageSuppliers) && (
        <ButtonGroup>
          <ButtonLink to={newSupplierPage(orgId)}>Add a supplier</ButtonLink>
        </ButtonGroup>
      )}
      <BulletList label="Other views">
        <li>
          <Link to={flagsPage(orgId)}>Risk flags across the register and its suppliers</Link>
        </li>
        <li>
          <a href={suppliersExportUrl(orgId, 'csv')} download>
            Download the suppliers as CSV
          </a>
        </li>
        <li>
          <a href={suppliersExportUrl(orgId, 'xlsx')} download>
            Download the suppliers as XLSX
          </a>
        </li>
      </BulletList>
      {list.isPending && <Loading>Loading the suppliers…</Loading>}
      {list.isError && <SectionProblem error={list.error} what="The suppliers" />}
      {suppliers && (
        <>
          {flagged ? (
            <Paragraph>
              {plural(suppliers.length, 'supplier')} with a risk flag today. <Link to={suppliersPage(orgId)}>Show every supplier</Link>
            </Paragraph>
          ) : (
            <Paragraph>{plural(suppliers.length, 'supplier')} recorded.</Paragraph>
          )}
          {suppliers.length > 0 && <SuppliersTable orgId={orgId} suppliers={suppliers} caption={`Suppliers of ${organisation.data.name}`} />}
        </>
      )}
    </>
  );
}
