// The cyber alerts register's tables: the alerts and the updates written on them. Plain rows only;
// the rules are in domain/ and the service.
import type { Db } from '../../platform/db/database.js';
import type { CyberAlertRow, CyberAlertUpdateRow, NewCyberAlertRow } from '../../platform/db/schema.js';

/** A reference as the register matches it: trimmed, in lower case. */
export function referenceKey(reference: string): string {
  return reference.trim().toLowerCase();
}

export async function insertAlert(db: Db, row: NewCyberAlertRow): Promise<void> {
  await db.insertInto('cyber_alerts').values(row).execute();
}

export async function findAlert(db: Db, orgId: string, id: string): Promise<CyberAlertRow | undefined> {
  return db.selectFrom('cyber_alerts').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findAlertByReference(db: Db, orgId: string, reference: string): Promise<CyberAlertRow | undefined> {
  return db.selectFrom('cyber_alerts').selectAll().where('org_id', '=', orgId).where('reference_key', '=', referenceKey(reference)).executeTakeFirst();
}

/** The whole register of an organisation, latest issued first: tens to hundreds of alerts a year. */
export async function alertsOf(db: Db, orgId: string): Promise<CyberAlertRow[]> {
  return db.selectFrom('cyber_alerts').selectAll().where('org_id', '=', orgId).orderBy('issued_at', 'desc').orderBy('reference_key').execute();
}

/** Alerts neither remediated nor closed, in every organisation: what reminders look at. */
export async function openAlerts(db: Db): Promise<CyberAlertRow[]> {
  return db.selectFrom('cyber_alerts').selectAll().where('state', 'in', ['new', 'acknowledged']).orderBy('org_id').orderBy('issued_at').execute();
}

/** Writes the changed columns if the alert is still at the version read; whether it was. */
export async function updateAlert(db: Db, orgId: string, id: string, version: number, patch: Partial<NewCyberAlertRow>): Promise<boolean> {
  const result = await db.updateTable('cyber_alerts').set({ ...patch, version: version + 1 }).where('org_id', '=', orgId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertUpdate(db: Db, row: CyberAlertUpdateRow): Promise<void> {
  await db.insertInto('cyber_alert_updates').values(row).execute();
}

export async function updatesOf(db: Db, orgId: string, alertId: string): Promise<CyberAlertUpdateRow[]> {
  return db.selectFrom('cyber_alert_updates').selectAll().where('org_id', '=', orgId).where('alert_id', '=', alertId).orderBy('written_at').orderBy('id').execute();
}
