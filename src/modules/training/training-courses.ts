// Each organisation's courses: ours to start with (written on first use: the first import or the
// first look at the list), then the organisation's to add to, change and remove, each change made
// against the version read and recorded in the audit trail.
import { randomUUID } from 'node:crypto';
import type { CourseKind, TrainingCourse, TrainingCourseBody, TrainingCourseChange } from '../../contract/training.js';
import { recordAudit } from '../../platform/audit/audit-trail.js';
import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { TrainingCourseRow } from '../../platform/db/schema.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { NotFound, ValidationFailed } from '../../platform/errors.js';
import { staleChangeBy } from '../accounts/service.js';
import { type CourseFacts, DEFAULT_COURSES } from './domain/courses.js';
import * as store from './store.js';

type ChangeContext = Pick<RequestContext, 'db' | 'actor' | 'now'>;

export function courseView(row: TrainingCourseRow): TrainingCourse {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind as CourseKind,
    validityMonths: row.validity_months,
    counts: row.counts === 1,
    knownAs: JSON.parse(row.known_as_json) as string[],
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The organisation's courses as the rules read them: those it holds, or ours when it holds none yet. */
export async function courseFacts(db: Db, orgId: string): Promise<CourseFacts[]> {
  const rows = await store.courses(db, orgId);
  return rows.length ? rows.map(courseView) : [...DEFAULT_COURSES];
}

function courseRow(orgId: string, id: string, body: TrainingCourseBody, version: number, at: string, by: string | null, createdAt = at): TrainingCourseRow {
  return {
    id,
    org_id: orgId,
    code: body.code,
    name: body.name,
    kind: body.kind,
    validity_months: body.validityMonths,
    counts: body.counts ? 1 : 0,
    known_as_json: JSON.stringify(body.knownAs),
    version,
    created_at: createdAt,
    updated_at: at,
    updated_by: by,
  };
}

/** Writes our courses for an organisation that holds none; how many were written. */
export async function seedDefaultCourses(ctx: ChangeContext, orgId: string): Promise<number> {
  if ((await store.courses(ctx.db, orgId)).length) return 0;
  const at = ctx.now.toISOString();
  const added = await store.insertCoursesIfAbsent(
    ctx.db,
    DEFAULT_COURSES.map((c) => courseRow(orgId, randomUUID(), { ...c, knownAs: [...c.knownAs] }, 1, at, ctx.actor.userId)),
  );
  if (added) await recordAudit(ctx.db, ctx.actor, { action: 'training.courses-seed', entityType: 'organisation', entityId: orgId, orgId, before: null, after: { codes: DEFAULT_COURSES.map((c) => c.code) } }, ctx.now);
  return added;
}

/** The organisation's courses by code, ours written first if it has none. */
export async function listCourses(ctx: ChangeContext, orgId: string): Promise<TrainingCourse[]> {
  return inTransaction(ctx.db, async (tx) => {
    await seedDefaultCourses({ ...ctx, db: tx }, orgId);
    return (await store.courses(tx, orgId)).map(courseView);
  });
}

async function refuseTakenCode(db: Db, orgId: string, code: string, exceptId: string | null): Promise<void> {
  const holder = await store.findCourseByCode(db, orgId, code);
  if (holder && holder.id !== exceptId) throw new ValidationFailed('Another course has that code.', [{ field: 'code', message: `${code} is the code of “${holder.name}”: give this course a code of its own.`, value: code }]);
}

export async function createCourse(ctx: ChangeContext, orgId: string, body: TrainingCourseBody): Promise<TrainingCourse> {
  return inTransaction(ctx.db, async (tx) => {
    await seedDefaultCourses({ ...ctx, db: tx }, orgId);
    await refuseTakenCode(tx, orgId, body.code, null);
    const row = courseRow(orgId, randomUUID(), body, 1, ctx.now.toISOString(), ctx.actor.userId);
    // A colleague adding the same code at the same moment: the check above passed for both.
    if (!(await store.insertCoursesIfAbsent(tx, [row]))) await refuseTakenCode(tx, orgId, body.code, null);
    const after = courseView(row);
    await recordAudit(tx, ctx.actor, { action: 'training.course-create', entityType: 'training-course', entityId: row.id, orgId, before: null, after }, ctx.now);
    return after;
  });
}

async function heldCourse(db: Db, orgId: string, id: string): Promise<TrainingCourseRow> {
  const row = await store.findCourse(db, orgId, id);
  if (!row) throw new NotFound('There is no course with that id in this organisation.');
  return row;
}

async function staleCourse(db: Db, orgId: string, id: string) {
  const current = await store.findCourse(db, orgId, id);
  return staleChangeBy(db, 'The course was changed by someone else since you loaded it. Its values are shown; make your change again.', current ? courseView(current) : null, current?.updated_by ?? null, current?.updated_at ?? '');
}

export async function changeCourse(ctx: ChangeContext, orgId: string, id: string, body: TrainingCourseChange): Promise<TrainingCourse> {
  return inTransaction(ctx.db, async (tx) => {
    const existing = await heldCourse(tx, orgId, id);
    if (existing.version !== body.version) throw await staleCourse(tx, orgId, id);
    await refuseTakenCode(tx, orgId, body.code, id);
    const row = courseRow(orgId, id, body, body.version + 1, ctx.now.toISOString(), ctx.actor.userId, existing.created_at);
    if (!(await store.updateCourse(tx, row, body.version))) throw await staleCourse(tx, orgId, id);
    const after = courseView(row);
    await recordAudit(tx, ctx.actor, { action: 'training.course-change', entityType: 'training-course', entityId: id, orgId, before: courseView(existing), after }, ctx.now);
    return after;
  });
}

/** Removes a course; its completions stay held, and are ignored unless another course claims their name. */
export async function removeCourse(ctx: ChangeContext, orgId: string, id: string, version: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const existing = await heldCourse(tx, orgId, id);
    if (existing.version !== version || !(await store.deleteCourse(tx, orgId, id, version))) throw await staleCourse(tx, orgId, id);
    await recordAudit(tx, ctx.actor, { action: 'training.course-remove', entityType: 'training-course', entityId: id, orgId, before: courseView(existing), after: null }, ctx.now);
  });
}
