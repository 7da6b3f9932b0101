// An audit record in words: what happened, to which record, by whom, and which fields changed from
// what to what — names instead of ids, labels instead of codes, UK times. Pure: the names come in.
import type { ReadableAuditEvent } from '../../../contract/audit.js';
import type { AuditEventView } from '../../../platform/audit/audit-trail.js';
import { isRole, ROLE_LABELS } from '../../../platform/policy/roles.js';
import { actionLabel, recordTypeLabel, sentence } from './action-labels.js';

/** Names looked up for the ids a page of records mentions. */
export interface KnownNames {
  people: ReadonlyMap<string, { name: string; email: string }>;
  organisations: ReadonlyMap<string, string>;
}

export type AuditChange = ReadableAuditEvent['changes'][number];

/** Bookkeeping that says nothing to a reader: ids (the full record keeps them) and version counters. */
const NOT_SHOWN = new Set(['id', 'userId', 'passkeyId', 'connectionId', 'version', 'createdAt', 'updatedAt', 'lastLoginAt', 'typeLabel']);

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  displayName: 'Name',
  email: 'Email address',
  status: 'Status',
  active: 'Active',
  roles: 'Roles',
  rolesAdded: 'Roles added',
  rolesRemoved: 'Roles removed',
  added: 'Roles added',
  removed: 'Roles removed',
  granted: 'Roles added',
  revoked: 'Roles removed',
  type: 'Type',
  odsCode: 'ODS code',
  dsptCategory: 'DSPT category',
  mfaPolicy: 'Second factor needed by',
  parentId: 'Part of',
  failures: 'Failed attempts in a row',
  sessionsEnded: 'Login sessions ended',
  otherSessionsEnded: 'Other login sessions ended',
  method: 'Signed in with',
  stage: 'Sign-in stage',
  secondFactor: 'Second factor',
  expiresAt: 'Expires',
  scopes: 'Scopes',
  kind: 'Kind',
  passwordSet: 'Password set',
  recoveryCodesIssued: 'Recovery codes issued',
  deviceType: 'Device type',
  backedUp: 'Backed up by its provider',
  session: 'Login session',
  externalId: 'Identifier at the identity provider',
  sha256: 'File checksum (SHA-256)',
  bytes: 'Size in bytes',
  auditRecords: 'Audit records',
};

/** Fields whose values are role ids. */
const ROLE_FIELDS = new Set(['roles', 'rolesAdded', 'rolesRemoved', 'added', 'removed', 'granted', 'revoked']);

/** Coded values, per field, in words. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: { active: 'Active', deactivated: 'Deactivated' },
  mfaPolicy: { privileged: 'People in privileged roles', everyone: 'Everyone' },
  dsptCategory: { 'category-1': 'Category 1', 'category-2': 'Category 2', 'category-3': 'Category 3', 'category-4': 'Category 4' },
  method: { password: 'Password', passkey: 'Passkey', sso: 'Single sign-on' },
  secondFactor: { totp: 'Authenticator app', 'recovery-code': 'Recovery code', passkey: 'Passkey' },
  stage: { complete: 'Signed in', 'second-factor': 'Second factor still to give', enrolment: 'Second factor still to set up' },
  kind: { personal: 'Personal', service: 'Service', scim: 'Provisioning (SCIM)' },
};

const UK_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function describeEvent(event: AuditEventView, names: KnownNames): ReadableAuditEvent {
  return {
    ...event,
    summary: actionLabel(event.action),
    recordType: recordTypeLabel(event.entityType),
    subject: subjectOf(event, names),
    actorName: actorNameOf(event, names),
    orgName: event.orgId ? (names.organisations.get(event.orgId) ?? null) : null,
    changes: changesOf(event.before, event.after, names),
  };
}

/** Every id a record mentions that a name can replace. */
export function idsToName(event: AuditEventView): { people: string[]; organisations: string[] } {
  const people = [event.actorId, event.entityType === 'user' ? event.entityId : null];
  const organisations = [event.orgId, event.entityType === 'organisation' ? event.entityId : null];
  for (const state of [event.before, event.after]) {
    const parentId = fieldsOf(state)?.parentId;
    if (typeof parentId === 'string') organisations.push(parentId);
  }
  return { people: people.filter((id) => id !== null), organisations: organisations.filter((id) => id !== null) };
}

/** Who did it: their name now, else the label the record kept (an email, or the command line's user). */
function actorNameOf(event: AuditEventView, names: KnownNames): string {
  const person = event.actorId ? names.people.get(event.actorId) : undefined;
  if (person) return person.name;
  if (event.actorLabel === 'demo-loader') return 'Demo data loader';
  if (event.actorLabel.startsWith('cli:')) return `Command line (${event.actorLabel.slice(4)})`;
  return event.actorLabel;
}

/** The record changed, as a person would name it: looked up by id, else the name or email it carried. */
function subjectOf(event: AuditEventView, names: KnownNames): string | null {
  if (event.entityId && event.entityType === 'user') {
    const person = names.people.get(event.entityId);
    if (person) return person.name;
  }
  if (event.entityId && event.entityType === 'organisation') {
    const organisation = names.organisations.get(event.entityId);
    if (organisation) return organisation;
  }
  for (const state of [event.after, event.before]) {
    const fields = fieldsOf(state);
    for (const key of ['name', 'displayName', 'email', 'ref', 'catalogue']) {
      const value = fields?.[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return event.entityType.startsWith('catalogue') && event.entityId ? event.entityId : null;
}

/**
 * The fields that differ between before and after, in words. A record created has only "after"
 * values, one removed only "before" values.
 */
export function changesOf(before: unknown, after: unknown, names: KnownNames): AuditChange[] {
  const was = fieldsOf(before);
  const now = fieldsOf(after);
  const keys = [...new Set([...Object.keys(now ?? {}), ...Object.keys(was ?? {})])].filter((key) => !NOT_SHOWN.has(key));
  const changes: AuditChange[] = [];
  for (const key of keys) {
    const from = was && key in was ? valueInWords(key, was[key], was, names) : null;
    const to = now && key in now ? valueInWords(key, now[key], now, names) : null;
    if (was && now && JSON.stringify(was[key]) === JSON.stringify(now[key])) continue;
    if (from === null && to === null) continue;
    changes.push({ field: key, label: FIELD_LABELS[key] ?? sentence(key), before: from, after: to });
  }
  return changes;
}

/** A state as named fields; a bare value (rare) becomes one field called "value". */
function fieldsOf(state: unknown): Record<string, unknown> | null {
  if (state === null || state === undefined) return null;
  if (typeof state === 'object' && !Array.isArray(state)) return state as Record<string, unknown>;
  return { value: state };
}

function valueInWords(field: string, value: unknown, state: Record<string, unknown>, names: KnownNames): string | null {
  if (value === null || value === undefined) return null;
  if (field === 'type' && typeof state.typeLabel === 'string') return state.typeLabel;
  if (field === 'parentId' && typeof value === 'string') return names.organisations.get(value) ?? value;
  if (Array.isArray(value)) {
    const items = value.map((item) => (ROLE_FIELDS.has(field) ? roleInWords(item) : valueInWords(field, item, state, names)));
    return items.length ? items.join(', ') : 'None';
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (ROLE_FIELDS.has(field)) return roleInWords(value);
    const coded = VALUE_LABELS[field]?.[value];
    if (coded) return coded;
    if (INSTANT.test(value)) return UK_TIME.format(new Date(value));
    return value;
  }
  // Nested detail (a connection's group mapping, a catalogue's levels): short enough to read as JSON.
  return JSON.stringify(value);
}

function roleInWords(role: unknown): string {
  return typeof role === 'string' && isRole(role) ? ROLE_LABELS[role] : String(role);
}
