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
