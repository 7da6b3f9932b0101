// What every service call receives: the database, the settings, who is acting and when.
import type { Actor } from './audit/audit-trail.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { Engine } from './db/engine.js';
import type { EmailService } from './email/email-service.js';
import type { DeploymentIdentity } from './identity/deployment-identity.js';
import type { Principal } from './policy/principal.js';
import type { SecretBox } from './secrets/secret-box.js';

export interface AppContext {
  db: Db;
  engine: Engine;
  config: Config;
  /** Seals and opens the secrets stored in the database. */
  secrets: SecretBox;
  /** Sends email when SMTP_URL is set (see docs/email.md). */
  email: EmailService;
  /** How this installation names and shows itself: header, titles, emails and exported documents. */
  identity: DeploymentIdentity;
}

export interface RequestContext extends AppContext {
  principal: Principal;
  actor: Actor;
  now: Date;
}

export function actorOf(principal: Principal, requestId?: string): Actor {
  return { userId: principal.user.id, label: principal.user.email, requestId: requestId ?? null };
}
