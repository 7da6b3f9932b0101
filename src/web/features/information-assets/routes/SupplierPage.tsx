// One supplier: its details in words, its certifications, the live assets that depend on it (each a
// link), its risk flags (each of which may be made an action), its data flows, and for those who keep the register a way to change it and, when nothing
// depends on it, to remove it (after a confirming step).
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '../../../components/Button';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/page-title';
import { type SupplierDetail, useSupplier } from '../api/get-supplier';
import { useRemoveSupplier } from '../api/remove-supplier';
import { FlagsTable } from '../components/FlagsTable';
import { assetPage, changeSupplierPage, suppliersPage } from '../components/links';
import { ASSET_PERMISSIONS, READ_REFUSED } from '../components/permissions';
import { RecordFlows } from '../components/RecordFlows';
import { RecordPage } from '../components/RecordPage';
import { supplierFacts } from '../components/supplier-facts';
import { ASSET_TYPE_LABELS, CERTIFICATION_SCHEME_LABELS, CRITICALITY_LABELS, dayWords, plural } from '../components/words';

export function SupplierPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const supplier = useSupplier(orgId, id);
  usePageTitle(supplier.isError ? problemHeading(supplier.error) : supplier.data?.name, organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.readSuppliers} refusal={READ_REFUSED} record={supplier}>
      {(organisation, supplier) => <Supplier organisation={organisation} supplier={supplier} />}
    </RecordPage>
  );
}

type Certification = SupplierDetail['certifications'][number];
type DependentAsset = SupplierDetail['assets'][number];

function Supplier({ organisation, supplier }: { organisation: Organisation; supplier: SupplierDetail }) {
  const orgId = organisation.id;
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const manage = can(organisation, ASSET_PERMISSIONS.manageSuppliers);
  const rows = supplierFacts(supplier)
    .filter((fact) => fact.field !== 'name' && fact.field !== 'certifications')
    .map((fact) => ({ key: fact.key, value: fact.field === 'services' || fact.field === 'notes' ? <span className="app-preserve-lines">{fact.text}</span> : fact.text }));

  return (
    <>
      <BackLink to={suppliersPage(orgId)}>Back to the suppliers</BackLink>
      {notice && <SuccessBanner>{notice}</SuccessBanner>}
      <PageHeading caption={`Supplier to ${organisation.name}`}>{supplier.name}</PageHeading>
      <SummaryList rows={[...rows, { key: 'Last changed', value: formatDateTime(supplier.updatedAt) }]} />
      {manage && (
        <ButtonGroup>
          <ButtonLink to={changeSupplierPage(orgId, supplier.id)} variant="secondary">
            Change the details
          </ButtonLink>
        </ButtonGroup>
      )}

      <section aria-labelledby="supplier-certifications">
        <Heading id="supplier-certifications" spaceAbove>
          Certifications
        </Heading>
        {supplier.certifications.length === 0 ? (
          <Paragraph>None recorded.</Paragraph>
        ) : (
          <Table<Certification>
            caption={`Certifications of ${supplier.name}`}
            captionHidden
            rows={supplier.certifications}
            // Certifications have no id of their own; their order is as saved.
            rowKey={(certification) => supplier.certifications.indexOf(certification).toString()}
            columns={[
              { header: 'Scheme', rowHeader: true, cell: (certification) => (certification.scheme === 'other' ? (certification.name ?? 'Other') : CERTIFICATION_SCHEME_LABELS[certification.scheme]) },
              { header: 'Certificate number', cell: (certification) => certification.number ?? 'Not recorded' },
              { header: 'Expires', cell: (certification) => dayWords(certification.expiresOn) },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="supplier-assets">
        <Heading id="supplier-assets" spaceAbove>
          Assets that depend on it
        </Heading>
        {supplier.assets.length === 0 ? (
          <Paragraph>No live asset names this supplier.</Paragraph>
        ) : (
          <Table<DependentAsset>
            caption={`Information assets supplied by ${supplier.name}`}
            captionHidden
            rows={supplier.assets}
            rowKey={(asset) => asset.id}
            columns={[
              { header: 'Asset', rowHeader: true, cell: (asset) => <Link to={assetPage(orgId, asset.id)}>{asset.name}</Link> },
              { header: 'Type', cell: (asset) => ASSET_TYPE_LABELS[asset.type] },
              { header: 'Criticality', cell: (asset) => CRITICALITY_LABELS[asset.criticality] },
              { header: 'Patient data', cell: (asset) => (asset.patientData ? 'Yes' : 'No') },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="supplier-flags">
        <Heading id="supplier-flags" spaceAbove>
          Risk flags
        </Heading>
        {supplier.flags.length === 0 ? <Paragraph>None today.</Paragraph> : <FlagsTable orgId={orgId} flags={supplier.flags} caption={`Risk flags of ${supplier.name} today`} captionHidden manage={can(organisation, ASSET_PERMISSIONS.manageAssets)} />}
      </section>

      <RecordFlows orgId={orgId} name={supplier.name} flows={supplier.flows} from={{ supplierId: supplier.id }} manage={can(organisation, ASSET_PERMISSIONS.manageFlows)} />

      {manage && <Remove orgId={orgId} supplier={supplier} />}
    </>
  );
}

function Remove({ orgId, supplier }: { orgId: string; supplier: SupplierDetail }) {
  const remove = useRemoveSupplier(orgId, supplier.id);
  const refreshed = useSupplier(orgId, supplier.id);
  const navigate = useNavigate();
  const error = isApiError(remove.error) ? remove.error : null;
  const dependants = supplier.assets.length;
  return (
    <section aria-labelledby="remove-supplier">
      <Heading id="remove-supplier" spaceAbove>
        Remove
      </Heading>
      {error && <ErrorSummary description={error.detail} />}
      {dependants > 0 ? (
        <Paragraph>
          {plural(dependants, 'asset depends', 'assets depend')} on this supplier, so it cannot be removed: choose another supplier for them, or archive them, first.
        </Paragraph>
      ) : (
        <>
          <Paragraph>No asset depends on this supplier, so it can be removed. The audit trail keeps what it was.</Paragraph>
          <ConfirmStep
            ask="Remove this supplier"
            confirm={<>Yes, remove “{supplier.name}”</>}
            busy={remove.isPending}
            onConfirm={() =>
              remove.mutate(supplier.version, {
                onSuccess: () => void navigate(suppliersPage(orgId), { state: { notice: `“${supplier.name}” has been removed.` } }),
                // Refused (an asset now names it, or a colleague changed it): show the supplier as it now is.
                onError: () => void refreshed.refetch(),
              })
            }
          />
        </>
      )}
    </section>
  );
}
