// Reads a CAF file in the shape of the government's WebCAF YAML (objectives → principles → outcomes,
// each outcome's indicators of good practice grouped not-achieved / partially-achieved / achieved)
// and adds those indicators, as checklists, under the outcomes of a CAF version already in Bulwark.
// The statements are NCSC's text, so they go in officialText: this installation's copy only.
import { z } from 'zod';
import type { CatalogueDocument, CatalogueNode } from '../domain/catalogue-format.js';
import type { FieldProblem } from '../../../platform/errors.js';
import { failure, readWithSchema, yamlProblem, type SafeYaml } from './safe-yaml.js';

export const ACHIEVEMENT_GROUPS = [
  { key: 'not-achieved', code: 'NA', level: 'not-achieved', label: 'Not achieved', countAttribute: 'indicatorsNotAchieved' },
  { key: 'partially-achieved', code: 'PA', level: 'partially-achieved', label: 'Partially achieved', countAttribute: 'indicatorsPartiallyAchieved' },
  { key: 'achieved', code: 'A', level: 'achieved', label: 'Achieved', countAttribute: 'indicatorsAchieved' },
] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_GROUPS)[number]['level'];

const text = z.union([z.string(), z.number()]).transform(String);

/** WebCAF's v3.2 file writes an indicator as its statement; v4.0 as { description, ncsc-index }. */
const indicatorSchema = z.union([text, z.looseObject({ description: text, 'ncsc-index': text.nullish() })]);
const indicatorGroupSchema = z.record(z.string(), indicatorSchema).nullish();

const outcomeSchema = z.looseObject({
  code: text,
  title: text.nullish(),
  indicators: z.looseObject({
    'not-achieved': indicatorGroupSchema,
    'partially-achieved': indicatorGroupSchema,
    achieved: indicatorGroupSchema,
  }),
});
const principleSchema = z.looseObject({
  code: text,
  title: text.nullish(),
  // v4.0 calls them outcomes; v3.2 sections.
  outcomes: z.record(z.string(), outcomeSchema).nullish(),
  sections: z.record(z.string(), outcomeSchema).nullish(),
});
const objectiveSchema = z.looseObject({ code: text, title: text.nullish(), principles: z.record(z.string(), principleSchema) });
const webcafSchema = z.looseObject({ objectives: z.record(z.string(), objectiveSchema) });

/** The most indicators one outcome may list: the largest CAF outcome has 25. */
export const MAX_INDICATORS_PER_OUTCOME = 200;

export interface WebCafIndicator {
  level: AchievementLevel;
  /** NCSC's index: outcome, level code and position, e.g. A1.a.NA.1. */
  ncscIndex: string;
  statement: string;
  path: Array<string | number>;
}

export interface WebCafOutcome {
  code: string;
  principleCode: string;
  path: Array<string | number>;
  indicators: WebCafIndicator[];
}

/** Is this parsed YAML in WebCAF's shape? (Objectives that hold principles.) */
export function looksLikeWebCaf(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('objectives' in value)) return false;
  const objectives = value.objectives;
  if (typeof objectives !== 'object' || objectives === null) return false;
  return Object.values(objectives).some((o) => typeof o === 'object' && o !== null && 'principles' in o);
}

/** Every outcome in the file with its indicators, in file order; faults are thrown with their lines. */
export function readWebCaf(yaml: SafeYaml, fileLabel: string): WebCafOutcome[] {
  const file = readWithSchema(yaml, webcafSchema, fileLabel, 'CAF file in the WebCAF shape');
  const problems: FieldProblem[] = [];
  const outcomes: WebCafOutcome[] = [];
  const seenOutcomes = new Map<string, Array<string | number>>();
  const seenIndexes = new Set<string>();

  for (const [objectiveKey, objective] of Object.entries(file.objectives)) {
    for (const [principleKey, principle] of Object.entries(objective.principles)) {
      const base = ['objectives', objectiveKey, 'principles', principleKey];
      const listKey = principle.outcomes ? 'outcomes' : 'sections';
      const list = principle.outcomes ?? principle.sections;
      if (!list) {
        problems.push(yamlProblem(yaml, base, `principle ${principle.code} lists no outcomes (expected "outcomes" or "sections")`));
        continue;
      }
      for (const [outcomeKey, outcome] of Object.entries(list)) {
        const path = [...base, listKey, outcomeKey];
        const code = outcome.code.trim();
        const earlier = seenOutcomes.get(code);
        if (earlier) {
          problems.push(yamlProblem(yaml, [...path, 'code'], `outcome ${code} appears twice in the file`, code));
          continue;
        }
        seenOutcomes.set(code, path);
        if (!code.startsWith(principle.code.trim())) {
          problems.push(yamlProblem(yaml, [...path, 'code'], `outcome ${code} is listed under principle ${principle.code}, which it does not belong to`, code));
        }
        const indicators: WebCafIndicator[] = [];
        for (const group of ACHIEVEMENT_GROUPS) {
          const entries = Object.entries(outcome.indicators[group.key] ?? {});
          entries.forEach(([indicatorKey, indicator], position) => {
            const at = [...path, 'indicators', group.key, indicatorKey];
            const statement = (typeof indicator === 'string' ? indicator : indicator.description).replace(/\s+/g, ' ').trim();
            const declared = typeof indicator === 'string' ? undefined : indicator['ncsc-index']?.trim();
            const ncscIndex = declared || `${code}.${group.code}.${position + 1}`;
            if (!statement) problems.push(yamlProblem(yaml, at, 'the indicator has no statement'));
            if (declared && !new RegExp(`^${escapeRegExp(code)}\\.${group.code}\\.\\d+$`).test(declared)) {
              problems.push(yamlProblem(yaml, [...at, 'ncsc-index'], `"${declared}" is not an index of a ${group.label.toLowerCase()} indicator of ${code} (expected ${code}.${group.code}.<number>)`, declared));
            } else if (seenIndexes.has(ncscIndex)) {
              problems.push(yamlProblem(yaml, at, `the index ${ncscIndex} is used twice`, ncscIndex));
            }
            seenIndexes.add(ncscIndex);
            indicators.push({ level: group.level, ncscIndex, statement: statement.slice(0, 20000), path: at });
          });
        }
        if (indicators.length > MAX_INDICATORS_PER_OUTCOME) {
          problems.push(yamlProblem(yaml, [...path, 'indicators'], `lists ${indicators.length} indicators; no CAF outcome has more than ${MAX_INDICATORS_PER_OUTCOME}`));
        }
        outcomes.push({ code, principleCode: principle.code.trim(), path, indicators });
      }
    }
  }
  if (outcomes.length === 0) problems.push(yamlProblem(yaml, ['objectives'], 'the file lists no outcomes'));
  if (problems.length) throw failure(`${fileLabel} has problems`, problems);
  return outcomes;
}

export interface IndicatorMerge {
  doc: CatalogueDocument;
  outcomes: number;
  indicators: number;
  /** Indicator nodes from an earlier import that this one replaces. */
  replaced: number;
  /** Things worth a person's attention that do not stop the import. */
  notices: string[];
}

/**
 * The loaded CAF version with the file's indicators under its outcomes, replacing any indicators
 * an earlier import put there. Every outcome in the file must exist in that version, and an
 * outcome may have partially-achieved indicators only if the version gives it that level.
 */
export function addIndicators(yaml: SafeYaml, catalogue: CatalogueDocument, outcomes: WebCafOutcome[], fileLabel: string): IndicatorMerge {
  const label = `${catalogue.id}@${catalogue.version}`;
  const byRef = new Map(catalogue.nodes.map((n) => [n.ref, n]));
  const problems: FieldProblem[] = [];
  const notices: string[] = [];
  const fileOutcomes = new Set(outcomes.map((o) => o.code));

  for (const outcome of outcomes) {
    const node = byRef.get(outcome.code);
    if (!node || node.type !== 'outcome') {
      problems.push(yamlProblem(yaml, [...outcome.path, 'code'], `${label} has no outcome ${outcome.code}; is this file for a different CAF version?`, outcome.code));
      continue;
    }
    const levels = node.levels ?? catalogue.defaultLevels ?? [];
    const partial = outcome.indicators.filter((i) => i.level === 'partially-achieved');
    if (partial.length && !levels.includes('partially-achieved')) {
      problems.push(
        yamlProblem(
          yaml,
          [...outcome.path, 'indicators', 'partially-achieved'],
          `${outcome.code} has no Partially achieved level in ${label}, but the file lists ${partial.length} partially achieved ${partial.length === 1 ? 'indicator' : 'indicators'}`,
        ),
      );
    }
    for (const indicator of outcome.indicators) {
      const clash = byRef.get(indicator.ncscIndex);
      if (clash && !(clash.type === 'indicator' && clash.parentRef === outcome.code)) {
        problems.push(yamlProblem(yaml, indicator.path, `${label} already has a node ${indicator.ncscIndex} that is not an indicator of ${outcome.code}`, indicator.ncscIndex));
      }
    }
    for (const group of ACHIEVEMENT_GROUPS) {
      // The catalogue records how many indicators NCSC lists; WebCAF's own files differ in places.
      const recorded = node.attributes?.[group.countAttribute];
      const found = outcome.indicators.filter((i) => i.level === group.level).length;
      if (typeof recorded === 'number' && recorded !== found) {
        notices.push(`${outcome.code}: the file has ${found} ${group.label.toLowerCase()} ${found === 1 ? 'indicator' : 'indicators'}; ${label} records ${recorded}.`);
      }
    }
  }
  if (problems.length) throw failure(`${fileLabel} does not fit ${label}`, problems);

  const missing = catalogue.nodes.filter((n) => n.type === 'outcome' && !fileOutcomes.has(n.ref)).map((n) => n.ref);
  if (missing.length) notices.push(`The file has no indicators for ${missing.length} ${missing.length === 1 ? 'outcome' : 'outcomes'} of ${label}: ${missing.join(', ')}.`);

  // Indicators from an earlier import of the outcomes in this file are replaced; others stay.
  const replacedRefs = new Set(catalogue.nodes.filter((n) => n.type === 'indicator' && n.parentRef !== null && fileOutcomes.has(n.parentRef)).map((n) => n.ref));
  const indicatorsOf = new Map(outcomes.map((o) => [o.code, o.indicators]));
  const nodes: CatalogueNode[] = [];
  for (const node of catalogue.nodes) {
    if (replacedRefs.has(node.ref)) continue;
    nodes.push(node);
    const indicators = indicatorsOf.get(node.ref);
    if (node.type !== 'outcome' || !indicators) continue;
    const perLevel = new Map<string, number>();
    indicators.forEach((indicator, order) => {
      const group = ACHIEVEMENT_GROUPS.find((g) => g.level === indicator.level)!;
      const n = (perLevel.get(group.level) ?? 0) + 1;
      perLevel.set(group.level, n);
      nodes.push({
        ref: indicator.ncscIndex,
        parentRef: node.ref,
        type: 'indicator',
        title: `${group.label} indicator ${n}`,
        assessable: false,
        attributes: { achievementLevel: indicator.level, ncscIndex: indicator.ncscIndex },
        order,
        officialText: { description: indicator.statement },
      });
    });
  }
  const indicators = outcomes.reduce((sum, o) => sum + o.indicators.length, 0);
  return { doc: { ...catalogue, nodes }, outcomes: outcomes.length, indicators, replaced: replacedRefs.size, notices };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
