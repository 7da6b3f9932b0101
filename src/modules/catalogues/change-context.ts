// What a change to catalogues or an organisation's expected levels needs: the database, who acts, and when.
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';

export interface ChangeContext {
  db: Db;
  actor: Actor;
  now: Date;
}
