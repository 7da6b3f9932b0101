// Bringing an e-learning export through the import pipeline: one row per completion, keyed by the
// employee number (or, when it is blank, the name), the course name as written and the completion
// date, so the same file again changes nothing. Agency staff and locums have no employee number:
// their rows are kept with the name. Every completion is kept whatever its course; which courses
// count is decided when the report is read, so configuring a course later needs no new import.
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind, presetFromHeadings } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import type { Db } from '../../platform/db/database.js';
import type { TrainingCompletionRow } from '../../platform/db/schema.js';
import type { CompletionRecord } from './domain/compliance.js';
import { seedDefaultCourses } from './training-courses.js';
import * as store from './store.js';

/** A row is a completion as the rules read it. */
export type TrainingImportRow = CompletionRecord;

const text = (maxLength: number) => ({ kind: 'text', maxLength }) as const;

export const TRAINING_COLUMNS: readonly ColumnSpec[] = [
  { field: 'employeeNumber', label: 'Employee Number', type: text(30), required: false },
  { field: 'personName', label: 'Full Name', type: text(200), required: false },
  { field: 'courseName', label: 'Competence Name', type: text(300), required: true },
  { field: 'completedOn', label: 'Achievement Date', type: { kind: 'date' }, required: true },
  { field: 'expiresOn', label: 'Expiry Date', type: { kind: 'date' }, required: false },
  { field: 'cpdHours', label: 'CPD Hours', type: { kind: 'number' }, required: false },
];

/** E-learning exports write dates day first, as ESR does. */
export const OLM_DATE_FORMAT = 'DD/MM/YYYY';

/** The headings ESR OLM's competence and compliance exports use, in the order tried: the first the file has is read. */
export const OLM_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  employeeNumber: ['Employee Number', 'Employee No'],
  personName: ['Full Name', 'Employee Name', 'Name'],
  courseName: ['Competence Name', 'Course Name', 'Course Title'],
  completedOn: ['Achievement Date', 'Completion Date', 'Date Completed'],
  expiresOn: ['Expiry Date', 'Expiration Date'],
  cpdHours: ['CPD Hours', 'Duration'],
};

const olm = presetFromHeadings('ESR OLM competence and compliance export', OLM_HEADINGS, { fields: ['completedOn', 'expiresOn'], format: OLM_DATE_FORMAT });

/** From typed values to a completion, or the row's problems. Pure. */
export function checkTrainingRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: TrainingImportRow } | { ok: false; problems: RowProblem[] } {
  const str = (field: string) => (typeof values[field] === 'string' && values[field].trim() !== '' ? values[field].trim() : null);
  const problems: RowProblem[] = [];
  const employeeNumber = str('employeeNumber');
  const personName = str('personName');
  const completedOn = str('completedOn')!;
  const expiresOn = str('expiresOn');
  const cpdHours = typeof values.cpdHours === 'number' ? values.cpdHours : null;
  if (!employeeNumber && !personName) problems.push({ row, column: columnOf('employeeNumber'), value: '', reason: 'is blank and so is the name: a completion must say whose it is' });
  if (expiresOn && expiresOn < completedOn) problems.push({ row, column: columnOf('expiresOn'), value: expiresOn, reason: `is before the completion (${completedOn})` });
  if (cpdHours !== null && (cpdHours < 0 || cpdHours > 1000)) problems.push({ row, column: columnOf('cpdHours'), value: String(cpdHours), reason: 'is not a number of hours from 0 to 1000' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { employeeNumber, personName, courseName: str('courseName')!, completedOn, expiresOn, cpdHours } };
}

/** Whose completion of which course on which day: the employee number, or the name (any case, any spacing) when there is none. */
export function completionKey(row: Pick<TrainingImportRow, 'employeeNumber' | 'personName' | 'courseName' | 'completedOn'>): string {
  return JSON.stringify([whoOf(row), row.courseName, row.completedOn]);
}

/** A completion as this file's row would hold it, and the person's employee number held (compared too). */
interface Written {
  row: TrainingCompletionRow;
  employeeNumber: string | null;
}

/** Whether a completion with the same key says the same: the fields the key leaves out. */
const sameAs = (held: Written, row: Written) =>
  held.employeeNumber === row.employeeNumber && held.row.person_name === row.row.person_name && held.row.expires_day === row.row.expires_day && numberOrNull(held.row.cpd_hours) === row.row.cpd_hours;

function repeatProblem(rowNumber: number, first: number | null, value: TrainingImportRow, context: ApplyContext): RowProblem {
  const fields = ['employeeNumber', 'courseName', 'completedOn'].map((f) => context.columnOf(f)).join(', ');
  const earlier = first === null ? 'an earlier row' : `row ${first}`;
  return { row: rowNumber, column: context.columnOf('employeeNumber'), value: value.employeeNumber ?? value.personName ?? '', reason: `repeats ${earlier} with other values: each row needs its own ${fields}` };
}

/** Whose completion it is, as the key has it: the employee number, or the name in any case and spacing. */
const whoOf = (row: Pick<TrainingImportRow, 'employeeNumber' | 'personName'>) => row.employeeNumber ?? `name:${(row.personName ?? '').toLowerCase().replace(/\s+/g, ' ')}`;

/**
 * The organisation's number and the run's, taken at a run's first batch and kept by the run (ApplyContext.runState), and
 * the page cache the connection had before the import widened it (SQLite).
 */
interface RunState {
  orgKey: number;
  run: number;
  pageCache: store.PageCache;
  /** Numbers looked up or given so far: at most NUMBERS_KEPT of each. */
  people: Map<string, store.PersonNumbered>;
  courses: Map<string, number>;
}

/**
 * People's and course names' numbers a run keeps between batches, of each. A Trust's export names its
 * staff (tens of thousands at most) over and over, course after course: looking them up again for
 * every batch took a fifth of the 1.5-million-row import. Past this many the run starts again, so
 * memory is bounded whatever the file's length (decision 64).
 */
const NUMBERS_KEPT = 50_000;

async function runOf(tx: Db, context: ApplyContext): Promise<RunState> {
  return context.runState(async () => ({ ...(await store.startRun(tx, context.orgId)), pageCache: await store.widenPageCache(tx), people: new Map(), courses: new Map() }));
}

/** Adds numbers to what the run keeps, starting again when it would keep more than NUMBERS_KEPT. */
function keep<V>(kept: Map<string, V>, found: ReadonlyMap<string, V>): void {
  if (kept.size + found.size > NUMBERS_KEPT) kept.clear();
  for (const [name, value] of found) kept.set(name, value);
}

/** The batch's people by `who`, from what the run keeps or else the database. */
async function peopleOf(tx: Db, state: RunState, batch: ReadonlyArray<CheckedRow<TrainingImportRow>>): Promise<Map<string, store.PersonNumbered>> {
  const numbered = new Map<string, store.PersonNumbered>();
  const missing = new Map<string, string | null>();
  for (const { value } of batch) {
    const who = whoOf(value);
    const known = state.people.get(who);
    if (known) numbered.set(who, known);
    else if (!missing.has(who)) missing.set(who, value.employeeNumber);
  }
  if (missing.size) {
    const found = await store.numberPeople(tx, state.orgKey, missing);
    keep(state.people, found);
    for (const [who, person] of found) numbered.set(who, person);
  }
  return numbered;
}

/** The batch's course names' numbers, from what the run keeps or else the database. */
async function coursesOf(tx: Db, state: RunState, batch: ReadonlyArray<CheckedRow<TrainingImportRow>>): Promise<Map<string, number>> {
  const numbered = new Map<string, number>();
  const missing = new Set<string>();
  for (const { value } of batch) {
    const known = state.courses.get(value.courseName);
    if (known !== undefined) numbered.set(value.courseName, known);
    else missing.add(value.courseName);
  }
  if (missing.size) {
    const found = await store.numberCourseNames(tx, state.orgKey, [...missing]);
    keep(state.courses, found);
    for (const [name, course] of found) numbered.set(name, course);
  }
  return numbered;
}

/**
 * Repeats within the file are sorted out here against what this run has written (run_no), not by the
 * pipeline: keeping every key of a million-row export in memory cost about 250 bytes a row. A held
 * completion this run wrote or confirmed was an earlier row of this file: an exact repeat is collapsed
 * and counted, a different row with its key is a problem. Completions confirmed unchanged are stamped
 * with the run, so a later different row for them is caught too. Between batches the run keeps its
 * numbers and at most NUMBERS_KEPT people's and course names' numbers; no completion's key.
 */
export async function applyTrainingBatch(tx: Db, batch: Array<CheckedRow<TrainingImportRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const state = await runOf(tx, context);
  const { orgKey, run } = state;
  const people = await peopleOf(tx, state, batch);
  const courses = await coursesOf(tx, state, batch);
  const written = batch.map(({ value }): Written => {
    const person = people.get(whoOf(value))!;
    return {
      employeeNumber: value.employeeNumber,
      row: {
        org_key: orgKey,
        person_key: person.personKey,
        course_key: courses.get(value.courseName)!,
        completed_day: store.dayNumber(value.completedOn),
        person_name: value.personName,
        expires_day: value.expiresOn === null ? null : store.dayNumber(value.expiresOn),
        cpd_hours: value.cpdHours,
        run_no: run,
      },
    };
  });
  const keyOf = (r: TrainingCompletionRow) => `${r.person_key} ${r.course_key} ${r.completed_day}`;
  const employeeNumberOf = new Map([...people.values()].map((p) => [p.personKey, p.employeeNumber]));
  const held = new Map(
    (await store.completionsAt(tx, orgKey, [...new Map(written.map((w) => [keyOf(w.row), { personKey: w.row.person_key, courseKey: w.row.course_key, completedDay: w.row.completed_day }])).values()])).map((c) => [
      keyOf(c),
      { row: c, employeeNumber: employeeNumberOf.get(Number(c.person_key)) ?? null },
    ]),
  );
  const firstInBatch = new Map<string, { row: number; value: Written }>();
  const added: TrainingCompletionRow[] = [];
  const confirmed: store.CompletionKey[] = [];
  const changed: TrainingCompletionRow[] = [];
  batch.forEach(({ row: rowNumber, value }, i) => {
    const row = written[i]!;
    const key = keyOf(row.row);
    const existing = held.get(key);
    const earlier = firstInBatch.get(key) ?? (existing?.row.run_no === run ? { row: null, value: existing } : undefined);
    if (earlier) {
      if (sameAs(earlier.value, row)) outcome.unchanged++;
      else outcome.refused.push({ row: rowNumber, problems: [repeatProblem(rowNumber, earlier.row, value, context)] });
      return;
    }
    firstInBatch.set(key, { row: rowNumber, value: row });
    if (!existing) {
      added.push(row.row);
      outcome.inserted++;
    } else if (!sameAs(existing, row)) {
      changed.push(row.row);
      outcome.updated++;
    } else {
      confirmed.push({ personKey: row.row.person_key, courseKey: row.row.course_key, completedDay: row.row.completed_day });
      outcome.unchanged++;
    }
  });
  for (const row of changed) await store.updateCompletion(tx, row);
  await store.insertCompletions(tx, added);
  await store.stampCompletions(tx, orgKey, confirmed, run);
  return outcome;
}

// PostgreSQL may hand a double back as text.
const numberOrNull = (v: number | null) => (v === null ? null : Number(v));

export const trainingImport = declareImportKind<TrainingImportRow>({
  id: 'training',
  label: 'training completions (e-learning)',
  columns: TRAINING_COLUMNS,
  action: 'training.import',
  keyFields: ['employeeNumber', 'courseName', 'completedOn'],
  keyOf: completionKey,
  check: checkTrainingRow,
  // ESR writes rows twice: exact repeats are collapsed in applyTrainingBatch, which keeps no keys in memory.
  repeatsAreUpdates: true,
  presets: { olm },
  apply: applyTrainingBatch,
  // The organisation's courses exist from its first import, so the report and the course list agree.
  finish: async (tx, context) => {
    const run = context.runStateIfMade<RunState>();
    if (run) await store.restorePageCache(tx, run.pageCache);
    await seedDefaultCourses({ db: tx, actor: context.actor, now: context.now }, context.orgId);
  },
});
