// The demo trust's training records: an e-learning export (ESR OLM's competence headings) for the
// demo staff register, brought in through the import pipeline as a Trust would, and the trust's
// settings naming Digital Services as its security staff. Dates are placed relative to now, so the
// picture is the same whenever the demo is loaded: most staff in date with data security awareness,
// some expired and a few who never did it, two departments below the 95% target, new starters with
// and without induction, inductions done late, agency staff and locums whom ESR does not hold, courses
// nobody configured, and CPD hours for the security staff. Generated with a fixed seed; every name is
// made up.
import { Readable } from 'node:stream';
import { ukDateOf } from '../../platform/as-of.js';
import type { Actor } from '../../platform/audit/audit-trail.js';
import type { Db } from '../../platform/db/database.js';
import type { OrganisationRow } from '../../platform/db/schema.js';
import { runImport } from '../../platform/imports/run-import.js';
import { mulberry32 } from '../../platform/seeded-random.js';
import * as training from '../training/service.js';
import { demoStaffAssignments } from './demo-staff.js';

const HEADINGS = ['Employee Number', 'Full Name', 'Competence Name', 'Achievement Date', 'Expiry Date', 'CPD Hours'];
const AWARENESS = ['Data Security Awareness - Level 1', 'NHS|CSTF|Information Governance and Data Security - 1 Year|'];
const INDUCTION = 'Corporate Induction';
const CPD = 'Cyber Security CPD';
const IGNORED = ['Fire Safety - Level 1', 'Moving and Handling - Level 2', 'Conflict Resolution, Level 1'];
/** Departments where awareness training has slipped: each below the target in the demo. */
const SLIPPING = new Set(['Emergency Department', 'Estates and Facilities']);
/** The department the demo names as its security staff. */
export const DEMO_SECURITY_DEPARTMENT = 'Digital Services';

/** Agency staff (no employee number) and locums with numbers ESR does not hold. */
const NOT_IN_ESR: ReadonlyArray<[string, string, number]> = [
  ['', 'Adaeze Obi (Agency)', -40],
  ['', 'Mark Fenwick (Agency)', -95],
  ['', 'Lucia Romano (Agency)', -12],
  ['29990001', 'Dr Omar Haddad (Locum)', -60],
  ['29990002', 'Dr Freya Lund (Locum)', -150],
];

type Row = [string, string, string, number, number | null, string];

/** The completions, as days from now, the same for a seed whatever the day. */
export function demoCompletions(): Row[] {
  const random = mulberry32(20_261_207);
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const a of demoStaffAssignments()) {
    if (!a.primary || seen.has(a.employee)) continue;
    seen.add(a.employee);
    const index = Number(a.employee) - 20_000_001;
    const name = `${a.first} ${a.last}`;
    const department = a.post.department;
    const course = AWARENESS[index % 2]!;
    if (a.start > 0) continue; // future starters have done nothing yet
    // Induction for anyone who started within the last 14 months: most within the 28 days, some late;
    // of the new starters, every other one has done it.
    if (a.start > -425) {
      const newStarter = a.start > -28;
      if (!newStarter || index % 2 === 0) {
        // Never after today: a late one is late, not still to come.
        const after = Math.min(-a.start, newStarter ? 2 : index % 4 === 1 ? 30 + Math.floor(random() * 30) : Math.floor(random() * 25));
        rows.push([a.employee, name, INDUCTION, a.start + after, null, '']);
        rows.push([a.employee, name, course, a.start + after, null, '']);
      }
      if (newStarter) continue;
    }
    // Awareness: in date for nearly everyone; a sixth expired and a few never done in the slipping
    // departments, a handful expired elsewhere.
    const slipping = SLIPPING.has(department);
    if (slipping && index % 11 === 1) continue;
    const expired = slipping ? index % 6 === 0 : index % 37 === 0;
    const latest = expired ? -(370 + Math.floor(random() * 200)) : -Math.floor(5 + random() * 355);
    // Not before they started, and clear of the day they did it with induction (at most 59 days in).
    const done = Math.max(latest, a.start + 60);
    if (done < 0) {
      // Half the rows carry OLM's own expiry date, half leave it to the course's 12 months.
      rows.push([a.employee, name, course, done, index % 2 === 0 ? done + 365 : null, '']);
      if (done - 365 >= a.start) rows.push([a.employee, name, course, done - 365, null, '']);
    }
    if (random() < 0.3) rows.push([a.employee, name, IGNORED[index % IGNORED.length]!, -Math.floor(random() * 700), null, '']);
    if (department === DEMO_SECURITY_DEPARTMENT) {
      const sessions = 2 + (index % 3);
      // One in each quarter of the year, so no two fall on the same day.
      for (let s = 0; s < sessions; s++) rows.push([a.employee, name, CPD, -(10 + s * 85 + Math.floor(random() * 80)), null, (3 + Math.floor(random() * 11) / 2).toString()]);
    }
  }
  for (const [employee, name, day] of NOT_IN_ESR) rows.push([employee, name, AWARENESS[0]!, day, null, '']);
  return rows;
}

function olmDate(now: Date, days: number): string {
  const [y, m, d] = ukDateOf(new Date(now.getTime() + days * 86_400_000)).split('-');
  return `${d}/${m}/${y}`;
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The export as OLM writes it, with one row repeated as exports sometimes repeat them. */
export function demoTrainingExport(now: Date): Buffer {
  const lines = demoCompletions().map(([employee, name, course, day, expires, hours]) => [employee, name, course, olmDate(now, day), expires === null ? '' : olmDate(now, expires), hours].map(cell).join(','));
  return Buffer.from(`\ufeff${[HEADINGS.join(','), ...lines, lines[10]].join('\r\n')}\r\n`, 'utf8');
}

/**
 * Imports the export into the demo trust once, after its staff register, and names its security
 * staff: a trust with completions keeps its own. How many completions it holds afterwards.
 */
export async function loadDemoTraining(ctx: { db: Db; actor: Actor; now: Date }, acute: OrganisationRow): Promise<number> {
  if ((await training.countCompletions(ctx.db, acute.id)) > 0) return 0;
  await runImport(ctx, {
    kind: 'training',
    orgId: acute.id,
    fileName: `OLM-competences-${ukDateOf(ctx.now)}.csv`,
    open: () => Readable.from([demoTrainingExport(ctx.now)]),
    format: 'csv',
    preset: 'olm',
    mode: 'all-or-nothing',
    asOf: ctx.now,
  });
  const settings = await training.trainingSettings(ctx.db, acute.id);
  if (settings.version === 0) await training.saveTrainingSettings(ctx, acute.id, { ...settings, securityStaff: { ...settings.securityStaff, departments: [DEMO_SECURITY_DEPARTMENT] } });
  return training.countCompletions(ctx.db, acute.id);
}
