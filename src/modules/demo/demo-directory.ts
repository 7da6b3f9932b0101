// The demo trust's directories: an Active Directory export matching its 200 demo staff, and a few
// cloud-only admin accounts from Entra ID, brought in through the import pipeline with the built-in
// mappings as a Trust would. Times are placed relative to now, so the findings mean the same whenever
// the demo is loaded: Digital Services staff's admin accounts sharing their owners' employee IDs (in
// the cloud too, so their manager reviews them all), leavers still enabled (one of them privileged and
// used after leaving), dormant and never-used accounts, service and shared logins, a privileged cloud
// account without MFA, and an account whose employee ID matches nobody.
import { Readable } from 'node:stream';
import { ukDateOf } from '../../platform/as-of.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { runImport } from '../../platform/imports/run-import.js';
import * as directory from '../directory/service.js';
import { demoStaffAssignments } from './demo-staff.js';

const DAY_MS = 86_400_000;
const DOMAIN = 'DC=northshire-acute,DC=nhs,DC=uk';
const HEADINGS = ['DistinguishedName', 'Enabled', 'SamAccountName', 'UserPrincipalName', 'EmployeeID', 'DisplayName', 'Department', 'LastLogonDate', 'whenCreated', 'PasswordLastSet', 'PasswordNeverExpires', 'MemberOf', 'Description'];
const group = (cn: string, ou = 'OU=Groups') => `CN=${cn.replace(/,/g, '\\,')},${ou},${DOMAIN}`;
const DOMAIN_ADMINS = `CN=Domain Admins,CN=Users,${DOMAIN}`;

/** Staff, by their place in the demo register (demo-staff.ts), whose accounts show each finding. */
export const DEMO_DIRECTORY_CASES = {
  /** Leavers whose accounts are still enabled: one used before leaving, one after. */
  leaversEnabled: [13, 14],
  /** A leaver whose own account was disabled but whose admin account, in Domain Admins, was used after they left. */
  privilegedLeaver: 15,
  /** Long-standing Digital Services staff with admin accounts sharing their employee IDs, on premises and in the cloud. */
  admins: [82, 121, 176],
  dormant: [60, 61, 62, 63, 64],
  neverUsed: 65,
  passwordNeverExpires: [70, 71],
  withoutEmployeeId: 75,
  /** Current staff with no account at all. */
  withoutAccount: [190, 191, 192],
  /** New starters with no account yet: within their first weeks, so not a finding. */
  newStartersWithoutAccount: [5, 6, 7],
} as const;

/** An instant as Get-ADUser's Export-Csv writes it on a UK server: DD/MM/YYYY HH:mm:ss, UK time. */
function adTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}:${parts.second}`;
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

interface AdAccount {
  sam: string;
  ou: string;
  enabled: boolean;
  employeeId: string;
  displayName: string;
  department: string;
  lastLogon: Date | null;
  created: Date;
  neverExpires: boolean;
  groups: string[];
  description: string;
}

/** The demo trust's Active Directory as of now. */
export function demoAdAccounts(now: Date): AdAccount[] {
  const at = (days: number, hour = 9) => new Date(now.getTime() + days * DAY_MS - (now.getTime() % DAY_MS) + hour * 3_600_000);
  const cases = DEMO_DIRECTORY_CASES;
  const people = new Map<string, ReturnType<typeof demoStaffAssignments>[number]>();
  const index = new Map<string, number>();
  for (const a of demoStaffAssignments()) {
    if (!people.has(a.employee)) {
      people.set(a.employee, a);
      index.set(a.employee, people.size - 1);
    }
  }
  const accounts: AdAccount[] = [];
  for (const [employee, a] of people) {
    const i = index.get(employee)!;
    if (([...cases.withoutAccount, ...cases.newStartersWithoutAccount] as number[]).includes(i) || (i >= 10 && i < 13)) continue;
    const sam = `${a.first}.${a.last}${employee.slice(-3)}`.toLowerCase();
    const leaver = i >= 13 && i < 23;
    const future = i >= 8 && i < 10;
    let lastLogon: Date | null = at(-1 - (i % 7), 8 + (i % 9));
    if (leaver) lastLogon = at(a.end! - 10);
    // Used weeks after they left: someone still has the password.
    if (i === cases.leaversEnabled[1] || i === cases.privilegedLeaver) lastLogon = at(-20, 10);
    if ((cases.dormant as readonly number[]).includes(i)) lastLogon = at(-(100 + 20 * (i - cases.dormant[0])));
    if (i === cases.neverUsed || future) lastLogon = null;
    const created = future ? at(-3) : i === cases.neverUsed ? at(-400) : at(Math.min(a.start, -1));
    accounts.push({
      sam,
      ou: 'OU=Staff,OU=Trust Users',
      enabled: !leaver || (cases.leaversEnabled as readonly number[]).includes(i),
      employeeId: i === cases.withoutEmployeeId ? '' : employee,
      displayName: `${a.last}, ${a.first}`,
      department: a.post.department,
      lastLogon,
      created,
      neverExpires: (cases.passwordNeverExpires as readonly number[]).includes(i),
      groups: [group('All Staff'), group(a.post.department === 'Imaging' ? 'Imaging, Radiology and Ultrasound' : a.post.department, 'OU=Department Groups')],
      description: '',
    });
    const admin = (cases.admins as readonly number[]).indexOf(i);
    if (admin >= 0 || i === cases.privilegedLeaver) {
      const groups = i === cases.privilegedLeaver || admin === 0 ? [DOMAIN_ADMINS] : admin === 1 ? [`CN=Server Operators,CN=Builtin,${DOMAIN}`] : [group('IT Support Admins')];
      accounts.push({ ...accounts[accounts.length - 1]!, sam: `adm-${sam}`, ou: 'OU=Admin Accounts', enabled: true, displayName: `Admin - ${a.first} ${a.last}`, department: 'Digital Services', lastLogon: i === cases.privilegedLeaver ? at(-3, 22) : at(-1, 14), groups, neverExpires: false });
    }
  }
  const other = (sam: string, ou: string, fields: Partial<AdAccount>): AdAccount => ({ sam, ou, enabled: true, employeeId: '', displayName: sam, department: '', lastLogon: at(-1, 2), created: at(-2000), neverExpires: false, groups: [], description: '', ...fields });
  accounts.push(
    other('svc-backup', 'OU=Service Accounts', { neverExpires: true, groups: [`CN=Backup Operators,CN=Builtin,${DOMAIN}`], description: 'Nightly backups, run by the backup server' }),
    other('svc-sql', 'OU=Service Accounts', { neverExpires: true, description: 'Runs the SQL Server services' }),
    other('svc-scanner', 'OU=Service Accounts', { neverExpires: true, description: 'Vulnerability scanner, authenticated scans' }),
    other('shared.ward7', 'OU=Wards', { displayName: 'Ward 7 (Respiratory) shared login', neverExpires: true }),
    other('shared.ed-reception', 'OU=Wards', { displayName: 'Emergency Department reception' }),
    other('ward-12', 'OU=Wards', { displayName: 'Ward 12 nurses station' }),
    other('test.user1', 'OU=Staff,OU=Trust Users', { lastLogon: null, created: at(-10) }),
    // A locum's account made with an employee number ESR does not have.
    other('temp.locum1', 'OU=Staff,OU=Trust Users', { employeeId: '20099999', displayName: 'Locum, Temporary', department: 'Emergency Department', created: at(-60) }),
    other('Administrator', 'CN=Users', { lastLogon: at(-40), neverExpires: true, groups: [DOMAIN_ADMINS, `CN=Administrators,CN=Builtin,${DOMAIN}`], description: 'Built-in account for administering the computer/domain' }),
    other('Guest', 'CN=Users', { enabled: false, lastLogon: null, description: 'Built-in account for guest access to the computer/domain' }),
    other('krbtgt', 'CN=Users', { enabled: false, lastLogon: null, description: 'Key Distribution Center Service Account' }),
  );
  return accounts;
}

/** The export as Get-ADUser … | Export-Csv writes it: the #TYPE line, a BOM and CRLF. */
export function demoAdExport(now: Date): Buffer {
  const lines = demoAdAccounts(now).map((a) =>
    [`CN=${a.sam},${a.ou},${DOMAIN}`, a.enabled ? 'True' : 'False', a.sam, `${a.sam}@northshire-acute.nhs.uk`, a.employeeId, a.displayName, a.department, a.lastLogon ? adTime(a.lastLogon) : '', adTime(a.created), adTime(a.created), a.neverExpires ? 'True' : 'False', a.groups.join(';'), a.description]
      .map(cell)
      .join(','),
  );
  return Buffer.from(`\ufeff${['#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser', HEADINGS.join(','), ...lines].join('\r\n')}\r\n`, 'utf8');
}

/** Cloud-only admin accounts in Entra ID, one for each of the on-premises admins: one Global Administrator without MFA. */
export function demoEntraExport(now: Date): Buffer {
  const iso = (days: number) => new Date(Math.floor((now.getTime() + days * DAY_MS) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const [first, second, third] = DEMO_DIRECTORY_CASES.admins.map((i) => String(20_000_001 + i));
  const rows = [
    ['userPrincipalName', 'displayName', 'employeeId', 'department', 'accountEnabled', 'createdDateTime', 'lastSignInDateTime', 'isMfaRegistered', 'memberOf'],
    ['admin.cloud1@northshire-acute.onmicrosoft.com', 'Cloud admin 1', first!, 'Digital Services', 'True', iso(-900), iso(-1), 'True', 'Global Administrator'],
    ['admin.cloud2@northshire-acute.onmicrosoft.com', 'Cloud admin 2', second!, 'Digital Services', 'True', iso(-600), iso(-2), 'False', 'Global Administrator'],
    ['admin.cloud3@northshire-acute.onmicrosoft.com', 'Cloud admin 3', third!, 'Digital Services', 'True', iso(-300), iso(-3), 'True', 'Security Administrator;Reports Reader'],
  ];
  return Buffer.from(`${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`, 'utf8');
}

/**
 * Imports both exports into the demo trust once, after its staff register: a trust with directories
 * keeps its own. How many accounts the directories hold afterwards.
 */
export async function loadDemoDirectory(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await directory.listDirectories(ctx.db, acute.id)).length > 0) return 0;
  for (const [preset, bytes, name] of [
    ['ad', demoAdExport(ctx.now), `ad-users-${ukDateOf(ctx.now)}.csv`],
    ['entra', demoEntraExport(ctx.now), `entra-users-${ukDateOf(ctx.now)}.csv`],
  ] as const) {
    await runImport(ctx, { kind: 'accounts', orgId: acute.id, fileName: name, open: () => Readable.from([bytes]), format: 'csv', preset, mode: 'all-or-nothing', asOf: ctx.now });
  }
  return (await directory.listDirectories(ctx.db, acute.id)).reduce((n, d) => n + d.accounts, 0);
}
