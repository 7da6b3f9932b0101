// A DPIA's risks as their form holds them (text as typed, choices as codes, '' while unchosen) and as
// the API takes them: the whole list, replacing those held; and the score each likelihood and severity
// give, worked out here as the API does, so the form shows it while the risk is being written.
import type { DpiaDetail, RiskBody, RiskLikelihood, RiskScore, RiskSeverity, RisksBody } from '../../../../contract/dpias';
import type { FieldError } from '../../../lib/api-client';
import type { Fact } from './facts';
import { RISK_LIKELIHOOD_LABELS, RISK_SCORE_WORDS, RISK_SEVERITY_LABELS } from './dpia-words';

export interface RiskValues {
  description: string;
  likelihood: RiskLikelihood | '';
  severity: RiskSeverity | '';
  measures: string;
  residualLikelihood: RiskLikelihood | '';
  residualSeverity: RiskSeverity | '';
}

export interface RisksValues {
  risks: RiskValues[];
}

export const BLANK_RISK: RiskValues = { description: '', likelihood: '', severity: '', measures: '', residualLikelihood: '', residualSeverity: '' };

export const RISK_PARTS = ['description', 'likelihood', 'severity', 'measures', 'residualLikelihood', 'residualSeverity'] as const;
export type RiskPart = (typeof RISK_PARTS)[number];

const LIKELIHOOD_POINTS: Record<RiskLikelihood, number> = { remote: 1, possible: 2, probable: 3 };
const SEVERITY_POINTS: Record<RiskSeverity, number> = { minimal: 1, significant: 2, severe: 3 };

/** The API's 3×3: likelihood times severity, 1–2 low, 3–4 medium, 6–9 high (its tests and these agree on all nine). */
export function riskScore(likelihood: RiskLikelihood, severity: RiskSeverity): RiskScore {
  const points = LIKELIHOOD_POINTS[likelihood] * SEVERITY_POINTS[severity];
  return points <= 2 ? 'low' : points <= 4 ? 'medium' : 'high';
}

/** The score of a pair while the form is filled: none until both are chosen. */
export function scoreWhileFilling(likelihood: RiskLikelihood | '', severity: RiskSeverity | ''): RiskScore | null {
  return likelihood && severity ? riskScore(likelihood, severity) : null;
}

/**
 * The form's name for a risk's field: the API names it `risks.0.description`, which the error
 * summary would otherwise fold into the list as a whole.
 */
export const riskField = (index: number, part: RiskPart) => `risks-${index + 1}-${part}`;

export function riskFieldOf(apiField: string): string | undefined {
  const match = /^risks\.(\d+)\.(\w+)$/.exec(apiField);
  return match && (RISK_PARTS as readonly string[]).includes(match[2]!) ? riskField(Number(match[1]), match[2] as RiskPart) : undefined;
}

export function risksValuesOf(dpia: DpiaDetail): RisksValues {
  return {
    risks: dpia.risks.map((risk) => ({
      description: risk.description,
      likelihood: risk.likelihood,
      severity: risk.severity,
      measures: risk.measures ?? '',
      residualLikelihood: risk.residualLikelihood,
      residualSeverity: risk.residualSeverity,
    })),
  };
}

const isBlank = (risk: RiskValues) => RISK_PARTS.every((part) => !risk[part].trim());
const MAX_DESCRIPTION = 5000;

/**
 * The whole list on the version the change rests on, and what stops it being sent: each risk needs its
 * description and all four choices. A wholly blank risk is left out, as an untouched "Add a risk".
 */
export function risksBodyOf(_read: RisksValues, edited: RisksValues, version: number): { body: RisksBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const risks: RiskBody[] = [];
  edited.risks.forEach((risk, index) => {
    if (isBlank(risk)) return;
    const name = `risk ${index + 1}`;
    const problem = (part: RiskPart, message: string) => errors.push({ field: riskField(index, part), message });
    const description = risk.description.trim();
    if (!description) problem('description', `Describe ${name}: what could happen to people, and how`);
    else if (description.length > MAX_DESCRIPTION) problem('description', `The description of ${name} must be ${MAX_DESCRIPTION.toLocaleString('en-GB')} characters or fewer`);
    if (!risk.likelihood) problem('likelihood', `Choose how likely ${name} is before the measures`);
    if (!risk.severity) problem('severity', `Choose how severe ${name} would be before the measures`);
    if (risk.measures.trim().length > MAX_DESCRIPTION) problem('measures', `The measures for ${name} must be ${MAX_DESCRIPTION.toLocaleString('en-GB')} characters or fewer`);
    if (!risk.residualLikelihood) problem('residualLikelihood', `Choose how likely ${name} is after the measures`);
    if (!risk.residualSeverity) problem('residualSeverity', `Choose how severe ${name} would be after the measures`);
    if (risk.likelihood && risk.severity && risk.residualLikelihood && risk.residualSeverity) {
      risks.push({
        description,
        likelihood: risk.likelihood,
        severity: risk.severity,
        measures: risk.measures.trim() || null,
        residualLikelihood: risk.residualLikelihood,
        residualSeverity: risk.residualSeverity,
      });
    }
  });
  return { body: { risks, version }, errors };
}

/** One risk in words: its description, then its score before and after the measures. */
export function riskInWords(risk: DpiaDetail['risks'][number]): string {
  const pair = (likelihood: RiskLikelihood, severity: RiskSeverity) =>
    `${RISK_SCORE_WORDS[riskScore(likelihood, severity)].text} (${RISK_LIKELIHOOD_LABELS[likelihood].toLowerCase()}, ${RISK_SEVERITY_LABELS[severity].toLowerCase()})`;
  return `${risk.description}: ${pair(risk.likelihood, risk.severity)} before the measures, ${pair(risk.residualLikelihood, risk.residualSeverity)} after`;
}

/** The risks in words, one fact each after their count, to show what a colleague changed. */
export function risksFacts(dpia: DpiaDetail): Array<Fact<string>> {
  return [
    { field: 'risks', key: 'Risks', text: dpia.risks.length === 1 ? '1 risk' : `${dpia.risks.length} risks` },
    ...dpia.risks.map((risk, index) => ({ field: `risk-${index + 1}`, key: `Risk ${index + 1}`, text: riskInWords(risk) })),
  ];
}
