// Changing a supplier against the version read: only the fields changed here are sent (the
// certifications as a whole), and a colleague's save in between is shown, with what they changed,
// before this one is made on top.
import { useNavigate, useParams } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { problemHeading } from '../../../components/Status';
import { can, type Organisation, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { staleSupplierOf, useChangeSupplier } from '../api/change-supplier';
import { type SupplierDetail, useSupplier } from '../api/get-supplier';
import { changedFacts } from '../components/facts';
import { supplierPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_REFUSED } from '../components/permissions';
import { RecordPage } from '../components/RecordPage';
import { StaleSummary } from '../components/StaleSummary';
import { supplierFacts } from '../components/supplier-facts';
import { SupplierForm, supplierProblems } from '../components/SupplierForm';
import { supplierChangeBody, supplierValuesOf } from '../components/supplier-values';
import { TheirChanges } from '../components/TheirChanges';
import { useChangeForm } from '../components/use-change-form';

export function ChangeSupplierPage() {
  const orgId = useOrgId();
  const { id = '' } = useParams();
  const organisation = useCurrentOrganisation();
  const supplier = useSupplier(orgId, id);
  // Once loaded, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!supplier.data || !can(organisation.data, ASSET_PERMISSIONS.manageSuppliers), supplier.isError ? problemHeading(supplier.error) : 'Change a supplier', organisation.data?.name);
  return (
    <RecordPage organisation={organisation} permission={ASSET_PERMISSIONS.manageSuppliers} refusal={MANAGE_REFUSED} record={supplier}>
      {(organisation, supplier) => <ChangeSupplier organisation={organisation} supplier={supplier} />}
    </RecordPage>
  );
}

function ChangeSupplier({ organisation, supplier }: { organisation: Organisation; supplier: SupplierDetail }) {
  const orgId = organisation.id;
  const navigate = useNavigate();
  const refreshed = useSupplier(orgId, supplier.id);
  const save = useChangeSupplier(orgId, supplier.id);
  const form = useChangeForm({
    record: supplier,
    valuesOf: supplierValuesOf,
    changeBody: supplierChangeBody,
    save,
    staleOf: staleSupplierOf,
    refetch: () => refreshed.refetch(),
    onSaved: (saved, changed) => void navigate(supplierPage(orgId, saved.id), { state: { notice: changed ? 'The details have been saved.' : 'Nothing was changed.' } }),
  });
  const problems = supplierProblems(form.failure, form.values);
  const { read, stale, theirs } = form;
  usePageTitle(`${problems || stale ? 'Error: ' : ''}Change ${read.name}`, organisation.name);

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={supplierPage(orgId, supplier.id)}>Back to {read.name}</BackLink>
        <StaleSummary stale={stale} what="supplier" />
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Change {read.name}</PageHeading>
        {theirs && <TheirChanges who={stale?.changedBy ?? 'a colleague'} changes={changedFacts(supplierFacts(read), supplierFacts(theirs))} />}
        <SupplierForm values={form.values} onChange={form.setValues} problems={problems} submitLabel="Save the changes" busy={save.isPending} cancelTo={supplierPage(orgId, supplier.id)} onSubmit={form.submit} />
      </GridColumn>
    </GridRow>
  );
}
