// How the catalogue pages say things: counts of node types, links to catalogues and nodes, relation names.
import type { CrosswalkRelation } from '../api/get-crosswalk-links';
import type { TagColour } from '../../../components/Tag';

const PLURALS: Record<string, string> = { evidence: 'evidence items', article: 'articles' };

export function typeCount(type: string, n: number): string {
  const noun = n === 1 ? (type === 'evidence' ? 'evidence item' : type) : (PLURALS[type] ?? `${type}s`);
  return `${n} ${noun}`;
}

/** { objective: 4, principle: 14, outcome: 39 } → "4 objectives, 14 principles, 39 outcomes". */
export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([type, n]) => typeCount(type, n))
    .join(', ');
}

export function typeLabel(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

export function catalogueLink(key: string, version: string): string {
  return `/catalogues/${encodeURIComponent(key)}/${encodeURIComponent(version)}`;
}

/** The id of a node's place on its catalogue page ('5(1)(a)' → 'node-5-1-a'). */
export function nodeAnchor(ref: string): string {
  return `node-${ref.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

export function crosswalkLink(source: string, target: string): string {
  return `/crosswalks?${new URLSearchParams({ source, target }).toString()}`;
}

/** Each relation read as "source … target". */
export const RELATION_WORDS: Record<CrosswalkRelation, { label: string; meaning: string; colour: TagColour }> = {
  equal: { label: 'Equal', meaning: 'the same requirement', colour: 'green' },
  subset: { label: 'Subset', meaning: 'meeting the target also meets the source', colour: 'blue' },
  superset: { label: 'Superset', meaning: 'meeting the source also meets the target', colour: 'purple' },
  intersects: { label: 'Intersects', meaning: 'they overlap; neither covers the other', colour: 'aqua-green' },
  related: { label: 'Related', meaning: 'on the same subject, with no claim of coverage', colour: 'grey' },
};

/** A catalogue's full name with its version, unless the name already says it ("… Toolkit 2025-26 (CAF-aligned)"). */
export function catalogueTitle(catalogue: { name: string; version: string }): string {
  return catalogue.name.includes(catalogue.version) ? catalogue.name : `${catalogue.name} ${catalogue.version}`;
}

/**
 * A catalogue as people say it: its short name and version, with the publisher's acronym its full
 * name starts with ("NCSC CAF 3.2", "DSPT 2025-26", "NDG standards (2016)"). Raw ids such as caf@3.2
 * are for the command line.
 */
export function catalogueLabel(catalogue: { name: string; shortName: string | null; version: string }): string {
  const short = catalogue.shortName ?? catalogueTitle(catalogue);
  const publisher = /^([A-Z]{2,})\s/.exec(catalogue.name)?.[1];
  const named = publisher && !short.includes(publisher) ? `${publisher} ${short}` : short;
  return named.includes(catalogue.version) ? named : `${named} (${catalogue.version})`;
}

/** Where one node of a catalogue has its own page. */
export function nodeLink(key: string, version: string, ref: string): string {
  return `${catalogueLink(key, version)}/nodes/${encodeURIComponent(ref)}`;
}

/** The most of a statement a list shows; the node's own page has all of it. */
export const STATEMENT_CHARS = 300;

/** The text cut at a word boundary to at most max characters, with an ellipsis when anything was cut. */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The imported statement to show under a node's label, or null when there is none or the label already is it. */
export function statementBeyondLabel(node: { label: string; officialText: { description?: string | undefined } | null }): string | null {
  const statement = node.officialText?.description?.trim();
  if (!statement) return null;
  const labelText = node.label.replace(/…$/, '');
  return statement.replace(/\s+/g, ' ').startsWith(labelText) ? null : statement;
}

/** The facts a node may carry, in words. */
export const ATTRIBUTE_LABELS: Record<string, string> = {
  assetType: 'Asset type',
  securityFunction: 'Security function',
  leadershipObligation: 'Leadership obligation',
  achievementLevel: 'Achievement level it indicates',
  ncscIndex: 'NCSC index',
  localId: 'Id in the imported file',
  sourceRef: 'Reference in the imported file',
  sourceUrn: 'URN in the imported file',
};
