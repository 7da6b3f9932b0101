// Adding an information asset to the register: what it is, who answers for it, where it runs and who
// supplies it, what personal data it holds and how it is protected, and how it would be recovered.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import type { ApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation } from '../../../lib/current-org';
import { formProblems, problemsBeforeSending } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { useAddAsset } from '../api/add-asset';
import { ASSET_FIELD_IDS } from '../components/AssetFields';
import { AssetForm } from '../components/AssetForm';
import { EMPTY_ASSET, newAssetBody } from '../components/asset-values';
import { assetPage, registerPage } from '../components/links';
import { ASSET_PERMISSIONS, MANAGE_REFUSED } from '../components/permissions';
import { usePeople } from '../components/use-people';

export function NewAssetPage() {
  const organisation = useCurrentOrganisation();
  const allowed = can(organisation.data, ASSET_PERMISSIONS.manageAssets);
  // Once shown, the form sets the title (with "Error: " when it shows problems).
  usePageTitleWhile(!allowed, 'Add an information asset', organisation.data?.name);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!allowed) return <NotAllowed reason={MANAGE_REFUSED} />;
  return <NewAsset organisation={organisation.data} />;
}

function NewAsset({ organisation }: { organisation: Organisation }) {
  const orgId = organisation.id;
  const add = useAddAsset(orgId);
  const navigate = useNavigate();
  const people = usePeople(organisation);
  const [values, setValues] = useState(EMPTY_ASSET);
  const [notSent, setNotSent] = useState<ApiError | null>(null);
  const problems = formProblems(notSent ?? add.error, ASSET_FIELD_IDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Add an information asset`, organisation.name);

  function submit() {
    add.reset();
    const { body, errors } = newAssetBody(values);
    if (errors.length > 0) {
      setNotSent(problemsBeforeSending(errors));
      return;
    }
    setNotSent(null);
    add.mutate(body, { onSuccess: (asset) => void navigate(assetPage(orgId, asset.id), { state: { notice: `“${asset.name}” has been added to the register.` } }) });
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={registerPage(orgId)}>Back to the information assets</BackLink>
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Add an information asset</PageHeading>
        <AssetForm orgId={orgId} values={values} onChange={setValues} problems={problems} people={people} submitLabel="Add the asset" busy={add.isPending} cancelTo={registerPage(orgId)} onSubmit={submit} />
      </GridColumn>
    </GridRow>
  );
}
