// An organisation's own expected level for each assessable outcome of a catalogue (the DSPT profile it
// aims for), optionally starting from one of the catalogue's profiles. Only changed outcomes are sent;
// someone else saving first is explained (409), and wrong values are listed by outcome (422).
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { SuccessBanner } from '../../../components/Content';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { BackLink } from '../../../components/Navigation';
import { PageHeading } from '../../../components/PageHeading';
import { Select } from '../../../components/Select';
import { Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Table } from '../../../components/Table';
import { Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { usePageTitle, usePageTitleWhile } from '../../../lib/page-title';
import { type CatalogueDetail, useCatalogue } from '../api/get-catalogue';
import { type OrgCatalogueSettings, useOrgSettings } from '../api/get-org-settings';
import { useSaveOrgSettings } from '../api/save-org-settings';

const NOT_SET = '';
const fieldId = (ref: string) => `level-${ref}`;

/** 'dspt@2025-26' → ['dspt', '2025-26']. */
function splitCatalogue(spec: string): [string, string] {
  const at = spec.indexOf('@');
  return at === -1 ? [spec, ''] : [spec.slice(0, at), spec.slice(at + 1)];
}

export function ExpectedLevelsPage() {
  const orgId = useOrgId();
  const [key, version] = splitCatalogue(useParams().catalogue ?? '');
  const organisation = useCurrentOrganisation();
  const catalogue = useCatalogue(key, version);
  const settings = useOrgSettings(orgId, key, version);
  const allowed = can(organisation.data, 'catalogue.org-configure');
  const ready = organisation.isSuccess && catalogue.isSuccess && settings.isSuccess && allowed;
  usePageTitleWhile(!ready, 'Expected levels', organisation.data?.name);

  if (organisation.isPending || catalogue.isPending || settings.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (catalogue.isError) return <PageProblem error={catalogue.error} />;
  if (settings.isError) return <PageProblem error={settings.error} />;
  if (!allowed) return <NotAllowed reason="Only the organisation’s administrators, security lead, IG lead or SIRO may set its expected levels." />;
  return <ExpectedLevelsForm orgId={orgId} orgName={organisation.data.name} catalogue={catalogue.data} settings={settings.data} />;
}

function ExpectedLevelsForm({ orgId, orgName, catalogue, settings }: { orgId: string; orgName: string; catalogue: CatalogueDetail; settings: OrgCatalogueSettings }) {
  const save = useSaveOrgSettings(orgId, catalogue.key, catalogue.version);
  const initial = Object.fromEntries(settings.expected.map((e) => [e.ref, e.level ?? NOT_SET]));
  const [levels, setLevels] = useState<Record<string, string>>(initial);
  const [fromProfile, setFromProfile] = useState('');
  const [saved, setSaved] = useState(false);
  const name = catalogue.shortName ?? `${catalogue.name} ${catalogue.version}`;

  const conflict = isApiError(save.error) && save.error.status === 409 ? save.error : null;
  const problems = isApiError(save.error) && save.error.status === 422 ? save.error.errors : [];
  const byRef = new Map(problems.filter((p) => p.field.startsWith('expected.')).map((p) => [p.field.slice('expected.'.length), p.message]));
  const otherError = save.error && !conflict && problems.length === 0 ? save.error : null;
  usePageTitle(`${save.isError ? 'Error: ' : ''}Expected levels for ${name}`, orgName);

  const labelOf = new Map([...catalogue.levels.map((l) => [l.id, l.label] as const), ['not-applicable', 'Not applicable'] as const]);
  const options = (allowedLevels: string[]) => [
    { value: NOT_SET, text: 'Not set' },
    ...[...allowedLevels, 'not-applicable'].map((id) => ({ value: id, text: labelOf.get(id) ?? id })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    // Only what changed, so levels that come from the base profile stay the profile's.
    const expected = Object.fromEntries(Object.entries(levels).filter(([ref, level]) => level !== initial[ref]).map(([ref, level]) => [ref, level === NOT_SET ? null : level]));
    save.mutate(
      { version: settings.version, expected, ...(fromProfile ? { fromProfile } : {}) },
      {
        onSuccess: (next) => {
          setSaved(true);
          setFromProfile('');
          setLevels(Object.fromEntries(next.expected.map((e) => [e.ref, e.level ?? NOT_SET])));
        },
      },
    );
  }

  const here = `/orgs/${encodeURIComponent(orgId)}/frameworks/${encodeURIComponent(catalogue.ref)}/expected-levels`;
  return (
    <>
      <BackLink to={`/catalogues/${encodeURIComponent(catalogue.key)}/${encodeURIComponent(catalogue.version)}`}>Back to {name}</BackLink>
      {saved && <SuccessBanner>{orgName}’s expected levels have been saved.</SuccessBanner>}
      {conflict && (
        <ErrorSummary
          title="Someone else changed these expected levels"
          description={`${conflict.detail} Your changes have not been saved.`}
        />
      )}
      {conflict && (
        <Paragraph>
          <a href={here}>Reload the expected levels</a> to see what they saved, then make your changes again.
        </Paragraph>
      )}
      {problems.length > 0 && (
        <ErrorSummary
          items={problems.map((p) => {
            const ref = p.field.startsWith('expected.') ? p.field.slice('expected.'.length) : null;
            return ref !== null && initial[ref] !== undefined ? { text: p.message, fieldId: fieldId(ref) } : { text: p.message };
          })}
        />
      )}
      {otherError && <ErrorSummary description={otherError.message} />}
      <PageHeading caption={orgName}>Expected levels for {name}</PageHeading>
      <Paragraph>
        The level {orgName} aims for in each outcome. Outcomes you leave as they are keep their level
        {settings.baseProfile ? ` from the profile ${catalogue.profiles.find((p) => p.id === settings.baseProfile)?.name ?? settings.baseProfile}` : ''}.
      </Paragraph>
      <form onSubmit={submit} noValidate>
        {catalogue.profiles.length > 0 && (
          <Select
            id="from-profile"
            label="Start from profile"
            hint="Copies the profile’s expected levels first; the levels you change below are applied on top."
            value={fromProfile}
            onChange={setFromProfile}
            error={problems.find((p) => p.field === 'fromProfile')?.message}
            options={[{ value: '', text: 'Keep the current levels' }, ...catalogue.profiles.map((p) => ({ value: p.id, text: `${p.name} (${p.expectedCount} set)` }))]}
          />
        )}
        <Table
          caption={`Expected level for each outcome of ${name}`}
          captionHidden
          rowKey={(e) => e.ref}
          rows={settings.expected}
          columns={[
            { header: 'Outcome', rowHeader: true, cell: (e) => e.ref },
            { header: 'Title', width: 'one-half', cell: (e) => e.title },
            {
              header: 'Expected level',
              cell: (e) => (
                <Select
                  id={fieldId(e.ref)}
                  label={<span className="nhsuk-u-visually-hidden">Expected level for {e.ref} {e.title}</span>}
                  value={levels[e.ref] ?? NOT_SET}
                  onChange={(value) => setLevels((current) => ({ ...current, [e.ref]: value }))}
                  error={byRef.get(e.ref)}
                  options={options(e.levels)}
                  className="nhsuk-u-margin-bottom-0"
                />
              ),
            },
          ]}
        />
        <ButtonGroup>
          <Button busy={save.isPending}>Save expected levels</Button>
          <Link to={`/catalogues/${encodeURIComponent(catalogue.key)}/${encodeURIComponent(catalogue.version)}`}>Cancel</Link>
        </ButtonGroup>
      </form>
    </>
  );
}
