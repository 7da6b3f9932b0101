// An organisation's own expected levels and status labels for a catalogue: what they are once a change
// is applied, and what they read as with the base profile and the catalogue's labels filled in. Pure.
import type { FieldProblem } from '../../../platform/errors.js';
import { checkProfileLevels, type StatusLabel } from './catalogue-format.js';

export interface OrgSettings {
  expected: Record<string, string>;
  baseProfile: string | null;
  /** status label id → the organisation's label; ids left out read as the catalogue's. */
  statusLabels: Record<string, string>;
}

export interface SettingsChange {
  expected: Record<string, string | null>;
  statusLabels?: Record<string, string | null> | undefined;
  fromProfile?: string | undefined;
}

export interface CatalogueFacts {
  nodes: ReadonlyMap<string, { assessable: boolean; levels: readonly string[] }>;
  statusLabels: readonly StatusLabel[];
  profiles: ReadonlyMap<string, Record<string, string>>;
}

/**
 * The settings after a change, or every problem with it (each naming the ref or label, the value and
 * why). A profile named in fromProfile replaces the organisation's levels as the starting point; the
 * levels in the change then apply on top; null clears one.
 */
export function applySettingsChange(current: OrgSettings, change: SettingsChange, catalogue: CatalogueFacts): { settings: OrgSettings } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  let expected = { ...current.expected };
  let baseProfile = current.baseProfile;
  if (change.fromProfile !== undefined) {
    const profile = catalogue.profiles.get(change.fromProfile);
    if (!profile) {
      const known = [...catalogue.profiles.keys()];
      problems.push({ field: 'fromProfile', value: change.fromProfile, message: `there is no profile "${change.fromProfile}" in this catalogue${known.length ? `; there is ${known.join(', ')}` : ''}` });
    } else {
      expected = { ...profile };
      baseProfile = change.fromProfile;
    }
  }

  for (const [ref, level] of Object.entries(change.expected)) {
    if (level === null) {
      if (!catalogue.nodes.get(ref)?.assessable) problems.push({ field: `expected.${ref}`, value: null, message: `no assessable node has the ref "${ref}"` });
      delete expected[ref];
      continue;
    }
    // The same rules as a profile document: an assessable node, and a level it allows or not-applicable.
    const [problem] = checkProfileLevels({ [ref]: level }, '', ['expected'], catalogue.nodes);
    if (problem) problems.push({ field: `expected.${ref}`, value: level, message: problem.message });
    else expected[ref] = level;
  }

  const statusLabels = { ...current.statusLabels };
  const labelIds = new Set(catalogue.statusLabels.map((s) => s.id));
  for (const [id, label] of Object.entries(change.statusLabels ?? {})) {
    if (!labelIds.has(id)) {
      problems.push({ field: `statusLabels.${id}`, value: label, message: labelIds.size ? `there is no status label "${id}"; there is ${[...labelIds].join(', ')}` : `this catalogue has no status labels, so "${id}" cannot be set` });
    } else if (label === null) delete statusLabels[id];
    else statusLabels[id] = label;
  }
  return problems.length ? { problems } : { settings: { expected, baseProfile, statusLabels } };
}

/** Per node, the organisation's level, else the base profile's, else none. */
export function effectiveLevel(settings: OrgSettings, baseProfileLevels: Readonly<Record<string, string>>, ref: string): { level: string | null; source: 'organisation' | 'profile' | 'none' } {
  const own = settings.expected[ref];
  if (own !== undefined) return { level: own, source: 'organisation' };
  const fromProfile = baseProfileLevels[ref];
  if (fromProfile !== undefined) return { level: fromProfile, source: 'profile' };
  return { level: null, source: 'none' };
}
