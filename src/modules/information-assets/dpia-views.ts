// DPIAs as people read them: stored rows turned into the API's answers, with the state, the risk
// scores and the flags worked out as of a date; and the rows as the DPIA rules read them.
import { type DpiaDetail, type DpiaRisk, type RiskLikelihood, type RiskSeverity, SCREENING_QUESTION_LABELS, SCREENING_QUESTIONS, type SignOffOutcome } from '../../contract/dpias.js';
import type { DpiaRef } from '../../contract/information-assets.js';
import type { DpiaRiskRow, DpiaRow } from '../../platform/db/schema.js';
import { type DpiaFacts, dpiaFlags, dpiaState, riskScore, type ScreeningAnswers, screeningOutcome } from './domain/dpia-rules.js';
import { type FlagActions, withActions } from './register-views.js';

/** What a set of DPIAs holds beside their rows, read once for all of them. */
export interface DpiaRecords {
  risks: ReadonlyMap<string, readonly DpiaRiskRow[]>;
  assetIds: ReadonlyMap<string, readonly string[]>;
  flowIds: ReadonlyMap<string, readonly string[]>;
}

/** The names of what DPIAs cover and of the people in them: for answers, not for rules. */
export interface DpiaNames {
  assets: ReadonlyMap<string, { name: string; archived_at: string | null }>;
  flows: ReadonlyMap<string, { name: string; archived_at: string | null }>;
  people: ReadonlyMap<string, string>;
}

export const screeningOf = (row: Pick<DpiaRow, 'screening_json'>) => JSON.parse(row.screening_json) as ScreeningAnswers;

export function riskOf(row: DpiaRiskRow): DpiaRisk {
  const likelihood = row.likelihood as RiskLikelihood;
  const severity = row.severity as RiskSeverity;
  const residualLikelihood = row.residual_likelihood as RiskLikelihood;
  const residualSeverity = row.residual_severity as RiskSeverity;
  return {
    description: row.description,
    likelihood,
    severity,
    measures: row.measures,
    residualLikelihood,
    residualSeverity,
    score: riskScore(likelihood, severity),
    residualScore: riskScore(residualLikelihood, residualSeverity),
  };
}

export function dpiaFactsOf(row: DpiaRow, records: DpiaRecords): DpiaFacts {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    screening: screeningOf(row),
    notRequiredReason: row.not_required_reason,
    necessity: row.necessity,
    consultation: row.consultation,
    linkCount: (records.assetIds.get(row.id)?.length ?? 0) + (records.flowIds.get(row.id)?.length ?? 0),
    risks: (records.risks.get(row.id) ?? []).map(riskOf),
    assessmentVersion: row.assessment_version,
    adviceOnVersion: row.dpo_advice === null ? null : row.dpo_advice_version,
    signOffOutcome: row.sign_off_outcome as SignOffOutcome | null,
    reviewOn: row.review_on,
  };
}

export function dpiaRefOf(row: DpiaRow, records: DpiaRecords, asOf: string): DpiaRef {
  return { id: row.id, reference: row.reference, title: row.title, state: dpiaState(dpiaFactsOf(row, records), asOf) };
}

function personOf(id: string | null, people: ReadonlyMap<string, string>) {
  return id ? { id, name: people.get(id) ?? 'Former member' } : null;
}

const linked = (ids: readonly string[] | undefined, names: DpiaNames['assets']) =>
  (ids ?? [])
    .map((id) => ({ id, name: names.get(id)?.name ?? '', archived: !!names.get(id)?.archived_at }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

export function dpiaDetailOf(row: DpiaRow, records: DpiaRecords, names: DpiaNames, asOf: string, actions: FlagActions): DpiaDetail {
  const facts = dpiaFactsOf(row, records);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    owner: personOf(row.owner_id, names.people),
    state: dpiaState(facts, asOf),
    screening: {
      answers: SCREENING_QUESTIONS.map((question) => ({ question, label: SCREENING_QUESTION_LABELS[question], answer: facts.screening[question] ?? null })),
      notRequiredReason: row.not_required_reason,
      outcome: screeningOutcome(facts.screening, row.not_required_reason),
    },
    necessity: row.necessity,
    consultation: row.consultation,
    assets: linked(records.assetIds.get(row.id), names.assets),
    flows: linked(records.flowIds.get(row.id), names.flows),
    risks: (records.risks.get(row.id) ?? []).map(riskOf),
    assessmentVersion: row.assessment_version,
    dpoAdvice:
      row.dpo_advice === null
        ? null
        : { advice: row.dpo_advice, by: personOf(row.dpo_advice_by, names.people), at: row.dpo_advice_at ?? row.updated_at, onEarlierVersion: row.dpo_advice_version !== row.assessment_version },
    signOff: row.sign_off_outcome === null ? null : { outcome: row.sign_off_outcome as SignOffOutcome, conditions: row.sign_off_conditions, by: personOf(row.sign_off_by, names.people), at: row.sign_off_at ?? row.updated_at },
    reviewOn: row.review_on,
    flags: withActions(dpiaFlags(facts, asOf), actions),
    version: row.version,
    createdAt: row.created_at,
    createdBy: personOf(row.created_by, names.people),
    updatedAt: row.updated_at,
    updatedBy: personOf(row.updated_by, names.people),
  };
}
