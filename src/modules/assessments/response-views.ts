// Turning stored rows into what people see: each response with its resolved level, standing against
// the profile, evidence and review, and the assessment's summary (progress and status).
import type { AssessmentSummary, EvidenceRef, ResponseView } from '../../contract/assessments.js';
import { daysBetween, ukDateOf } from '../../platform/as-of.js';
import type { AssessmentFrame, Requirement } from './assessment-frame.js';
import { divergenceOf } from './domain/divergence.js';
import type { IndicatorAnswer } from './domain/indicator-rule.js';
import type { AssessmentState } from './domain/lifecycle.js';
import { isOverdue, type OutcomeFacts, progressOf } from './domain/maturity.js';
import { assessmentStatus, standingOf, type StatusRule } from './domain/profile-status.js';
import { resolveResponse, type ResponseState, type ReviewState } from './domain/response-rules.js';
import type { DimensionScores } from './domain/safeguard-dimensions.js';
import { dimensionScore } from './domain/safeguard-dimensions.js';
import type { AssessmentResponseRow, AssessmentReviewLevelRow, AssessmentRow } from './store.js';

export function stateOfRow(row: AssessmentResponseRow): ResponseState {
  return {
    chosenLevel: row.chosen_level,
    notApplicableReason: row.not_applicable_reason,
    overrideReason: row.override_reason,
    indicatorAnswers: parse<Record<string, IndicatorAnswer>>(row.indicator_answers_json, {}),
    dimensions: parse<DimensionScores>(row.dimensions_json, {}),
    narrative: row.narrative,
    ownerId: row.owner_id,
    dueOn: row.due_on,
    reviewState: row.review_state as ReviewState,
  };
}

export interface ViewInputs {
  frame: AssessmentFrame;
  rows: AssessmentResponseRow[];
  evidence: Map<string, EvidenceRef[]>;
  reviewLevels: Map<string, AssessmentReviewLevelRow>;
  names: Map<string, string>;
  suggestionCounts: Map<string, number>;
  today: string;
}

export function responseViews(inputs: ViewInputs): ResponseView[] {
  const rowOf = new Map(inputs.rows.map((r) => [r.node_ref, r]));
  return inputs.frame.requirements.flatMap((requirement) => {
    const row = rowOf.get(requirement.ref);
    return row ? [responseView(requirement, row, inputs)] : [];
  });
}

export function responseView(requirement: Requirement, row: AssessmentResponseRow, inputs: Omit<ViewInputs, 'rows'>): ResponseView {
  const resolved = resolveResponse(stateOfRow(row), requirement);
  const expected = inputs.frame.expected.get(requirement.ref) ?? null;
  const standing = standingOf({ ref: requirement.ref, levels: requirement.levels, level: resolved.level, expected });
  const review = inputs.reviewLevels.get(requirement.ref);
  const personOf = (id: string | null) => (id ? { id, name: inputs.names.get(id) ?? 'A former member' } : null);
  return {
    ref: requirement.ref,
    title: requirement.title,
    parentRef: requirement.parentRef,
    levels: [...requirement.levels],
    implementationGroups: requirement.implementationGroups,
    level: resolved.level,
    chosenLevel: resolved.chosenLevel,
    derivedLevel: resolved.derivedLevel,
    overridden: resolved.overridden,
    overrideReason: resolved.overrideReason,
    notApplicableReason: resolved.notApplicableReason,
    indicatorAnswers: resolved.indicatorAnswers,
    dimensions: resolved.dimensions,
    narrative: resolved.narrative,
    owner: personOf(resolved.ownerId),
    dueOn: resolved.dueOn,
    overdue: isOverdue(resolved, inputs.today),
    reviewState: resolved.reviewState,
    origin: row.origin,
    expected,
    standing: standing.standing,
    rungsBelow: standing.rungsBelow,
    evidence: inputs.evidence.get(requirement.ref) ?? [],
    suggestions: inputs.suggestionCounts.get(requirement.ref) ?? 0,
    review: review ? { level: review.level, note: review.note } : null,
    divergence: divergenceOf(requirement.levels, resolved.level, review?.level ?? null).divergence,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: personOf(row.updated_by),
  };
}

/** The facts the maturity views are computed from, one per response. */
export function outcomeFacts(frame: AssessmentFrame, views: readonly ResponseView[]): OutcomeFacts[] {
  return views.map((v) => ({
    ref: v.ref,
    parentRef: v.parentRef,
    level: v.level,
    levels: v.levels,
    reviewState: v.reviewState,
    dueOn: v.dueOn,
    standing: standingOf({ ref: v.ref, levels: v.levels, level: v.level, expected: frame.expected.get(v.ref) ?? null }),
    implementationGroups: v.implementationGroups,
    score: frame.style === 'safeguard' ? dimensionScore(v.dimensions) : null,
  }));
}

export function summaryOf(row: AssessmentRow, frame: AssessmentFrame, views: readonly ResponseView[], asOf: Date): AssessmentSummary {
  const today = ukDateOf(asOf);
  const facts = outcomeFacts(frame, views);
  const rule = parse<StatusRule>(row.status_rule_json, { met: 'meets-profile', below: 'below-profile' });
  const status = assessmentStatus(
    facts.map((f) => f.standing),
    rule,
  );
  const { catalogue } = frame;
  return {
    id: row.id,
    orgId: row.org_id,
    title: row.title,
    period: row.period,
    catalogue: { key: catalogue.key, version: catalogue.version, ref: catalogue.ref, name: catalogue.name, shortName: catalogue.shortName },
    style: frame.style,
    implementationGroups: parse<string[]>(row.implementation_groups_json, []),
    profile: row.profile,
    statusRule: rule,
    dueOn: row.due_on,
    daysLeft: row.due_on ? daysBetween(today, row.due_on) : null,
    state: row.state as AssessmentState,
    previousId: row.previous_id,
    submittedAt: row.submitted_at,
    progress: progressOf(facts, today),
    status: { ...status, label: frame.statusLabels.find((s) => s.id === status.labelId)?.label ?? status.labelId },
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export function parse<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
