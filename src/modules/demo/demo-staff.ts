// The demo trust's staff register: about 200 made-up people in two ESR staff-in-post extracts, a
// month apart, brought in through the import pipeline with the ESR mapping as a Trust would. Dates
// are placed relative to now, so the register means the same whenever the demo is loaded: most staff
// current, a few on bank posts as well (some outliving their substantive post), new starters within
// their induction, future starters, leavers (one whose last day is today), and between the two
// extracts some joiners, movers and leavers. Generated with a fixed seed; every name is made up.
import { Readable } from 'node:stream';
import { ukDateOf } from '../../platform/as-of.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { runImport } from '../../platform/imports/run-import.js';
import { mulberry32 } from '../../platform/seeded-random.js';
import * as staff from '../workforce/service.js';

const FIRST_NAMES = ['Aisha', 'Ben', 'Cara', 'Dylan', 'Efe', 'Fiona', 'Gareth', 'Hollie', 'Imran', 'Jade', 'Kwame', 'Lena', 'Mohammed', 'Niamh', 'Owen', 'Priya', 'Rhys', 'Sana', 'Tomasz', 'Uma', 'Victor', 'Wren', 'Yusuf', 'Zoe'];
const LAST_NAMES = ['Abbott', 'Bhatt', 'Carver', 'Dlamini', 'Ellery', 'Fairbairn', 'Gillespie', 'Hartley', 'Iqbal', 'Jessop', 'Kowalski', 'Lindqvist', 'Mensah', 'Nwosu', 'Okafor', 'Pennington', 'Quinlan', 'Rahman', 'Sutcliffe', 'Thorne', 'Varga', 'Whitlock'];

/** Posts by division and department, each with its staff group as ESR writes it (truncated ones too). */
const POSTS: Array<{ division: string; department: string; position: string; staffGroup: string }> = [
  { division: 'Medicine', department: 'Ward 7 (Respiratory)', position: 'Nurse, Band 5', staffGroup: 'Nursing and Midwifery Registered' },
  { division: 'Medicine', department: 'Ward 7 (Respiratory)', position: 'Healthcare Assistant', staffGroup: 'Additional Clinical Services' },
  { division: 'Medicine', department: 'Emergency Department', position: 'Emergency Nurse, Band 6', staffGroup: 'Nursing and Midwifery Registered' },
  { division: 'Medicine', department: 'Emergency Department', position: 'Specialty Doctor', staffGroup: 'Medical and Dental' },
  { division: 'Surgery', department: 'Theatres', position: 'Operating Department Practitioner', staffGroup: 'Allied Health Professionals' },
  { division: 'Surgery', department: 'Theatres', position: 'Theatre Nurse, Band 6', staffGroup: 'Nursing and Midwifery Registered' },
  { division: 'Clinical Support', department: 'Imaging', position: 'Radiographer, Band 6', staffGroup: 'Allied Health Professionals' },
  { division: 'Clinical Support', department: 'Pathology', position: 'Biomedical Scientist', staffGroup: 'Additional Professional Scientific and Technic' },
  { division: 'Clinical Support', department: 'Pharmacy', position: 'Pharmacy Technician', staffGroup: 'Additional Professional Scientific and Technic' },
  { division: 'Corporate', department: 'Digital Services', position: 'Service Desk Analyst', staffGroup: 'Administrative and Clerical' },
  { division: 'Corporate', department: 'Information Governance', position: 'IG Officer', staffGroup: 'Administrative and Clerical' },
  { division: 'Corporate', department: 'Estates and Facilities', position: 'Porter', staffGroup: 'Estates and Ancillary' },
];

const BANK = { division: 'Corporate', department: 'Staff Bank', organisation: '123 Northshire Acute Staff Bank' };
const ORGANISATION = '123 Northshire Acute Hospitals NHS Trust';

/** How many people the demo register holds. */
export const DEMO_STAFF = 200;
/** The first extract is this many days before the second, which is as of now. */
export const DEMO_EXTRACT_GAP_DAYS = 30;

export interface Assignment {
  employee: string;
  assignment: string;
  first: string;
  last: string;
  post: (typeof POSTS)[number] | (typeof BANK & { position: string; staffGroup: string });
  category: string;
  primary: boolean;
  /** Days from now (negative: past). */
  start: number;
  end: number | null;
  fte: number;
  /** The department in the first extract, for people who moved between the two. */
  firstDepartment?: string;
  /** Not yet on ESR when the first extract was taken: a joiner in the second. */
  lateJoiner?: boolean;
}

/** The demo trust's director, to whom the department managers report: not on the staff extracts. */
export const DEMO_DIRECTOR = '20009999';

/**
 * Each department's manager: its first long-serving person who stays (past the people who show the
 * register's cases). Everyone else in the department reports to them, and they to the director.
 */
export function demoLineManagers(rows: readonly Assignment[]): Map<string, string> {
  const managers = new Map<string, string>();
  for (const a of rows) {
    const index = Number(a.employee) - 20_000_001;
    if (index >= 50 && a.end === null && a.primary && !managers.has(a.post.department)) managers.set(a.post.department, a.employee);
  }
  return managers;
}

/** The line manager ESR names for an assignment in a department: none on bank posts. */
function supervisorOf(a: Assignment, department: string, managers: ReadonlyMap<string, string>): string {
  if (!a.primary) return '';
  const manager = managers.get(department);
  return !manager || manager === a.employee ? DEMO_DIRECTOR : manager;
}

/** The demo people's assignments, the same for a seed whatever the day. */
export function demoStaffAssignments(): Assignment[] {
  const random = mulberry32(20_261_206);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const rows: Assignment[] = [];
  for (let i = 0; i < DEMO_STAFF; i++) {
    const employee = String(20_000_001 + i);
    const person = { employee, first: pick(FIRST_NAMES), last: pick(LAST_NAMES) };
    const post = pick(POSTS);
    // Most have been here for years; the first few of each kind are the cases the register shows.
    let start = -Math.floor(365 + random() * 365 * 14);
    let end: number | null = null;
    if (i < 8) start = -Math.floor(random() * 25); // new starters, within a 28-day induction
    else if (i < 13) start = 7 + Math.floor(random() * 40); // future starters
    else if (i < 23) end = -Math.floor(5 + random() * 300); // leavers
    else if (i < 25) end = 0; // their last day is today
    else if (i < 30) start = -Math.floor(DEMO_EXTRACT_GAP_DAYS - 1 - random() * 20); // joined since the first extract
    const fte = random() < 0.25 ? 0.6 : 1;
    const moved = i >= 30 && i < 35 ? pick(POSTS.filter((p) => p.department !== post.department)).department : undefined;
    rows.push({ ...person, assignment: employee, post, category: random() < 0.1 ? 'Fixed Term Temp' : 'Permanent', primary: true, start, end, fte, ...(moved ? { firstDepartment: moved } : {}), ...(i >= 25 && i < 30 ? { lateJoiner: true } : {}) });
    // A bank post besides the substantive one for some; for a few it outlives the substantive post.
    if (i >= 35 && i < 50) {
      const outlives = i < 39;
      if (outlives) rows[rows.length - 1]!.end = -Math.floor(10 + random() * 100);
      rows.push({ ...person, assignment: `${employee}-2`, post: { ...BANK, position: `Bank ${post.position}`, staffGroup: post.staffGroup }, category: 'Bank', primary: false, start: start + 200, end: null, fte: 0 });
    }
  }
  return rows;
}

/** A person's email in the register: at the demo trust's reserved domain, so no demo account can reach a real mailbox. */
export function demoStaffEmail(a: Pick<Assignment, 'first' | 'last' | 'employee'>): string {
  return `${a.first}.${a.last}${a.employee.slice(-3)}@northshire-acute.example`.toLowerCase();
}

const HEADINGS = ['Employee Number', 'Assignment Number', 'First Name', 'Last Name', 'Org L3', 'Org L4', 'Organisation', 'Position Title', 'Staff Group', 'Assignment Category', 'Primary Assignment', 'Assignment Start Date', 'Projected Assignment End Date', 'Email Address', 'FTE', 'Supervisor Employee Number'];

function esrDate(now: Date, days: number): string {
  const [y, m, d] = ukDateOf(new Date(now.getTime() + days * 86_400_000)).split('-');
  return `${d}/${m}/${y}`;
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * An ESR extract as of `daysAgo` before now: the people on ESR by then (anyone with a start date up to
 * a few weeks ahead), as ESR writes it, with one row repeated as real extracts sometimes repeat them.
 */
export function demoStaffExtract(now: Date, daysAgo: number): Buffer {
  const all = demoStaffAssignments();
  const managers = demoLineManagers(all);
  const rows = all.filter((a) => a.start <= -daysAgo + 60 && !(daysAgo > 0 && a.lateJoiner));
  const lines = rows.map((a) => {
    const department = daysAgo > 0 && a.firstDepartment ? a.firstDepartment : a.post.department;
    return [
      a.employee,
      a.assignment,
      a.first,
      a.last,
      a.post.division,
      department,
      'organisation' in a.post ? a.post.organisation : ORGANISATION,
      a.post.position,
      a.post.staffGroup,
      a.category,
      a.primary ? 'Y' : 'N',
      esrDate(now, a.start),
      a.end === null ? '' : esrDate(now, a.end),
      demoStaffEmail(a),
      String(a.fte),
      supervisorOf(a, department, managers),
    ]
      .map(cell)
      .join(',');
  });
  return Buffer.from(`\ufeff${[HEADINGS.join(','), ...lines, lines[40]].join('\r\n')}\r\n`, 'utf8');
}

/**
 * Imports the two extracts into the demo trust once, the earlier first: a trust with a register keeps
 * its own. How many people the register holds afterwards.
 */
export async function loadDemoStaff(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await staff.countStaff(ctx.db, acute.id)) > 0) return 0;
  const first = new Date(ctx.now.getTime() - DEMO_EXTRACT_GAP_DAYS * 86_400_000);
  for (const [daysAgo, asOf] of [
    [DEMO_EXTRACT_GAP_DAYS, first],
    [0, ctx.now],
  ] as const) {
    const bytes = demoStaffExtract(ctx.now, daysAgo);
    await runImport(ctx, {
      kind: 'staff',
      orgId: acute.id,
      fileName: `ESR-staff-in-post-${ukDateOf(asOf)}.csv`,
      open: () => Readable.from([bytes]),
      format: 'csv',
      preset: 'esr',
      mode: 'all-or-nothing',
      asOf,
    });
  }
  return staff.countStaff(ctx.db, acute.id);
}
