// Reading the audit trail as people do: a page of an organisation's records, or a person's sign-in
// activity, each record put into words with the names of the people and organisations it mentions.
import type { AuditActions, AuditPage, ReadableAuditEvent } from '../../contract/audit.js';
import { type AuditEventView, type AuditQuery, identityEventsOf, listAuditEvents } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import * as accounts from '../accounts/service.js';
import * as organisations from '../organisations/service.js';
import { AUDIT_ACTION_AREAS, RECORD_TYPE_LABELS } from './domain/action-labels.js';
import { describeEvent, idsToName, type KnownNames } from './domain/readable-event.js';

/** Enough to see a pattern of failed sign-ins; the organisation's trail has the rest. */
const ACTIVITY_LIMIT = 50;

export async function auditTrail(db: Db, query: AuditQuery): Promise<AuditPage> {
  const { events, nextBeforeSeq } = await listAuditEvents(db, query);
  return { events: await inWords(db, events), nextBefore: nextBeforeSeq };
}

/** A member's own sign-ins, failures and credential changes, which belong to no organisation's trail. */
export async function personActivity(db: Db, orgId: string, userId: string): Promise<ReadableAuditEvent[]> {
  await accounts.getMember(db, orgId, userId); // someone with no role here is not found, as elsewhere
  return inWords(db, await identityEventsOf(db, userId, ACTIVITY_LIMIT));
}

export function auditActions(): AuditActions {
  return {
    areas: AUDIT_ACTION_AREAS.map((area) => ({
      prefix: area.prefix,
      label: area.label,
      actions: Object.entries(area.actions).map(([action, label]) => ({ action, label })),
    })),
    recordTypes: Object.entries(RECORD_TYPE_LABELS).map(([entityType, label]) => ({ entityType, label })),
  };
}

/** Looks up, once per page, the names of everyone and every organisation the records mention. */
async function inWords(db: Db, events: AuditEventView[]): Promise<ReadableAuditEvent[]> {
  const wanted = events.map(idsToName);
  const [people, organisationNames] = await Promise.all([
    accounts.peopleByIds(db, wanted.flatMap((ids) => ids.people)),
    organisations.organisationNames(db, wanted.flatMap((ids) => ids.organisations)),
  ]);
  const names: KnownNames = { people: new Map(people.map((person) => [person.id, person])), organisations: organisationNames };
  return events.map((event) => describeEvent(event, names));
}
