// Adding a supplier: who they are and how to reach them, the contract, the DSPT status and the
// certifications they hold.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import type { ApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation } from '../../../lib/current-org';
import { problemsBeforeSending } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useAddSupplier } from '../api/add-supplier';
import { supplierPage, suppliersPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_REFUSED } from '../components/permissions';
import { SupplierForm, supplierProblems } from '../components/SupplierForm';
import { EMPTY_SUPPLIER, supplierBody } from '../components/supplier-values';

export function NewSupplierPage() {
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ASSET_PERMISSIONS.manageSuppliers);
  // Once shown, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!allowed, 'Add a supplier', organisation.data?.name);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason={MANAGE_REFUSED} />;
  return <NewSupplier organisation={organisation.data} />;
}

function NewSupplier({ organisation }: { organisation: Organisation }) {
  const orgId = organisation.id;
  const add = useAddSupplier(orgId);
  const navigate = useNavigate();
  const [values, setValues] = useState(EMPTY_SUPPLIER);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const problems = supplierProblems(notSent ?? add.error, values);
  usePageTitle(`${problems ? 'Error: ' : ''}Add a supplier`, organisation.name);

  function submit() {
    add.reset();
    const { body, errors } = supplierBody(values);
    if (errors.length > 0) {
      setNotSent(problemsBeforeSending(errors));
      return;
    }
    setNotSent(null);
    add.mutate(body, { onSuccess: (supplier) => void navigate(supplierPage(orgId, supplier.id), { state: { notice: `“${supplier.name}” has been added to the suppliers.` } }) });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={suppliersPage(orgId)}>Back to the suppliers</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Add a supplier</PageHeading>
        <SupplierForm values={values} onChange={setValues} problems={problems} submitLabel="Add the supplier" busy={add.isPending} cancelTo={suppliersPage(orgId)} onSubmit={submit} />
      </GridColumn>
    </GridRow>
  );
}
