// Reading the record of processing as of an instant: the register's flows and assets (archived ones
// too, since one archived after the instant was live then) with their flags as of then, the
// organisation's name and the details kept for the record, built into the record by domain/ropa.ts.
import type { RecordOfProcessing } from '../../contract/records-of-processing.js';
import type { Db } from '../../platform/db/database.js';
import { getOrganisation } from '../organisations/service.js';
import { buildRecordOfProcessing } from './domain/ropa.js';
import { listFlows } from './flow-reading.js';
import { listAssets } from './register-reading.js';
import { getRopaDetails } from './ropa-details.js';

export async function recordOfProcessing(db: Db, orgId: string, asOf: Date): Promise<RecordOfProcessing> {
  const organisation = await getOrganisation(db, orgId);
  const details = await getRopaDetails(db, orgId);
  const flows = await listFlows(db, orgId, { archived: true }, asOf);
  const assets = await listAssets(db, orgId, { archived: true }, asOf);
  const body = buildRecordOfProcessing({ organisationName: organisation.name, details, flows: flows.items, assets: assets.items, asOf });
  return { asOf: asOf.toISOString(), details, ...body };
}
