// Generated files for import.training.1.5m, from a fixed seed: a staff register (an ESR staff-in-post
// extract, one assignment per person) and an e-learning export shaped like ESR OLM's competence report
// (BOM, CRLF, day-first dates, names and course names quoted with commas in them, trailing spaces,
// agency rows without an employee number, exact repeats of rows, courses no organisation configures).
// Every row is valid, so the figures an import gives are known exactly (see TrainingExportCounts).
import { mulberry32 } from '../../src/platform/seeded-random.js';
import { writeLines } from './sqlite-baseline.js';

const FIRST = ['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Arthur', 'Ivy', 'Muhammad', 'Grace', 'Leo', 'Freya', 'Harry', 'Lily', 'Oscar', 'Florence', 'Archie', 'Rosie', 'Jack'];
const LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', "O'Neill", 'Khan'];
const DEPARTMENTS = ['Emergency Department', 'Cardiology', 'Radiology', 'Pharmacy', 'Estates, Facilities and Portering', 'Digital Services', 'Maternity', 'Oncology', 'Paediatrics', 'Theatres', 'Finance', 'Human Resources'];
const STAFF_GROUPS = ['Nursing and Midwifery Registered', 'Medical and Dental', 'Additional Clinical Services', 'Administrative and Clerical', 'Allied Health Professionals', 'Estates and Ancillary'];

/** The courses an OLM report lists: the first three are the names ours know; the rest no organisation configures here, and are ignored. */
const COURSES: ReadonlyArray<{ name: string; months: number | null; cpd?: boolean }> = [
  { name: 'Data Security Awareness - Level 1', months: 12 },
  { name: 'Trust Induction', months: null },
  { name: 'Cyber Security Continuing Professional Development', months: null, cpd: true },
  { name: 'NHS|CSTF|Fire Safety - 2 Years|', months: 24 },
  { name: 'NHS|CSTF|Infection Prevention and Control - Level 1 - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Moving and Handling - Level 1 - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Safeguarding Adults - Level 1 - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Safeguarding Children - Level 1 - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Equality, Diversity and Human Rights - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Health, Safety and Welfare - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Conflict Resolution - 3 Years|', months: 36 },
  { name: 'NHS|CSTF|Preventing Radicalisation - Basic Prevent Awareness - 3 Years|', months: 36 },
  { name: 'Resuscitation, Level 2 (Adult Basic Life Support)', months: 12 },
  { name: 'Blood Transfusion, Collection and Administration', months: 24 },
  { name: 'Medicines Management, Level 1', months: 24 },
  { name: 'Mental Capacity Act and Deprivation of Liberty Safeguards', months: 36 },
  { name: 'Dementia Awareness', months: null },
  { name: 'Sepsis Recognition, Adults', months: 12 },
  { name: 'Falls Prevention', months: 36 },
  { name: 'Duty of Candour', months: null },
  { name: 'Freedom to Speak Up, Speak Up Module', months: null },
  { name: 'Oliver McGowan Mandatory Training on Learning Disability and Autism - Tier 1', months: 36 },
  { name: 'Display Screen Equipment', months: 36 },
  { name: 'Slips, Trips and Falls', months: 36 },
];

/** The day the export was taken: completions go back about five years from it. */
export const TRAINING_EXPORT_END = new Date('2026-11-30T12:00:00Z');
const DAY = 86_400_000;
/** One row in this many is written twice, as ESR does. */
const REPEAT_EVERY = 500;

export interface TrainingExportCounts {
  /** Rows below the heading. */
  rows: number;
  /** Distinct completions: the rows an import adds. */
  completions: number;
  /** Exact repeats of the row before: collapsed, counted as duplicates. */
  repeats: number;
  /** Rows without an employee number. */
  agencyRows: number;
  bytes: number;
}

const employeeNumber = (i: number) => String(20_000_000 + i * 7);
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const dayFirst = (t: number) => {
  const d = new Date(t);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};
/** The same day a number of months on, the last day of the month when it has no such day (as the rules read it). */
const addMonths = (t: number, months: number) => {
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last));
};

/** An ESR staff-in-post extract of `people` people, each with one current assignment. */
export async function writeStaffRegister(file: string, people: number): Promise<number> {
  const random = mulberry32(2026_12);
  function* lines() {
    yield '\uFEFFEmployee Number,Assignment Number,First Name,Last Name,Department,Staff Group,Primary Assignment,Assignment Start Date,Assignment End Date,Supervisor Employee Number\r\n';
    for (let i = 0; i < people; i++) {
      const start = TRAINING_EXPORT_END.getTime() - Math.floor(random() * 20 * 365) * DAY - 60 * DAY;
      const manager = i < 50 ? '' : employeeNumber(Math.floor(random() * 50));
      const cells = [employeeNumber(i), `${employeeNumber(i)}-1`, FIRST[i % FIRST.length]!, LAST[Math.floor(i / FIRST.length) % LAST.length]!, quoted(DEPARTMENTS[i % DEPARTMENTS.length]!), STAFF_GROUPS[i % STAFF_GROUPS.length]!, 'Y', dayFirst(start), '', manager];
      yield `${cells.join(',')}\r\n`;
    }
  }
  return writeLines(file, lines());
}

/**
 * An OLM competence export of `rows` rows for `staff` people in the register and `agency` agency
 * staff and locums (no employee number, known by name). Each person's rows are their courses done
 * in turn over about five years, so every completion is distinct; one row in 500 is repeated exactly.
 * The rows go course by course across everyone unless `byPerson`, which keeps each person's together.
 */
export async function writeTrainingExport(file: string, options: { rows: number; staff: number; agency: number; byPerson?: boolean }): Promise<TrainingExportCounts> {
  const random = mulberry32(1_500_000);
  const people = options.staff + options.agency;
  const turns = Math.ceil(options.rows / people);
  const counts = { rows: 0, completions: 0, repeats: 0, agencyRows: 0, bytes: 0 };
  function* lines() {
    yield '\uFEFFEmployee Number,Full Name,Org L4,Competence Name,Competence Match,Achievement Date,Expiry Date,CPD Hours\r\n';
    for (let n = 0; counts.rows < options.rows; n++) {
      // By default each course in turn for everyone (as a report run course by course); byPerson: each person's courses together.
      const person = options.byPerson ? Math.floor(n / turns) : n % people;
      const turn = options.byPerson ? n % turns : Math.floor(n / people);
      const course = COURSES[turn % COURSES.length]!;
      const year = Math.floor(turn / COURSES.length);
      const agency = person >= options.staff;
      const completed = TRAINING_EXPORT_END.getTime() - (year * 365 + Math.floor(random() * 360)) * DAY;
      const expiry = course.months === null ? '' : dayFirst(addMonths(completed, course.months) - DAY);
      const name = `${LAST[Math.floor(person / FIRST.length) % LAST.length]!}, ${FIRST[person % FIRST.length]!}${agency ? ` (Agency ${person - options.staff})` : ''}`;
      // Some exports pad cells with spaces; the pipeline trims them.
      const number = agency ? '' : random() < 0.01 ? `${employeeNumber(person)} ` : employeeNumber(person);
      const hours = course.cpd ? String(1 + Math.floor(random() * 12)) : '';
      const line = `${[number, quoted(name), quoted(DEPARTMENTS[person % DEPARTMENTS.length]!), course.name.includes(',') ? quoted(course.name) : course.name, year > 0 && expiry ? 'Out of Date' : 'Up to Date', dayFirst(completed), expiry, hours].join(',')}\r\n`;
      counts.rows++;
      counts.completions++;
      if (agency) counts.agencyRows++;
      yield line;
      if (counts.completions % REPEAT_EVERY === 0 && counts.rows < options.rows) {
        counts.rows++;
        counts.repeats++;
        if (agency) counts.agencyRows++;
        yield line;
      }
    }
  }
  counts.bytes = await writeLines(file, lines());
  return counts;
}
