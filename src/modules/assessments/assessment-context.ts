// What assessment use cases receive: the database, who acts and when, and what the person may do in
// this organisation beyond the route's own action (absent for the command line, which may do all).
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';

export interface Abilities {
  /** May answer outcomes not assigned to them. */
  respondAny: boolean;
  /** May mark an outcome agreed. */
  agree: boolean;
}

export interface AssessmentContext {
  db: Db;
  actor: Actor;
  now: Date;
  abilities?: Abilities;
}
