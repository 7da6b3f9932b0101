// Answer once: the organisation's answers in other assessments, carried through the crosswalks onto
// this assessment's requirements as suggestions, with the relation that links them.
import type { Suggestion } from '../../contract/assessments.js';
import type { Db } from '../../platform/db/database.js';
import { crosswalkBetween, listCrosswalks } from '../catalogues/service.js';
import type { AssessmentFrame } from './assessment-frame.js';
import { loadFrame } from './assessment-frame.js';
import { RELATION_WORDS } from './domain/relations.js';
import { rankSuggestions, suggestedLevel } from './domain/suggestions.js';
import { resolveResponse } from './domain/response-rules.js';
import { parse, stateOfRow } from './response-views.js';
import * as store from './store.js';

/** Suggestions for each requirement of the assessment, best first. */
export async function suggestionsFor(db: Db, assessment: store.AssessmentRow, frame: AssessmentFrame): Promise<Map<string, Suggestion[]>> {
  const here = `${assessment.catalogue_key}@${assessment.catalogue_version}`;
  const crosswalks = await listCrosswalks(db);
  const linked = new Set(crosswalks.flatMap((c) => (c.source.ref === here ? [c.target.ref] : c.target.ref === here ? [c.source.ref] : [])));
  const others = (await store.assessmentsOf(db, assessment.org_id)).filter(
    (a) => a.id !== assessment.id && a.state !== 'archived' && linked.has(`${a.catalogue_key}@${a.catalogue_version}`),
  );
  const result = new Map<string, Suggestion[]>();
  if (others.length === 0) return result;
  const [responses, links] = await Promise.all([store.responsesOf(db, others.map((o) => o.id)), Promise.all(others.map((o) => evidenceCounts(db, o.id)))]);
  const crosswalkByCatalogue = new Map<string, Awaited<ReturnType<typeof crosswalkBetween>>>();

  for (const [index, other] of others.entries()) {
    const there = `${other.catalogue_key}@${other.catalogue_version}`;
    if (!crosswalkByCatalogue.has(there)) crosswalkByCatalogue.set(there, await crosswalkBetween(db, there, here));
    const otherFrame = await loadFrame(db, other.org_id, { key: other.catalogue_key, version: other.catalogue_version, profile: null, implementationGroups: parse(other.implementation_groups_json, []) });
    const rowOf = new Map(responses.filter((r) => r.assessment_id === other.id).map((r) => [r.node_ref, r]));
    for (const link of crosswalkByCatalogue.get(there)!.links) {
      const target = frame.byRef.get(link.target.ref);
      const source = otherFrame.byRef.get(link.source.ref);
      const row = rowOf.get(link.source.ref);
      if (!target || !source || !row) continue;
      const resolved = resolveResponse(stateOfRow(row), source);
      const evidence = links[index]!.get(link.source.ref) ?? 0;
      if (resolved.level === null && !resolved.narrative && evidence === 0) continue;
      const relation = link.relation;
      const suggestion = suggestedLevel(relation, source.levels, resolved.level, target.levels);
      const list = result.get(target.ref) ?? [];
      list.push({
        assessmentId: other.id,
        assessmentTitle: other.title,
        catalogue: there,
        sourceRef: source.ref,
        sourceTitle: source.title,
        relation,
        relationWords: RELATION_WORDS[relation],
        sourceLevel: resolved.level,
        level: suggestion.level,
        qualifier: suggestion.qualifier,
        narrative: resolved.narrative,
        evidence,
      });
      result.set(target.ref, list);
    }
  }
  for (const [ref, list] of result) result.set(ref, rankSuggestions(list.map((s) => ({ ...s, suggestion: { level: s.level, qualifier: s.qualifier } }))).map(({ suggestion: _, ...s }) => s));
  return result;
}

async function evidenceCounts(db: Db, assessmentId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const link of await store.evidenceLinksOf(db, assessmentId)) counts.set(link.node_ref, (counts.get(link.node_ref) ?? 0) + 1);
  return counts;
}
