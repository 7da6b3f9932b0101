// Bringing last year's answers: a spreadsheet of outcome references, levels, narratives and owners
// imported into one assessment through the import pipeline (row-level problems, all or nothing or
// skip-invalid, repeats recognised). A level may be written as its id or its label.
import type { Db } from '../../platform/db/database.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { type ApplyContext, type BatchOutcome, type CheckedRow, declareImportKind } from '../../platform/imports/import-kinds.js';
import type { ColumnSpec, FieldValue, RowProblem } from '../../platform/imports/types.js';
import { findAccountByEmail, isMember } from '../accounts/service.js';
import { frameOf } from './assessment-reading.js';
import { type AssessmentState, responsesOpen, STATE_LABELS } from './domain/lifecycle.js';
import { NOT_APPLICABLE } from './domain/levels.js';
import { applyResponseChange, type ResponseChange } from './domain/response-rules.js';
import { stateOfRow } from './response-views.js';
import * as store from './store.js';

export interface AnswerRow {
  ref: string;
  /** A level id as written or derived from its label ('Partially achieved' → partially-achieved). */
  level: string | null;
  narrative: string | null;
  ownerEmail: string | null;
  notApplicableReason: string | null;
  dueOn: string | null;
}

export const ANSWER_COLUMNS: readonly ColumnSpec[] = [
  { field: 'ref', label: 'Outcome', type: { kind: 'text', maxLength: 64 }, required: true },
  { field: 'level', label: 'Level', type: { kind: 'text', maxLength: 100 }, required: false },
  { field: 'narrative', label: 'Narrative', type: { kind: 'text', maxLength: 20000 }, required: false },
  { field: 'ownerEmail', label: 'Owner email', type: { kind: 'email' }, required: false },
  { field: 'notApplicableReason', label: 'Reason not applicable', type: { kind: 'text', maxLength: 4000 }, required: false },
  { field: 'dueOn', label: 'Due date', type: { kind: 'date' }, required: false },
];

const NOT_APPLICABLE_WORDS = new Set(['n/a', 'na', 'not applicable', 'not-applicable', 'notapplicable']);

/** A level as people write it, as the id catalogues use: "Partially achieved" → partially-achieved. */
export function levelIdFrom(text: string): string {
  const plain = text.trim().toLowerCase();
  if (NOT_APPLICABLE_WORDS.has(plain)) return NOT_APPLICABLE;
  return plain.replace(/[\s_]+/g, '-');
}

export function checkAnswerRow(values: Record<string, FieldValue>, row: number, columnOf: (field: string) => string): { ok: true; value: AnswerRow } | { ok: false; problems: RowProblem[] } {
  const text = (field: string) => (values[field] === null || values[field] === undefined ? '' : String(values[field]).trim());
  const ref = text('ref');
  if (!/^[A-Za-z0-9][A-Za-z0-9 .()_:/-]*$/.test(ref)) {
    return { ok: false, problems: [{ row, column: columnOf('ref'), value: ref, reason: 'is not an outcome reference such as A1.a or 4.1' }] };
  }
  return {
    ok: true,
    value: {
      ref,
      level: text('level') ? levelIdFrom(text('level')) : null,
      narrative: text('narrative') || null,
      ownerEmail: text('ownerEmail') ? text('ownerEmail').toLowerCase() : null,
      notApplicableReason: text('notApplicableReason') || null,
      dueOn: text('dueOn') || null,
    },
  };
}

/** Writes a batch of answers into the target assessment, refusing rows the assessment cannot take. */
export async function applyAnswerBatch(tx: Db, batch: Array<CheckedRow<AnswerRow>>, context: ApplyContext): Promise<BatchOutcome> {
  const assessment = await openAssessment(tx, context.orgId, context.target!);
  const frame = await frameOf(tx, assessment);
  const responses = new Map((await store.responsesOf(tx, [assessment.id])).map((r) => [r.node_ref, r]));
  const outcome: BatchOutcome = { inserted: 0, updated: 0, unchanged: 0, refused: [] };
  const owners = new Map<string, string | null>();
  for (const email of new Set(batch.map((b) => b.value.ownerEmail).filter((e): e is string => !!e))) {
    const account = await findAccountByEmail(tx, email);
    owners.set(email, account && (await isMember(tx, context.orgId, account.id)) ? account.id : null);
  }

  for (const { row, value } of batch) {
    const refuse = (field: string, given: string, reason: string) => outcome.refused.push({ row, problems: [{ row, column: context.columnOf(field), value: given, reason }] });
    const requirement = frame.byRef.get(value.ref);
    const response = responses.get(value.ref);
    if (!requirement || !response) {
      refuse('ref', value.ref, `is not an outcome of ${frame.catalogue.shortName ?? frame.catalogue.name} in this assessment`);
      continue;
    }
    if (value.ownerEmail && !owners.get(value.ownerEmail)) {
      refuse('ownerEmail', value.ownerEmail, 'is not someone with a role in this organisation');
      continue;
    }
    const current = stateOfRow(response);
    const change: ResponseChange = {
      ...(value.level !== null ? { level: value.level } : {}),
      ...(value.narrative !== null ? { narrative: value.narrative } : {}),
      ...(value.ownerEmail ? { ownerId: owners.get(value.ownerEmail)! } : {}),
      ...(value.dueOn !== null ? { dueOn: value.dueOn } : {}),
      ...(value.notApplicableReason !== null ? { notApplicableReason: value.notApplicableReason } : {}),
    };
    let result = applyResponseChange(current, change, requirement);
    // A level that differs from what loaded indicators imply was an expert judgement last year: keep it, and say where it came from.
    if (!result.ok && result.problems.every((p) => p.field === 'overrideReason')) result = applyResponseChange(current, { ...change, overrideReason: 'Imported from an earlier assessment’s spreadsheet.' }, requirement);
    if (!result.ok) {
      const fieldOf: Record<string, string> = { level: 'level', notApplicableReason: value.notApplicableReason === null ? 'level' : 'notApplicableReason', dueOn: 'dueOn', narrative: 'narrative', ownerId: 'ownerEmail' };
      outcome.refused.push({
        row,
        problems: result.problems.map((p) => {
          const field = fieldOf[p.field] ?? 'level';
          const given: Record<string, string | null> = { ...value };
          return { row, column: context.columnOf(field), value: given[field] ?? '', reason: p.message };
        }),
      });
      continue;
    }
    const next = result.next;
    const same =
      next.level === (response.level ?? null) &&
      next.narrative === current.narrative &&
      next.ownerId === current.ownerId &&
      next.dueOn === current.dueOn &&
      next.notApplicableReason === current.notApplicableReason;
    if (same) {
      outcome.unchanged += 1;
      continue;
    }
    const updated = await store.updateResponse(
      tx,
      assessment.id,
      value.ref,
      {
        chosen_level: next.chosenLevel,
        derived_level: next.derivedLevel,
        level: next.level,
        not_applicable_reason: next.notApplicableReason,
        override_reason: next.overrideReason,
        narrative: next.narrative,
        owner_id: next.ownerId,
        due_on: next.dueOn,
        review_state: next.reviewState,
        origin: 'import',
        updated_at: context.now.toISOString(),
        updated_by: context.actor.userId,
      },
      response.version,
    );
    if (!updated) throw new Conflict(`${value.ref} changed while the file was being imported; nothing was imported. Import the file again.`);
    outcome.updated += 1;
  }
  return outcome;
}

async function openAssessment(db: Db, orgId: string, id: string): Promise<store.AssessmentRow> {
  const assessment = await store.findAssessment(db, orgId, id);
  if (!assessment) throw new NotFound('There is no such assessment in this organisation to import answers into.');
  const state = assessment.state as AssessmentState;
  if (!responsesOpen(state)) throw new Conflict(`That assessment is ${STATE_LABELS[state].toLowerCase()}: answers can no longer be imported into it.`);
  return assessment;
}

export const assessmentAnswersImport = declareImportKind<AnswerRow>({
  id: 'assessment-answers',
  label: 'assessment answers',
  columns: ANSWER_COLUMNS,
  action: 'assessment.manage',
  keyFields: ['ref'],
  keyOf: (row) => row.ref,
  check: checkAnswerRow,
  target: { noun: 'assessment', check: async (db, orgId, target) => void (await openAssessment(db, orgId, target)) },
  apply: applyAnswerBatch,
});
