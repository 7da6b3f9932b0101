// What an assessment is answered against: its catalogue version's requirements in scope, their
// indicators, the expected level of each (from the organisation's settings or a profile), and the
// status labels the organisation uses. Read through the catalogues module's service only.
import type { CatalogueDetail, CatalogueNodeView } from '../../contract/catalogues.js';
import type { Db } from '../../platform/db/database.js';
import { ValidationFailed } from '../../platform/errors.js';
import { getCatalogue, getOrgSettings } from '../catalogues/service.js';
import type { Indicator, IndicatorLevel } from './domain/indicator-rule.js';
import type { StatusRule } from './domain/profile-status.js';
import type { NodeFacts, ResponseStyle } from './domain/response-rules.js';

export interface Requirement extends NodeFacts {
  title: string;
  parentRef: string | null;
  implementationGroups: string[];
  node: CatalogueNodeView;
}

export interface AssessmentFrame {
  catalogue: CatalogueDetail;
  style: ResponseStyle;
  /** The requirements in scope, in reading order. */
  requirements: Requirement[];
  byRef: Map<string, Requirement>;
  /** node ref → expected level ('not-applicable' included); absent when the profile sets none. */
  expected: Map<string, string>;
  statusLabels: Array<{ id: string; label: string }>;
  levelLabels: Array<{ id: string; label: string }>;
}

// Status labels for catalogues that have none of their own (the CAF, CIS): met or below the profile.
const PLAIN_STATUS_LABELS = [
  { id: 'meets-profile', label: 'Meets the profile' },
  { id: 'below-profile', label: 'Below the profile' },
];

const INDICATOR_LEVELS: readonly string[] = ['not-achieved', 'partially-achieved', 'achieved'];

export function styleOf(kind: string): ResponseStyle {
  if (kind === 'controls') return 'safeguard';
  if (kind === 'framework' || kind === 'assurance-toolkit') return 'outcome';
  return 'checklist';
}

/** The status rule an assessment starts with: the catalogue's Standards Met / Not Met, or met / below the profile. */
export function defaultStatusRule(catalogue: CatalogueDetail): StatusRule {
  const ids = new Set(catalogue.statusLabels.map((s) => s.id));
  if (ids.has('standards-met') && ids.has('standards-not-met')) return { met: 'standards-met', below: 'standards-not-met' };
  return { met: 'meets-profile', below: 'below-profile' };
}

export async function loadFrame(
  db: Db,
  orgId: string,
  spec: { key: string; version: string; profile: string | null; implementationGroups: readonly string[] },
): Promise<AssessmentFrame> {
  const [catalogue, settings] = await Promise.all([getCatalogue(db, spec.key, spec.version), getOrgSettings(db, orgId, spec.key, spec.version)]);
  const style = styleOf(catalogue.kind);
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const node of catalogue.nodes) {
    const level = node.attributes.achievementLevel;
    if (node.type !== 'indicator' || !node.parentRef || typeof level !== 'string' || !INDICATOR_LEVELS.includes(level)) continue;
    const list = indicatorsOf.get(node.parentRef) ?? [];
    list.push({ ref: node.ref, level: level as IndicatorLevel });
    indicatorsOf.set(node.parentRef, list);
  }
  const groups = new Set(spec.implementationGroups);
  const requirements = catalogue.nodes
    .filter((n) => n.assessable && (groups.size === 0 || n.implementationGroups.some((g) => groups.has(g))))
    .map((node) => ({
      ref: node.ref,
      style,
      levels: node.levels,
      indicators: style === 'outcome' ? (indicatorsOf.get(node.ref) ?? []) : [],
      title: node.label,
      parentRef: node.parentRef,
      implementationGroups: node.implementationGroups,
      node,
    }));
  let expected = new Map<string, string>();
  if (spec.profile === 'organisation') expected = new Map(settings.expected.filter((e) => e.level !== null).map((e) => [e.ref, e.level!]));
  else if (spec.profile) expected = new Map(Object.entries(catalogue.profiles.find((p) => p.id === spec.profile)?.expected ?? {}));
  const statusLabels = settings.statusLabels.length ? settings.statusLabels.map((s) => ({ id: s.id, label: s.label })) : PLAIN_STATUS_LABELS;
  return { catalogue, style, requirements, byRef: new Map(requirements.map((r) => [r.ref, r])), expected, statusLabels, levelLabels: catalogue.levels.map((l) => ({ id: l.id, label: l.label })) };
}

/** Checks an assessment's scope against its catalogue: implementation groups, profile and status rule. */
export function scopeProblems(catalogue: CatalogueDetail, scope: { implementationGroups?: readonly string[]; profile?: string | null; statusRule?: StatusRule }): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const groups = catalogue.implementationGroups.map((g) => g.id);
  for (const g of scope.implementationGroups ?? []) {
    if (!groups.includes(g)) problems.push({ field: 'implementationGroups', message: groups.length ? `${g} is not an implementation group of ${catalogue.ref}: use ${groups.join(', ')}` : `${catalogue.ref} has no implementation groups` });
  }
  if (scope.profile && scope.profile !== 'organisation' && !catalogue.profiles.some((p) => p.id === scope.profile)) {
    problems.push({ field: 'profile', message: `${catalogue.ref} has no profile "${scope.profile}": use organisation${catalogue.profiles.map((p) => `, ${p.id}`).join('')}` });
  }
  if (scope.statusRule) {
    const labels = catalogue.statusLabels.length ? catalogue.statusLabels.map((s) => s.id) : PLAIN_STATUS_LABELS.map((s) => s.id);
    for (const key of ['met', 'below'] as const) {
      if (!labels.includes(scope.statusRule[key])) problems.push({ field: `statusRule.${key}`, message: `is not a status label of ${catalogue.ref}: use ${labels.join(', ')}` });
    }
  }
  return problems;
}

export function invalidScope(problems: Array<{ field: string; message: string }>): ValidationFailed {
  return new ValidationFailed(`The assessment was not saved: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`, problems);
}
