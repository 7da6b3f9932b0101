// The organisation's audit trail: who changed what and when, in words, with the fields that changed.
// Filters and the page position live in the address, so a filtered view can be bookmarked or shared.
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, ButtonGroup } from '../../../components/Button';
import { GridColumn, GridRow } from '../../../components/Content';
import { ProblemSummary } from '../../../components/ErrorSummary';
import { PageHeading } from '../../../components/PageHeading';
import { Pagination } from '../../../components/Pagination';
import { Announce, Loading, NotAllowed, PageProblem } from '../../../components/Status';
import { Select, type SelectOption, type SelectOptionGroup } from '../../../components/Select';
import { TextInput } from '../../../components/TextInput';
import { isApiError } from '../../../lib/api-client';
import { can, useCurrentOrganisation, useOrgId } from '../../../lib/current-org';
import { endOfLondonDay, formatDate, startOfLondonDay } from '../../../lib/format';
import { formProblems } from '../../../lib/form-problems';
import { usePageTitle } from '../../../lib/page-title';
import { type AuditActions, useAuditActions } from '../api/get-audit-actions';
import { type AuditQuery, useAuditEvents } from '../api/get-audit-events';
import { AuditEventsTable } from '../components/AuditEventsTable';
import { Heading, Paragraph } from '../../../components/Typography';

const PAGE_SIZE = 25;
const FILTERS = ['action', 'actor', 'entityType', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
const FIELDS: Record<Filter, string> = {
  action: 'filter-action',
  actor: 'filter-actor',
  entityType: 'filter-entity-type',
  from: 'filter-from',
  to: 'filter-to',
};

export function AuditPage() {
  const orgId = useOrgId();
  const organisation = useCurrentOrganisation();
  const [searchParams, setSearchParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((name) => [name, searchParams.get(name) ?? ''])) as Record<Filter, string>;
  const before = Number(searchParams.get('before')) || undefined;
  const query = toQuery(applied, before);
  // Ask only once it is known the person may read it.
  const audit = useAuditEvents(orgId, query, { enabled: can(organisation.data, 'audit.read') });
  const actions = useAuditActions(orgId, { enabled: can(organisation.data, 'audit.read') });
  const [draft, setDraft] = useState(applied);
  const problems = formProblems(audit.error, FIELDS);
  usePageTitle(`${problems ? 'Error: ' : ''}Audit trail`, organisation.data?.name);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <PageProblem error={organisation.error} />;
  if (!can(organisation.data, 'audit.read') || (isApiError(audit.error) && audit.error.status === 403)) {
    return <NotAllowed reason="Administrators, the SIRO and auditors may read an organisation’s audit trail." />;
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTERS) if (draft[name].trim()) next.set(name, draft[name].trim());
    setSearchParams(next);
  }

  function clear() {
    setDraft({ action: '', actor: '', entityType: '', from: '', to: '' });
    setSearchParams(new URLSearchParams());
  }

  const filtered = FILTERS.some((name) => applied[name]);
  const olderParams = new URLSearchParams(searchParams);
  if (audit.data?.nextBefore != null) olderParams.set('before', String(audit.data.nextBefore));
  const newestParams = new URLSearchParams(searchParams);
  newestParams.delete('before');
  const set = (name: Filter) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));

  return (
    <>
      <ProblemSummary problems={problems} />
      <PageHeading caption={organisation.data.name}>Audit trail</PageHeading>
      <Paragraph>
        Every change to {organisation.data.name}’s records and those of the organisations below it, newest first: who made it, when, and what changed.
      </Paragraph>

      <form className="app-filters" onSubmit={apply} noValidate aria-labelledby="audit-filters">
        <Heading size="s" id="audit-filters">
          Filter the audit trail
        </Heading>
        <GridRow>
          <GridColumn width="one-third">
            {actions.isError ? (
              // Without the list of actions, the filter still takes an action's code or the start of one.
              <TextInput id={FIELDS.action} label="What happened" hint="An action’s code, such as member.roles" value={draft.action} onChange={set('action')} spellCheck={false} autoComplete="off" error={problems?.byField.action} />
            ) : (
              <Select id={FIELDS.action} label="What happened" value={draft.action} onChange={set('action')} options={actionOptions(actions.data, draft.action)} error={problems?.byField.action} />
            )}
          </GridColumn>
          <GridColumn width="one-third">
            <TextInput id={FIELDS.actor} label="Person" hint="Their email address, or part of it" value={draft.actor} onChange={set('actor')} spellCheck={false} autoComplete="off" error={problems?.byField.actor} />
          </GridColumn>
          <GridColumn width="one-third">
            {actions.isError ? (
              <TextInput id={FIELDS.entityType} label="Record type" hint="Such as user or organisation" value={draft.entityType} onChange={set('entityType')} spellCheck={false} autoComplete="off" error={problems?.byField.entityType} />
            ) : (
              <Select id={FIELDS.entityType} label="Record type" value={draft.entityType} onChange={set('entityType')} options={recordTypeOptions(actions.data, draft.entityType)} error={problems?.byField.entityType} />
            )}
          </GridColumn>
        </GridRow>
        <GridRow>
          <GridColumn width="one-third">
            <TextInput id={FIELDS.from} label="From" hint="On or after this day" type="date" value={draft.from} onChange={set('from')} error={problems?.byField.from} />
          </GridColumn>
          <GridColumn width="one-third">
            <TextInput id={FIELDS.to} label="To" hint="On or before this day" type="date" value={draft.to} onChange={set('to')} error={problems?.byField.to} />
          </GridColumn>
        </GridRow>
        <ButtonGroup>
          <Button variant="secondary">Apply filters</Button>
          {filtered && (
            <Button variant="secondary" type="button" onClick={clear}>
              Clear filters
            </Button>
          )}
        </ButtonGroup>
      </form>

      <Heading>
        {filtered ? 'Matching records' : 'Records'}
        {before ? ' (older)' : ''}
      </Heading>
      {audit.isPending && <Loading>Loading the audit trail…</Loading>}
      <Announce>
        {audit.data &&
          (audit.data.events.length > 0 ? (
            <Paragraph size="s">
              Showing {audit.data.events.length} {audit.data.events.length === 1 ? 'record' : 'records'}
              {describeRange(applied)}.
            </Paragraph>
          ) : (
            <Paragraph>{filtered ? 'No records match these filters.' : 'Nothing has been recorded yet.'}</Paragraph>
          ))}
      </Announce>
      {audit.data && audit.data.events.length > 0 && (
        <AuditEventsTable events={audit.data.events} caption={`Audit records for ${organisation.data.name}, newest first`} orgId={orgId} />
      )}
      <Pagination
        label="Audit trail pages"
        previous={before ? { to: { search: newestParams.size > 0 ? `?${newestParams.toString()}` : '' }, text: 'Newest records' } : undefined}
        next={audit.data?.nextBefore != null ? { to: { search: `?${olderParams.toString()}` }, text: 'Older records' } : undefined}
      />
    </>
  );
}

/** "Anything", then each group of actions: the whole group first, then its actions one by one. */
function actionOptions(list: AuditActions | undefined, current: string): Array<SelectOption | SelectOptionGroup> {
  const groups: SelectOptionGroup[] = (list?.areas ?? []).map((area) => ({
    group: area.label,
    options: [{ value: area.prefix, text: `Anything about ${area.label.toLowerCase()}` }, ...area.actions.map((entry) => ({ value: entry.action, text: entry.label }))],
  }));
  return [{ value: '', text: 'Anything' }, ...unlisted(current, groups.flatMap((group) => group.options)), ...groups];
}

function recordTypeOptions(list: AuditActions | undefined, current: string): SelectOption[] {
  const types = (list?.recordTypes ?? []).map((type) => ({ value: type.entityType, text: type.label }));
  return [{ value: '', text: 'Any' }, ...unlisted(current, types), ...types];
}

/** A filter value from the address that is not in the list (typed by hand) still shows as chosen. */
function unlisted(current: string, options: SelectOption[]): SelectOption[] {
  return current && !options.some((option) => option.value === current) ? [{ value: current, text: current }] : [];
}

/** The page's filters as the API wants them: UK calendar days become UTC instants. */
function toQuery(applied: Record<Filter, string>, before: number | undefined): AuditQuery {
  const query: AuditQuery = { limit: PAGE_SIZE };
  if (applied.action) query.action = applied.action;
  if (applied.actor) query.actor = applied.actor;
  if (applied.entityType) query.entityType = applied.entityType;
  const from = applied.from ? startOfLondonDay(applied.from) : null;
  const to = applied.to ? endOfLondonDay(applied.to) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  if (before) query.before = before;
  return query;
}

function describeRange(applied: Record<Filter, string>): string {
  const from = applied.from ? formatDate(`${applied.from}T12:00:00Z`) : '';
  const to = applied.to ? formatDate(`${applied.to}T12:00:00Z`) : '';
  if (from && to) return ` from ${from} to ${to}`;
  if (from) return ` from ${from}`;
  if (to) return ` up to ${to}`;
  return '';
}
