// Reading assessments: the list with progress and status, the workspace (every response with its
// evidence, suggestions and review), one outcome in full, the heatmap, comparisons and the trend.
import type { AssessmentSummary, Comparison, EvidenceRef, Heatmap, OutcomeDetail, ResponseView, Suggestion, Trend, Workspace } from '../../contract/assessments.js';
import { ukDateOf } from '../../platform/as-of.js';
import type { Db } from '../../platform/db/database.js';
import { NotFound } from '../../platform/errors.js';
import type { SourceReader } from '../../platform/live-evidence.js';
import { listMembers, peopleByIds } from '../accounts/service.js';
import { evidenceInOrg } from '../evidence/service.js';
import type { Abilities } from './assessment-context.js';
import { type AssessmentFrame, loadFrame } from './assessment-frame.js';
import { suggestionsFor } from './answer-once.js';
import { divergenceOf, divergenceSummary } from './domain/divergence.js';
import { levelFromIndicators } from './domain/indicator-rule.js';
import { type AssessmentState, responsesOpen, reviewOpen } from './domain/lifecycle.js';
import { rankOf } from './domain/levels.js';
import { coverageByGroup, heatmapRows } from './domain/maturity.js';
import { DIMENSION_LABELS, DIMENSION_SCALES, SAFEGUARD_DIMENSIONS } from './domain/safeguard-dimensions.js';
import { liveFiguresOf, NO_SOURCE } from './live-figures.js';
import { outcomeFacts, parse, responseViews, stateOfRow, summaryOf } from './response-views.js';
import * as store from './store.js';

export interface WorkspaceViews {
  row: store.AssessmentRow;
  frame: AssessmentFrame;
  responses: ResponseView[];
  summary: AssessmentSummary;
  suggestions: Map<string, Suggestion[]>;
}

/**
 * Everything the workspace shows, computed once. Suggestions read other assessments and crosswalks;
 * callers that need only the summary, levels or standings leave them out.
 */
export async function loadWorkspaceViews(db: Db, orgId: string, id: string, asOf: Date, { suggestions: withSuggestions = true } = {}): Promise<WorkspaceViews> {
  const row = await store.findAssessment(db, orgId, id);
  if (!row) throw new NotFound('There is no such assessment in this organisation.');
  const frame = await frameOf(db, row);
  const [rows, links, reviewLevels, suggestions] = await Promise.all([
    store.responsesOf(db, [id]),
    store.evidenceLinksOf(db, id),
    store.reviewLevelsOf(db, id),
    withSuggestions ? suggestionsFor(db, row, frame) : new Map<string, Suggestion[]>(),
  ]);
  const evidence = await evidenceByRef(db, orgId, links, asOf);
  const names = new Map((await peopleByIds(db, rows.flatMap((r) => [r.owner_id, r.updated_by]).filter((v): v is string => !!v))).map((p) => [p.id, p.name]));
  const responses = responseViews({
    frame,
    rows,
    evidence,
    reviewLevels: new Map(reviewLevels.map((r) => [r.node_ref, r])),
    names,
    suggestionCounts: new Map([...suggestions].map(([ref, list]) => [ref, list.length])),
    today: ukDateOf(asOf),
  });
  return { row, frame, responses, summary: summaryOf(row, frame, responses, asOf), suggestions };
}

export function frameOf(db: Db, row: store.AssessmentRow): Promise<AssessmentFrame> {
  return loadFrame(db, row.org_id, { key: row.catalogue_key, version: row.catalogue_version, profile: row.profile, implementationGroups: parse(row.implementation_groups_json, []) });
}

async function evidenceByRef(db: Db, orgId: string, links: store.EvidenceLinkRow[], asOf: Date): Promise<Map<string, EvidenceRef[]>> {
  const items = new Map((await evidenceInOrg(db, orgId, [...new Set(links.map((l) => l.evidence_id))], asOf)).map((e) => [e.id, e]));
  const byRef = new Map<string, EvidenceRef[]>();
  for (const link of links) {
    const item = items.get(link.evidence_id);
    if (!item) continue;
    const list = byRef.get(link.node_ref) ?? [];
    list.push({ id: item.id, title: item.title, kind: item.kind, state: item.state, expiresOn: item.expiresOn, currentVersion: item.currentVersion, fileName: item.fileName, url: item.url });
    byRef.set(link.node_ref, list);
  }
  return byRef;
}

/** The organisation's assessments, newest period first, each with its progress and status. */
export async function listAssessments(db: Db, orgId: string, asOf: Date): Promise<AssessmentSummary[]> {
  const rows = await store.assessmentsOf(db, orgId);
  return Promise.all(rows.map(async (row) => (await loadWorkspaceViews(db, orgId, row.id, asOf, { suggestions: false })).summary));
}

export async function getAssessment(db: Db, orgId: string, id: string, asOf: Date): Promise<AssessmentSummary> {
  return (await loadWorkspaceViews(db, orgId, id, asOf, { suggestions: false })).summary;
}

/**
 * The workspace: every response, the owners to choose from, the review, what the viewer may do, and
 * how many live figures each outcome has from the sources the viewer may read.
 */
export async function getWorkspace(
  db: Db,
  orgId: string,
  id: string,
  asOf: Date,
  may: Abilities & { manage: boolean; respond: boolean; review: boolean },
  mayReadSource: SourceReader = NO_SOURCE,
): Promise<Workspace> {
  const views = await loadWorkspaceViews(db, orgId, id, asOf);
  const [members, review, live] = await Promise.all([
    listMembers(db, orgId),
    store.findReview(db, id),
    liveFiguresOf(db, views.row, { refs: views.responses.map((r) => r.ref), asOf, mayRead: mayReadSource }),
  ]);
  const state = views.row.state as AssessmentState;
  return {
    assessment: views.summary,
    levels: views.frame.levelLabels,
    statusLabels: views.frame.statusLabels,
    outline: views.frame.catalogue.nodes.filter((n) => !n.assessable && n.type !== 'indicator').map((n) => ({ ref: n.ref, parentRef: n.parentRef, title: n.label, type: n.type })),
    responses: views.responses,
    owners: members.filter((m) => m.status === 'active' && !m.roles.every((r) => r === 'auditor')).map((m) => ({ id: m.userId, name: m.name })),
    review: review ? { reviewer: review.reviewer, opinion: review.opinion as NonNullable<Workspace['review']>['opinion'], summary: review.summary, version: review.version, updatedAt: review.updated_at } : null,
    divergence: divergenceSummary(views.responses.map((r) => divergenceOf(r.levels, r.level, r.review?.level ?? null))),
    liveFigures: Object.fromEntries([...live.byRef].map(([ref, figures]) => [ref, figures.length])),
    can: {
      manage: may.manage && state !== 'archived',
      respond: may.respond && responsesOpen(state),
      review: may.review && reviewOpen(state),
      agree: may.agree && responsesOpen(state),
    },
  };
}

/**
 * One outcome in full: its indicators and what they imply, suggestions, last year's answer, neighbours,
 * and the live figures on it from the sources the reader may read.
 */
export async function getOutcome(db: Db, orgId: string, id: string, ref: string, asOf: Date, mayReadSource: SourceReader = NO_SOURCE): Promise<OutcomeDetail> {
  const views = await loadWorkspaceViews(db, orgId, id, asOf);
  const index = views.responses.findIndex((r) => r.ref === ref);
  const requirement = views.frame.byRef.get(ref);
  if (index < 0 || !requirement) throw new NotFound(`${ref} is not a requirement of this assessment.`);
  const response = views.responses[index]!;
  const nodes = new Map(views.frame.catalogue.nodes.map((n) => [n.ref, n]));
  const row = (await store.findResponse(db, id, ref))!;
  const answers = stateOfRow(row).indicatorAnswers;
  const previous = views.row.previous_id ? await previousAnswer(db, orgId, views.row.previous_id, ref) : null;
  const live = await liveFiguresOf(db, views.row, { refs: [ref], asOf, mayRead: mayReadSource });
  return {
    assessment: { id, title: views.row.title, state: views.row.state as AssessmentState, style: views.frame.style, version: views.row.version },
    node: {
      ref,
      title: requirement.title,
      description: requirement.node.description,
      guidance: requirement.node.guidance,
      officialText: requirement.node.officialText?.description ?? null,
    },
    response,
    indicators: requirement.indicators.map((i) => {
      const node = nodes.get(i.ref);
      return { ref: i.ref, level: i.level, title: node?.label ?? i.ref, statement: node?.officialText?.description ?? null, answer: answers[i.ref] ?? null };
    }),
    indicatorVerdict: requirement.indicators.length ? levelFromIndicators(requirement.indicators, answers) : null,
    dimensionScales: views.frame.style === 'safeguard' ? SAFEGUARD_DIMENSIONS.map((d) => ({ id: d, label: DIMENSION_LABELS[d], steps: [...DIMENSION_SCALES[d]] })) : [],
    suggestions: views.suggestions.get(ref) ?? [],
    previous,
    levels: views.frame.levelLabels,
    prevRef: views.responses[index - 1]?.ref ?? null,
    nextRef: views.responses[index + 1]?.ref ?? null,
    liveEvidence: live.byRef.get(ref) ?? [],
    liveEvidenceBasis: live.basis,
  };
}

async function previousAnswer(db: Db, orgId: string, previousId: string, ref: string): Promise<OutcomeDetail['previous']> {
  const row = await store.findAssessment(db, orgId, previousId);
  if (!row) return null;
  const views = await loadWorkspaceViews(db, orgId, previousId, new Date(row.updated_at), { suggestions: false });
  const answer = views.responses.find((r) => r.ref === ref);
  return answer ? { assessmentId: row.id, title: row.title, level: answer.level, narrative: answer.narrative } : null;
}

/** Levels by objective and principle, and CIS coverage per implementation group. */
export async function getHeatmap(db: Db, orgId: string, id: string, asOf: Date): Promise<Heatmap> {
  const views = await loadWorkspaceViews(db, orgId, id, asOf, { suggestions: false });
  const facts = outcomeFacts(views.frame, views.responses);
  const outline = views.frame.catalogue.nodes.map((n) => ({ ref: n.ref, parentRef: n.parentRef, title: n.label, type: n.type }));
  const groups = views.frame.style === 'safeguard' ? views.summary.implementationGroups : [];
  const groupLabels = new Map(views.frame.catalogue.implementationGroups.map((g) => [g.id, g.label]));
  return {
    levels: views.frame.levelLabels,
    rows: heatmapRows(outline, facts),
    coverage: coverageByGroup(facts, groups).map((c) => ({ ...c, label: groupLabels.get(c.group) ?? c.group })),
  };
}

/** This assessment beside the one it carried forward from (last year's), or beside the independent review. */
export async function compareAssessment(db: Db, orgId: string, id: string, against: 'previous' | 'review', asOf: Date): Promise<Comparison> {
  const views = await loadWorkspaceViews(db, orgId, id, asOf, { suggestions: false });
  const self = { id, title: views.row.title, period: views.row.period };
  let other: Comparison['other'] = null;
  let otherLevel = (_: ResponseView): { level: string | null; note: string | null } | null => null;
  if (against === 'review') {
    other = { id, title: 'Independent review', period: views.row.period, kind: 'review' };
    otherLevel = (r) => (r.review ? { level: r.review.level, note: r.review.note } : null);
  } else if (views.row.previous_id) {
    const previousRow = await store.findAssessment(db, orgId, views.row.previous_id);
    if (previousRow) {
      const previous = await loadWorkspaceViews(db, orgId, previousRow.id, asOf, { suggestions: false });
      other = { id: previousRow.id, title: previousRow.title, period: previousRow.period, kind: 'previous' };
      const byRef = new Map(previous.responses.map((r) => [r.ref, r]));
      otherLevel = (r) => {
        const match = byRef.get(r.ref);
        return match ? { level: match.level, note: null } : null;
      };
    }
  }
  const rows: Comparison['rows'] = views.responses.map((r) => {
    const theirs = otherLevel(r);
    const change = !other ? 'not-compared' : !theirs ? 'new' : changeOf(r.levels, theirs.level, r.level);
    return { ref: r.ref, title: r.title, levels: r.levels, level: r.level, otherLevel: theirs?.level ?? null, change, note: theirs?.note ?? null };
  });
  const summary: Record<string, number> = {};
  for (const r of rows) summary[r.change] = (summary[r.change] ?? 0) + 1;
  return { assessment: self, other, rows, summary };
}

function changeOf(levels: readonly string[], before: string | null, after: string | null): 'same' | 'up' | 'down' | 'not-compared' {
  if (before === after) return 'same';
  const a = rankOf(levels, before);
  const b = rankOf(levels, after);
  if (a === null || b === null) return 'not-compared';
  return b > a ? 'up' : 'down';
}

/** The organisation's assessments of one framework across periods, oldest first. */
export async function assessmentTrend(db: Db, orgId: string, catalogueKey: string, asOf: Date): Promise<Trend> {
  const rows = (await store.assessmentsOf(db, orgId)).filter((r) => r.catalogue_key === catalogueKey).sort((a, b) => a.period.localeCompare(b.period));
  const points = await Promise.all(
    rows.map(async (row) => {
      const s = (await loadWorkspaceViews(db, orgId, row.id, asOf, { suggestions: false })).summary;
      return { assessmentId: row.id, period: row.period, catalogue: s.catalogue.ref, state: s.state, outcomes: s.status.outcomes, meets: s.status.meets, below: s.status.below, unanswered: s.status.unanswered, byLevel: s.progress.byLevel, status: s.status.label };
    }),
  );
  return { catalogue: catalogueKey, points };
}
