// Each organisation's remediation deadlines and its edits to the end-of-support table. Until an
// organisation saves its own deadlines, Bulwark's defaults apply (Cyber Essentials' 14 days for
// critical and high); until it edits the table, the built-in rows do.
import type { DeadlineSettingsAnswer, EndOfSupportRowView, EndOfSupportTableView } from '../../contract/vulnerabilities.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { staleChangeBy } from '../accounts/service.js';
import { checkDeadlineSettings, DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from './domain/remediation-deadlines.js';
import { checkEndOfSupportEdit, type EndOfSupportEdit, type EndOfSupportRow, mergeEndOfSupport } from './domain/end-of-support.js';
import { BUILT_IN_END_OF_SUPPORT } from './domain/end-of-support-table.js';
import * as store from './settings-store.js';

type Ctx = Pick<RequestContext, 'db' | 'actor' | 'now'>;

/** The deadlines an organisation's findings are held to. */
export async function deadlineSettingsFor(db: Db, orgId: string): Promise<DeadlineSettings> {
  return (await deadlineSettingsAnswer(db, orgId)).settings;
}

export async function deadlineSettingsAnswer(db: Db, orgId: string): Promise<DeadlineSettingsAnswer> {
  const row = await store.findDeadlineSettings(db, orgId);
  const defaults = { ...DEFAULT_DEADLINE_SETTINGS };
  if (!row) return { settings: defaults, isDefault: true, defaults, version: 0, updatedAt: null, updatedBy: null };
  return {
    settings: { critical: row.critical_days, high: row.high_days, medium: row.medium_days, low: row.low_days, kev: row.kev_days },
    isDefault: false,
    defaults,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedBy: row.updated_by,
  };
}

/** Saves the deadlines at the version read; a colleague's save in between is refused with theirs shown. */
export async function saveDeadlineSettings(ctx: Ctx, orgId: string, body: { version: number; settings: unknown }): Promise<DeadlineSettingsAnswer> {
  const checked = checkDeadlineSettings(body.settings);
  if (!checked.ok) throw new ValidationFailed('The remediation deadlines cannot be saved', checked.problems);
  const s = checked.value;
  return inTransaction(ctx.db, async (tx) => {
    const before = await deadlineSettingsAnswer(tx, orgId);
    const row = { org_id: orgId, critical_days: s.critical, high_days: s.high, medium_days: s.medium, low_days: s.low, kev_days: s.kev, version: body.version + 1, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId };
    if (!(await store.saveDeadlineSettings(tx, row, body.version))) {
      // Read again: the colleague's save may have been committed while this one waited for it.
      const current = await deadlineSettingsAnswer(tx, orgId);
      throw await staleChangeBy(tx, 'The remediation deadlines were changed by someone else since you loaded them. Theirs are shown; make your change again.', current, current.updatedBy, current.updatedAt ?? '');
    }
    const after = await deadlineSettingsAnswer(tx, orgId);
    await recordAudit(tx, ctx.actor, { action: 'finding.deadlines-change', entityType: 'remediation-deadlines', entityId: orgId, orgId, before: before.settings, after: after.settings }, ctx.now);
    return after;
  });
}

async function editsOf(db: Db, orgId: string): Promise<{ edits: EndOfSupportEdit[]; version: number; updatedBy: string | null; updatedAt: string }> {
  const row = await store.findEndOfSupportEdits(db, orgId);
  return row ? { edits: JSON.parse(row.edits) as EndOfSupportEdit[], version: row.version, updatedBy: row.updated_by, updatedAt: new Date(row.updated_at).toISOString() } : { edits: [], version: 0, updatedBy: null, updatedAt: '' };
}

/** The end-of-support rows an organisation's hosts are matched against: the built-in ones with its edits over them. */
export async function endOfSupportRowsFor(db: Db, orgId: string): Promise<EndOfSupportRow[]> {
  return mergeEndOfSupport((await editsOf(db, orgId)).edits);
}

function tableView(edits: readonly EndOfSupportEdit[], version: number): EndOfSupportTableView {
  const builtIn = new Set(BUILT_IN_END_OF_SUPPORT.map((r) => r.id));
  const edited = new Set(edits.filter((e) => !('removed' in e)).map((e) => e.id));
  const rows: EndOfSupportRowView[] = mergeEndOfSupport(edits).map((r) => ({
    id: r.id,
    product: r.product,
    version: r.version,
    names: [...r.names],
    except: [...(r.except ?? [])],
    endOfSupport: r.endOfSupport,
    support: r.support,
    source: r.source,
    origin: !builtIn.has(r.id) ? 'added' : edited.has(r.id) ? 'edited' : 'built-in',
  }));
  const removed = edits.filter((e) => 'removed' in e && builtIn.has(e.id)).map((e) => e.id);
  return { rows, removed, version };
}

export async function endOfSupportTable(db: Db, orgId: string): Promise<EndOfSupportTableView> {
  const { edits, version } = await editsOf(db, orgId);
  return tableView(edits, version);
}

/**
 * Puts a row in place (replacing a built-in row with its id, or adding one), takes a built-in row out
 * ({ id, removed: true }), or with `restore` drops the organisation's edit of an id, so the built-in row
 * (if any) applies again. Saved at the table's version read.
 */
export async function editEndOfSupport(ctx: Ctx, orgId: string, body: { version: number; row: unknown }, restore?: string): Promise<EndOfSupportTableView> {
  let edit: EndOfSupportEdit | null = null;
  if (restore === undefined) {
    const checked = checkEndOfSupportEdit(body.row);
    if (!checked.ok) throw new ValidationFailed('The end-of-support row cannot be saved', checked.problems);
    edit = checked.value;
  }
  return inTransaction(ctx.db, async (tx) => {
    const held = await editsOf(tx, orgId);
    const id = restore ?? edit!.id;
    if (restore !== undefined && !held.edits.some((e) => e.id === id)) throw new NotFound(`The organisation has not changed the end-of-support row ${id.slice(0, 60)}.`);
    if (edit && 'removed' in edit && !BUILT_IN_END_OF_SUPPORT.some((r) => r.id === id)) {
      // An added row is taken away by restoring (dropping the edit); only built-in rows are "removed".
      if (!held.edits.some((e) => e.id === id)) throw new NotFound(`There is no end-of-support row ${id.slice(0, 60)} to take out.`);
    }
    const others = held.edits.filter((e) => e.id !== id);
    const isAddedRow = !BUILT_IN_END_OF_SUPPORT.some((r) => r.id === id);
    const next = edit && !('removed' in edit && isAddedRow) ? [...others, edit] : others;
    const row = { org_id: orgId, edits: JSON.stringify(next), version: body.version + 1, updated_at: ctx.now.toISOString(), updated_by: ctx.actor.userId };
    if (!(await store.saveEndOfSupportEdits(tx, row, body.version))) {
      const current = await editsOf(tx, orgId);
      throw await staleChangeBy(tx, 'The end-of-support table was changed by someone else since you loaded it. Theirs is shown; make your change again.', tableView(current.edits, current.version), current.updatedBy, current.updatedAt);
    }
    const before = held.edits.find((e) => e.id === id) ?? BUILT_IN_END_OF_SUPPORT.find((r) => r.id === id) ?? null;
    const after = next.find((e) => e.id === id) ?? BUILT_IN_END_OF_SUPPORT.find((r) => r.id === id) ?? null;
    await recordAudit(tx, ctx.actor, { action: 'finding.end-of-support-change', entityType: 'end-of-support-row', entityId: id, orgId, before, after }, ctx.now);
    return tableView(next, body.version + 1);
  });
}
