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

/** A reference Bulwark can store: the catalogue format's rule for refs. */
const USABLE_REF = /^[A-Za-z0-9][A-Za-z0-9 .()_:/-]*$/;
const MAX_REF_LENGTH = 64;

export interface WebCafIndicator {
  level: AchievementLevel;
  /** The key under which the file lists the statement: WebCAF's own id (A1.a.5 in its v4.0 file, 5 in v3.2). */
  localId: string;
  /**
   * Our ref for it: the local id, under its outcome's code when the id does not start with it (v3.2's
   * 5 under A1.a is A1.a.5), and with the level's code when the file lists the same id under two
   * levels of one outcome (A4.a.11-PA and A4.a.11-A).
   */
  ref: string;
  /** NCSC's index exactly as the file gives it (A1.a.NA.1); absent when the file gives none. Never invented. */
  ncscIndex?: string;
  /** How the file writes it: as a line of text (v3.2, which has no index) or with fields (v4.0, which should name its index). */
  written: 'as-text' | 'with-fields';
  statement: string;
  path: Array<string | number>;
}

export interface WebCafOutcome {
  code: string;
  principleCode: string;
  path: Array<string | number>;
  indicators: WebCafIndicator[];
}

export interface WebCafFile {
  outcomes: WebCafOutcome[];
  /** What the file gets wrong that does not stop the import: indexes missing or given twice, ids listed twice. */
  notices: string[];
}

/** Is this parsed YAML in WebCAF's shape? (Objectives that hold principles.) */
export function looksLikeWebCaf(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('objectives' in value)) return false;
  const objectives = value.objectives;
  if (typeof objectives !== 'object' || objectives === null) return false;
  return Object.values(objectives).some((o) => typeof o === 'object' && o !== null && 'principles' in o);
}

/**
 * Every outcome in the file with its statements, in file order, each keyed by the file's own id.
 * Faults only the file can fix are thrown with their lines; an NCSC index that is missing or that two
 * statements share is reported as a notice and the statements kept, since the file's ids tell them apart.
 */
export function readWebCaf(yaml: SafeYaml, fileLabel: string): WebCafFile {
  const file = readWithSchema(yaml, webcafSchema, fileLabel, 'CAF file in the WebCAF shape');
  const problems: FieldProblem[] = [];
  const outcomes: WebCafOutcome[] = [];
  const seenOutcomes = new Set<string>();
  const lineOf = (path: Array<string | number>) => {
    const line = yaml.lineAt(path);
    return line ? ` (line ${line})` : '';
  };

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
        if (seenOutcomes.has(code)) {
          problems.push(yamlProblem(yaml, [...path, 'code'], `outcome ${code} appears twice in the file`, code));
          continue;
        }
        seenOutcomes.add(code);
        if (!code.startsWith(principle.code.trim())) {
          problems.push(yamlProblem(yaml, [...path, 'code'], `outcome ${code} is listed under principle ${principle.code}, which it does not belong to`, code));
        }
        const indicators: WebCafIndicator[] = [];
        for (const group of ACHIEVEMENT_GROUPS) {
          for (const [indicatorKey, indicator] of Object.entries(outcome.indicators[group.key] ?? {})) {
            const at = [...path, 'indicators', group.key, indicatorKey];
            const localId = indicatorKey.trim();
            const statement = (typeof indicator === 'string' ? indicator : indicator.description).replace(/\s+/g, ' ').trim();
            const declared = typeof indicator === 'string' ? undefined : indicator['ncsc-index']?.trim() || undefined;
            const ref = localId.startsWith(`${code}.`) ? localId : `${code}.${localId}`;
            if (!statement) problems.push(yamlProblem(yaml, at, 'the indicator has no statement'));
            if (!USABLE_REF.test(ref) || ref.length > MAX_REF_LENGTH - 3) {
              problems.push(yamlProblem(yaml, at, `"${localId}" cannot be stored as a reference: use letters, digits, spaces and . ( ) _ : / - only, at most ${MAX_REF_LENGTH - 3 - code.length - 1} characters`, localId));
            }
            if (declared !== undefined && !isIndexOf(declared, code, group.code)) {
              problems.push(
                yamlProblem(yaml, [...at, 'ncsc-index'], `"${declared}" is not an index of a ${group.label.toLowerCase()} indicator of ${code} (expected ${code}.${group.code}.<number>)`, declared),
              );
            }
            indicators.push({
              level: group.level,
              localId,
              ref,
              ...(declared ? { ncscIndex: declared } : {}),
              written: typeof indicator === 'string' ? 'as-text' : 'with-fields',
              statement: statement.slice(0, 20000),
              path: at,
            });
          }
        }
        if (indicators.length > MAX_INDICATORS_PER_OUTCOME) {
          problems.push(yamlProblem(yaml, [...path, 'indicators'], `lists ${indicators.length} indicators; no CAF outcome has more than ${MAX_INDICATORS_PER_OUTCOME}`));
        }
        outcomes.push({ code, principleCode: principle.code.trim(), path, indicators: qualifyRepeatedIds(indicators) });
      }
    }
  }
  if (outcomes.length === 0) problems.push(yamlProblem(yaml, ['objectives'], 'the file lists no outcomes'));
  const firstAt = new Map<string, WebCafIndicator>();
  for (const indicator of outcomes.flatMap((o) => o.indicators)) {
    const earlier = firstAt.get(indicator.ref);
    if (earlier) problems.push(yamlProblem(yaml, indicator.path, `${indicator.ref} is already the id of the statement at ${earlier.localId}${lineOf(earlier.path)}; each statement needs its own`, indicator.localId));
    else firstAt.set(indicator.ref, indicator);
  }
  if (problems.length) throw failure(`${fileLabel} has problems`, problems);
  return { outcomes, notices: indexNotices(outcomes, lineOf) };
}

/** Is this index NCSC's form for an indicator of this outcome and level: <outcome>.<NA|PA|A>.<number>? */
function isIndexOf(index: string, outcome: string, levelCode: string): boolean {
  const prefix = `${outcome}.${levelCode}.`;
  return index.startsWith(prefix) && /^[1-9]\d{0,3}$/.test(index.slice(prefix.length));
}

/** An id the file lists under two levels of one outcome names two statements: each gets its level's code. */
function qualifyRepeatedIds(indicators: WebCafIndicator[]): WebCafIndicator[] {
  const count = new Map<string, number>();
  for (const i of indicators) count.set(i.ref, (count.get(i.ref) ?? 0) + 1);
  return indicators.map((i) => (count.get(i.ref)! > 1 ? { ...i, ref: `${i.ref}-${levelCode(i.level)}` } : i));
}

function levelCode(level: AchievementLevel): string {
  return ACHIEVEMENT_GROUPS.find((g) => g.level === level)!.code;
}

/** Notices, each with the lines of the statements concerned: ids listed twice, indexes given twice, statements without one. */
function indexNotices(outcomes: WebCafOutcome[], lineOf: (path: Array<string | number>) => string): string[] {
  const notices: string[] = [];
  const all = outcomes.flatMap((o) => o.indicators.map((i) => ({ outcome: o.code, indicator: i })));
  const describe = (i: WebCafIndicator) => `${i.localId}${lineOf(i.path)}`;

  const byLocalId = groupBy(all, ({ outcome, indicator }) => `${outcome}\u0000${indicator.localId}`);
  for (const same of byLocalId.values()) {
    if (same.length < 2) continue;
    const { outcome, indicator } = same[0]!;
    const where = same.map(({ indicator: i }) => `${labelOf(i.level)}${lineOf(i.path)}`).join(' and ');
    notices.push(`${outcome}: the file lists ${indicator.localId} under ${where}; both statements are kept, as ${same.map(({ indicator: i }) => i.ref).join(' and ')}.`);
  }
  const byIndex = groupBy(
    all.filter(({ indicator }) => indicator.ncscIndex),
    ({ indicator }) => indicator.ncscIndex!,
  );
  for (const [index, same] of byIndex) {
    if (same.length < 2) continue;
    notices.push(`${index} is the NCSC index of ${same.length} statements in the file: ${same.map(({ indicator }) => describe(indicator)).join(' and ')}. All are kept, under the file's own ids.`);
  }
  // v3.2's shape has no index at all; a statement in v4.0's shape without one is worth a look.
  const missing = all.filter(({ indicator }) => indicator.written === 'with-fields' && !indicator.ncscIndex);
  for (const { indicator } of missing) notices.push(`${describe(indicator)} has no ncsc-index; it is kept as ${indicator.ref}, without one.`);
  return notices;
}

function labelOf(level: AchievementLevel): string {
  return ACHIEVEMENT_GROUPS.find((g) => g.level === level)!.label.toLowerCase();
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
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
      const clash = byRef.get(indicator.ref);
      if (clash && !(clash.type === 'indicator' && clash.parentRef === outcome.code)) {
        problems.push(yamlProblem(yaml, indicator.path, `${label} already has a node ${indicator.ref} that is not an indicator of ${outcome.code}`, indicator.localId));
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
    indicators.forEach((indicator, order) => {
      nodes.push({
        ref: indicator.ref,
        parentRef: node.ref,
        type: 'indicator',
        // Our words: the level, and NCSC's index when the file gives one; the statement is official text.
        title: `${ACHIEVEMENT_GROUPS.find((g) => g.level === indicator.level)!.label} indicator${indicator.ncscIndex ? ` ${indicator.ncscIndex}` : ''}`,
        assessable: false,
        attributes: { achievementLevel: indicator.level, localId: indicator.localId, ...(indicator.ncscIndex ? { ncscIndex: indicator.ncscIndex } : {}) },
        order,
        officialText: { description: indicator.statement },
      });
    });
  }
  const indicators = outcomes.reduce((sum, o) => sum + o.indicators.length, 0);
  return { doc: { ...catalogue, nodes }, outcomes: outcomes.length, indicators, replaced: replacedRefs.size, notices };
}
