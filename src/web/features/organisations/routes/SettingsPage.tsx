// Change the current organisation's name, ODS code and DSPT category, and who must use a second
// factor there. The details form remembers the version it was filled from; if someone else saved
// first, the API's 409 is explained and their saved values are shown beside yours.
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow, InsetText, SuccessBanner } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { SummaryList } from '../../../components/SummaryList';
import { TextInput } from '../../../components/TextInput';
import { isApiError } from '../../../lib/api-client';
import { can, type Organisation, useCurrentOrganisation } from '../../../lib/current-org';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { labelFor, type Reference, useReference } from '../../../lib/reference';
import { useUpdateOrganisation } from '../api/update-organisation';
import { Heading, Paragraph } from '../../../components/Typography';
import { MfaPolicyForm } from '../components/MfaPolicyForm';
import { OdsAndDsptFields } from '../components/OdsAndDsptFields';

const FIELDS = { name: 'name', odsCode: 'ods-code', dsptCategory: 'dspt-category' };

export function SettingsPage() {
  const organisation = useCurrentOrganisation();
  const reference = useReference();

  const formShown = organisation.isSuccess && reference.isSuccess && can(organisation.data, 'organisation.update');
  usePageTitleWhile(!formShown, 'Organisation details', organisation.data?.name);
  if (organisation.isPending || reference.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (reference.isError) return <PageProblem error={reference.error} />;
  if (!can(organisation.data, 'organisation.update')) {
    return (
<NotAllowed reason="Only the organisation’s administrators may change its details." />
    );
  }
  return <SettingsForm organisation={organisation.data} reference={reference.data} refetch={organisation.refetch} />;
}

function SettingsForm({
  organisation,
  reference,
  refetch,
}: {
  organisation: Organisation;
  reference: Reference;
  refetch: () => Promise<{ data?: Organisation | undefined }>;
}) {
  const update = useUpdateOrganisation(organisation.id);
  const [name, setName] = useState(organisation.name);
  const [odsCode, setOdsCode] = useState(organisation.odsCode ?? '');
  const [dsptCategory, setDsptCategory] = useState(organisation.dsptCategory ?? '');
  const [version, setVersion] = useState(organisation.version);
  const [saved, setSaved] = useState(false);
  // After a conflict: the details as someone else saved them.
  const [theirs, setTheirs] = useState<Organisation | null>(null);

  const conflict = isApiError(update.error) && update.error.status === 409 ? update.error : null;
  const problems = conflict ? null : formProblems(update.error, FIELDS);
  const home = `/orgs/${encodeURIComponent(organisation.id)}`;
  usePageTitle(`${problems || conflict ? 'Error: ' : ''}Organisation details`, organisation.name);

  async function adoptPolicyVersion() {
    const latest = (await refetch()).data;
    // Saving the policy moved the version on by one. Anything more means someone else changed the
    // details meanwhile, and this form must still be told so when it saves.
    if (latest) setVersion((current) => (latest.version === current + 1 ? latest.version : current));
  }

  async function showTheirs() {
    const latest = (await refetch()).data;
    if (!latest) return;
    setTheirs(latest);
    // Saving again now is a deliberate choice to replace their values with yours.
    setVersion(latest.version);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { name: name.trim(), odsCode: odsCode.trim() || null, dsptCategory: dsptCategory || null, version },
      {
        onSuccess: (updated) => {
          setSaved(true);
          setTheirs(null);
          setVersion(updated.version);
          setName(updated.name);
          setOdsCode(updated.odsCode ?? '');
          setDsptCategory(updated.dsptCategory ?? '');
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) void showTheirs();
        },
      },
    );
  }

  return (
    <GridRow>
      <GridColumn width="two-thirds">
        <BackLink to={home}>Back to {organisation.name}</BackLink>
        {saved && <SuccessBanner>The organisation’s details have been saved.</SuccessBanner>}
        {conflict && (
          <ErrorSummary
            title="Someone else changed these details"
            description={`${conflict.detail} Your changes have not been saved. Check the details they saved, below, then save yours again if they are still right.`}
          />
        )}
        <ProblemSummary problems={problems} />
        <PageHeading caption={organisation.name}>Organisation details</PageHeading>
        {conflict && theirs && (
          <InsetText>
            <Heading size="s">Details saved by someone else</Heading>
            <SummaryList
              rows={[
                { key: 'Name', value: theirs.name },
                { key: 'ODS code', value: theirs.odsCode ?? 'Not recorded' },
                { key: 'DSPT category', value: theirs.dsptCategory ? labelFor(reference.dsptCategories, theirs.dsptCategory) : 'Not set' },
              ]}
            />
          </InsetText>
        )}
        <form onSubmit={submit} noValidate>
          <TextInput id={FIELDS.name} label="Name" value={name} onChange={setName} autoComplete="organization" error={problems?.byField.name} />
          <OdsAndDsptFields
            odsCode={{ id: FIELDS.odsCode, value: odsCode, onChange: setOdsCode, error: problems?.byField.odsCode }}
            dsptCategory={{ id: FIELDS.dsptCategory, value: dsptCategory, onChange: setDsptCategory, error: problems?.byField.dsptCategory }}
            reference={reference}
            odsHint="The organisation’s Organisation Data Service (ODS) code, such as RXX for a trust."
            dsptHint="Category 1 organisations (trusts, ICBs, CSUs) use the CAF-aligned Data Security and Protection Toolkit."
          />
          <ButtonGroup>
            <Button busy={update.isPending}>{conflict ? 'Save my changes anyway' : 'Save details'}</Button>
            <Link to={home}>
              Cancel
            </Link>
          </ButtonGroup>
        </form>

        {can(organisation, 'mfa.policy') && <MfaPolicyForm organisation={organisation} onSaved={() => void adoptPolicyVersion()} />}

        {can(organisation, 'token.manage') && (
          <>
            <Heading spaceAbove>API tokens</Heading>
            <Paragraph>
              Service tokens let other systems use the Bulwark API for {organisation.name}; SCIM tokens let your identity
              provider create and deactivate accounts here. <Link to={`${home}/tokens`}>Manage API tokens</Link>
            </Paragraph>
          </>
        )}
        {can(organisation, 'sso.manage') && <><Heading spaceAbove>Single sign-on</Heading><Paragraph>Let people sign in with their {organisation.name} account through your identity provider. <Link to={`${home}/single-sign-on`}>Set up single sign-on</Link></Paragraph></>}
      </GridColumn>
    </GridRow>
  );
}
