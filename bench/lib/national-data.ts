// Generated data at national scale, with a fixed seed, so that benchmarks read from tables the size
// an NHS-wide installation would have: a national body over 42 integrated care systems, each with
// its ICB, trusts (with sites and departments), GP practices and social care providers, and the
// people who use Bulwark in them. Rows are written straight into the tables in large batches; every
// generated account shares one password hash, since nobody signs in as them.
import { randomUUID } from 'node:crypto';
import { type Insertable, SqliteAdapter, sql } from 'kysely';
import type { Db } from '../../src/platform/db/database.js';
import type { Database } from '../../src/platform/db/schema.js';
import { hashPassword } from '../../src/modules/accounts/domain/credentials.js';
import { mulberry32 as seededRandom } from '../../src/platform/seeded-random.js';

// England's shape (NHS England, 2024): 42 ICSs, about 210 trusts, about 6,300 GP practices.
export const NATIONAL_SHAPE = {
  integratedCareSystems: 42,
  trustsPerSystem: 5,
  gpPracticesPerSystem: 150,
  socialCareProvidersPerSystem: 36,
  sitesPerTrust: 5,
  departmentsPerTrust: 10,
  accountsPerTrust: 20,
  accountsPerPractice: 3,
  accountsPerCareProvider: 2,
  openSessions: 5_000,
};

const TRUST_ROLES = ['org-admin', 'siro', 'dpo', 'caldicott-guardian', 'ig-lead', 'security-lead', 'security-analyst', 'information-asset-owner', 'line-manager', 'auditor', 'staff'];

export interface GeneratedCounts {
  organisations: number;
  users: number;
  memberships: number;
  sessions: number;
}

export async function generateNationalData(db: Db, seed = 20261128): Promise<GeneratedCounts> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const at = new Date('2026-11-01T09:00:00.000Z').toISOString();
  const passwordHash = await hashPassword('generated-account-no-sign-in');

  const organisations: Insertable<Database['organisations']>[] = [];
  const users: Insertable<Database['users']>[] = [];
  const memberships: Insertable<Database['memberships']>[] = [];
  // Generated codes count up from 0 per prefix (R00, R01 … for 210 trusts), well clear of the demo's Z-series.
  const serials = new Map<string, number>();
  const code = (prefix: string, width: number) => {
    const n = serials.get(prefix) ?? 0;
    serials.set(prefix, n + 1);
    return `${prefix}${n.toString(36).toUpperCase().padStart(width, '0')}`;
  };

  const addOrg = (parent: Insertable<Database['organisations']> | null, name: string, type: string, odsCode: string | null) => {
    const id = randomUUID();
    const row = { id, parent_id: parent?.id ?? null, path: `${parent?.path ?? '/'}${id}/`, name, type, ods_code: odsCode, dspt_category: null, created_at: at, updated_at: at, version: 1 };
    organisations.push(row);
    return row;
  };
  const addPeople = (org: Insertable<Database['organisations']>, count: number, roles: readonly string[]) => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      users.push({ id, email: `person${users.length}@generated.example`, name: `Generated Person ${users.length}`, password_hash: passwordHash, deactivated_at: null, failed_login_count: 0, locked_until: null, last_login_at: null, created_at: at, updated_at: at, version: 1 });
      memberships.push({ id: randomUUID(), user_id: id, org_id: org.id, role: i === 0 ? 'org-admin' : pick(roles), created_at: at });
    }
  };

  const s = NATIONAL_SHAPE;
  const nation = addOrg(null, 'National body (generated)', 'national-body', null);
  for (let c = 0; c < s.integratedCareSystems; c++) {
    const ics = addOrg(nation, `Generated ICS ${c + 1}`, 'ics', null);
    addPeople(ics, 3, ['security-lead', 'auditor']);
    addOrg(ics, `Generated ICB ${c + 1}`, 'icb', code('Q', 2));
    for (let t = 0; t < s.trustsPerSystem; t++) {
      const trust = addOrg(ics, `Generated Trust ${c + 1}.${t + 1}`, 'nhs-trust', code('R', 2));
      addPeople(trust, s.accountsPerTrust, TRUST_ROLES);
      for (let i = 0; i < s.sitesPerTrust; i++) addOrg(trust, `Site ${i + 1}`, 'site', `${trust.ods_code}${String(i + 1).padStart(2, '0')}`);
      for (let i = 0; i < s.departmentsPerTrust; i++) addOrg(trust, `Department ${i + 1}`, 'department', null);
    }
    for (let p = 0; p < s.gpPracticesPerSystem; p++) {
      const practice = addOrg(ics, `Generated Practice ${c + 1}.${p + 1}`, 'gp-practice', `${'ABCDEFGHJKLMNPQ'[c % 15]}${String(c * 1000 + p).padStart(5, '0')}`);
      addPeople(practice, s.accountsPerPractice, ['ig-lead', 'staff', 'line-manager']);
    }
    for (let p = 0; p < s.socialCareProvidersPerSystem; p++) {
      const provider = addOrg(ics, `Generated Care Provider ${c + 1}.${p + 1}`, 'social-care-provider', code('8G', 3));
      addPeople(provider, s.accountsPerCareProvider, ['ig-lead', 'staff']);
    }
  }
  const sessions: Insertable<Database['sessions']>[] = [];
  for (let i = 0; i < s.openSessions; i++) {
    const user = pick(users);
    sessions.push({ id: randomUUID().replaceAll('-', '').padEnd(64, '0'), user_id: user.id, csrf_token: randomUUID(), created_at: at, last_seen_at: at, expires_at: '2099-01-01T00:00:00.000Z', ip: '127.0.0.1', user_agent: 'generated' });
  }

  await db.transaction().execute(async (tx) => {
    await insertInBatches(tx, 'organisations', organisations);
    await insertInBatches(tx, 'users', users);
    await insertInBatches(tx, 'memberships', memberships);
    await insertInBatches(tx, 'sessions', sessions);
  });
  // Autovacuum would gather planner statistics on a live PostgreSQL installation; do it now.
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) await sql`analyze`.execute(db);
  return { organisations: organisations.length, users: users.length, memberships: memberships.length, sessions: sessions.length };
}

async function insertInBatches<T extends keyof Database>(db: Db, table: T, rows: Insertable<Database[T]>[], batch = 500) {
  for (let i = 0; i < rows.length; i += batch) {
    await db.insertInto(table).values(rows.slice(i, i + batch)).execute();
  }
}
