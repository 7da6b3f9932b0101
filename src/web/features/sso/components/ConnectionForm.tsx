// Add or change one single sign-on connection. The client secret is a password field that starts
// empty and is never filled from the server: leaving it empty keeps the stored one. Group mappings
// are rows of a group value and the roles it gives. A save from an out-of-date version is refused
// (409); saving again after that deliberately replaces the other person's changes.
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { Checkboxes } from '../../../components/Checkboxes';
import { WarningCallout } from '../../../components/Content';
import { ErrorSummary, ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { TextInput } from '../../../components/TextInput';
import { Heading, Paragraph } from '../../../components/Typography';
import { isApiError } from '../../../lib/api-client';
import { type FormProblems, formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import type { ReferenceItem } from '../../../lib/reference';
import { type ConnectionSettings, useCreateConnection } from '../api/create-connection';
import { useDeleteConnection } from '../api/delete-connection';
import type { SsoConnection } from '../api/types';
import { useUpdateConnection } from '../api/update-connection';

const FIELDS = {
  name: 'name',
  issuer: 'issuer',
  clientId: 'client-id',
  clientSecret: 'client-secret',
  allowedDomains: 'allowed-domains',
  groupsClaim: 'groups-claim',
  groupRoles: 'group-1',
  options: 'options',
};

const groupId = (index: number) => `group-${index + 1}`;
const groupRolesId = (index: number) => `group-${index + 1}-roles`;

interface MappingRow {
  key: number;
  group: string;
  roles: string[];
}

export interface ConnectionFormProps {
  orgId: string;
  orgName: string;
  /** Absent when adding a connection. */
  connection?: SsoConnection | undefined;
  /** The roles a group may give (never system administrator). */
  roles: ReferenceItem[];
  listPath: string;
  onSaved: (notice: string) => void;
  /** Fetches the connection as saved now, after someone else changed it. */
  latest: () => Promise<SsoConnection | undefined>;
}

export function ConnectionForm({ orgId, orgName, connection, roles, listPath, onSaved, latest }: ConnectionFormProps) {
  const create = useCreateConnection(orgId);
  const update = useUpdateConnection(orgId, connection?.id ?? '');
  const remove = useDeleteConnection(orgId, connection?.id ?? '');
  const save = connection ? update : create;
  const nextKey = useRef(connection?.groupRoles.length ?? 1);

  const [name, setName] = useState(connection?.name ?? '');
  const [issuer, setIssuer] = useState(connection?.issuer ?? '');
  const [clientId, setClientId] = useState(connection?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(connection?.allowedDomains.join(', ') ?? '');
  const [groupsClaim, setGroupsClaim] = useState(connection?.groupsClaim ?? 'groups');
  const [mappings, setMappings] = useState<MappingRow[]>(
    connection?.groupRoles.length ? connection.groupRoles.map((m, index) => ({ key: index, group: m.group, roles: m.roles })) : [{ key: 0, group: '', roles: [] }],
  );
  const [options, setOptions] = useState<string[]>(
    connection ? (['enabled', 'jitProvisioning', 'trustIdpMfa'] as const).filter((o) => connection[o]) : ['enabled'],
  );
  const [version, setVersion] = useState(connection?.version ?? 0);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);

  const conflict = isApiError(save.error) && save.error.status === 409 ? save.error : null;
  const problems = conflict ? null : withRowFields(formProblems(save.error ?? remove.error, FIELDS), save.error);
  const title = connection ? `Change ${connection.name}` : 'Add a single sign-on connection';
  usePageTitle(`${problems || conflict ? 'Error: ' : ''}${title}`, orgName);

  function rowError(index: number, part: 'group' | 'roles'): string | undefined {
    return isApiError(save.error) ? save.error.messageFor(`groupRoles.${index}.${part}`) : undefined;
  }

  function changeRow(key: number, change: Partial<MappingRow>) {
    setMappings((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const settings: ConnectionSettings = {
      name: name.trim(),
      issuer: issuer.trim(),
      clientId: clientId.trim(),
      allowedDomains: domains.split(/[\s,;]+/).filter(Boolean),
      groupsClaim: groupsClaim.trim(),
      // An untouched empty row is not a mapping.
      groupRoles: mappings.filter((row) => row.group.trim() || row.roles.length).map((row) => ({ group: row.group.trim(), roles: row.roles })),
      jitProvisioning: options.includes('jitProvisioning'),
      trustIdpMfa: options.includes('trustIdpMfa'),
      enabled: options.includes('enabled'),
    };
    if (clientSecret) settings.clientSecret = clientSecret;
    const saved = (result: SsoConnection) => onSaved(`${result.name} has been ${connection ? 'saved' : 'added'}.`);
    if (connection) {
      update.mutate(
        { ...settings, version },
        {
          onSuccess: saved,
          onError: (error) => {
            // Saving again now is a deliberate choice to replace their changes with these.
            if (isApiError(error) && error.status === 409) void latest().then((theirs) => theirs && setVersion(theirs.version));
          },
        },
      );
    } else {
      create.mutate(settings, { onSuccess: saved });
    }
  }

  return (
    <>
      {conflict && (
        <ErrorSummary
          title="Someone else changed this connection"
          description={`${conflict.detail} Your changes have not been saved. Save again to replace their changes with yours, or go back to see theirs.`}
        />
      )}
      <ProblemSummary problems={problems} />
      <PageHeading caption={orgName}>{title}</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextInput id={FIELDS.name} label="Name" hint="What people will see, such as Northshire Entra ID." value={name} onChange={setName} autoComplete="off" error={problems?.byField.name} />
        <TextInput
          id={FIELDS.issuer}
          label="Issuer"
          hint="The identity provider’s issuer address. For Microsoft Entra ID: https://login.microsoftonline.com/ followed by your tenant id and /v2.0. Bulwark checks it when you save."
          value={issuer}
          onChange={setIssuer}
          autoComplete="off"
          spellCheck={false}
          code
          error={problems?.byField.issuer}
        />
        <TextInput
          id={FIELDS.clientId}
          label="Client id"
          hint="The application (client) id the identity provider gave Bulwark."
          value={clientId}
          onChange={setClientId}
          autoComplete="off"
          spellCheck={false}
          code
          error={problems?.byField.clientId}
        />
        <TextInput
          id={FIELDS.clientSecret}
          label="Client secret"
          hint={
            connection?.clientSecretSet
              ? 'A secret is stored, encrypted, and is never shown. Leave this empty to keep it, or enter a new one to replace it.'
              : 'Stored encrypted and never shown again.'
          }
          type="password"
          value={clientSecret}
          onChange={setClientSecret}
          autoComplete="new-password"
          error={problems?.byField.clientSecret}
        />
        <TextInput
          id={FIELDS.allowedDomains}
          label="Allowed email domains"
          hint="Only people whose email address is at one of these domains can sign in this way. Separate them with commas, such as northshire-acute.nhs.uk, nhs.net."
          value={domains}
          onChange={setDomains}
          autoComplete="off"
          spellCheck={false}
          error={problems?.byField.allowedDomains}
        />
        <TextInput
          id={FIELDS.groupsClaim}
          label="Groups claim"
          hint="The ID token claim that lists the person’s groups. Microsoft Entra ID uses groups, with each group’s object id."
          value={groupsClaim}
          onChange={setGroupsClaim}
          autoComplete="off"
          spellCheck={false}
          width={20}
          code
          error={problems?.byField.groupsClaim}
        />

        <Heading spaceAbove>Groups and the roles they give</Heading>
        <Paragraph>
          People get the roles of every group they are in, in {orgName}, each time they sign in this way. Roles an administrator gave them are left alone. A group cannot make anyone a
          system administrator.
        </Paragraph>
        {mappings.map((row, index) => (
          <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-6" key={row.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Group {index + 1}</legend>
            <TextInput
              id={groupId(index)}
              label="Group"
              hint="As the ID token names it: for Entra ID, the group’s object id."
              value={row.group}
              onChange={(group) => changeRow(row.key, { group })}
              autoComplete="off"
              spellCheck={false}
              code
              error={rowError(index, 'group')}
            />
            <Checkboxes
              id={groupRolesId(index)}
              legend={`Roles for group ${index + 1}`}
              legendSize="s"
              small
              items={roles.map((role) => ({ value: role.id, label: role.label }))}
              values={row.roles}
              onChange={(values) => changeRow(row.key, { roles: values })}
              error={rowError(index, 'roles')}
            />
            <Button variant="secondary" type="button" small onClick={() => setMappings((rows) => rows.filter((r) => r.key !== row.key))}>
              Remove group {index + 1}
            </Button>
          </fieldset>
        ))}
        <Button variant="secondary" type="button" onClick={() => setMappings((rows) => [...rows, { key: nextKey.current++, group: '', roles: [] }])}>
          Add a group
        </Button>

        <Checkboxes
          id={FIELDS.options}
          legend="Options"
          legendHeadingLevel={2}
          items={[
            { value: 'enabled', label: 'Switched on', hint: 'People can sign in with this connection.' },
            {
              value: 'jitProvisioning',
              label: 'Create accounts at first sign-in',
              hint: 'For people whose groups give at least one role. They have no password. When this is off, only people who already have an account can sign in this way.',
            },
            {
              value: 'trustIdpMfa',
              label: 'Accept the identity provider’s multi-factor authentication',
              hint: 'When the ID token says a second factor was used, Bulwark does not ask for its own. When this is off, Bulwark’s own second-factor rules apply.',
            },
          ]}
          values={options}
          onChange={setOptions}
        />

        <ButtonGroup>
          <Button busy={save.isPending}>{conflict ? 'Save my changes anyway' : connection ? 'Save connection' : 'Add connection'}</Button>
          <Link to={listPath}>Cancel</Link>
        </ButtonGroup>
      </form>

      {connection && (
        <WarningCallout heading="Remove this connection">
          <Paragraph>People who signed in with it will need their password or passkey. Their accounts and roles stay.</Paragraph>
          {confirmingRemoval ? (
            <ButtonGroup>
              <Button variant="warning" type="button" busy={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: () => onSaved(`${connection.name} has been removed.`) })}>
                Yes, remove {connection.name}
              </Button>
              <Button variant="secondary" type="button" onClick={() => setConfirmingRemoval(false)}>
                No, keep it
              </Button>
            </ButtonGroup>
          ) : (
            <Button variant="warning" type="button" onClick={() => setConfirmingRemoval(true)}>
              Remove connection
            </Button>
          )}
        </WarningCallout>
      )}
    </>
  );
}

/** Points the summary's links for a group mapping's problems at that row's fields. */
function withRowFields(problems: FormProblems | null, error: unknown): FormProblems | null {
  if (!problems || !isApiError(error)) return problems;
  const items = problems.items.map((item) => {
    const rowError = error.errors.find((e) => e.message === item.text && /^groupRoles\.\d+\.(group|roles)$/.test(e.field));
    if (!rowError) return item;
    const [, index, part] = rowError.field.split('.');
    return { ...item, fieldId: part === 'group' ? groupId(Number(index)) : groupRolesId(Number(index)) };
  });
  return { ...problems, items };
}
