// The shape of a catalogue's tree, worked out from its flat node list: depth, reading order and counts.
import type { CatalogueNode, Relation } from './catalogue-format.js';

export interface PlacedNode {
  node: CatalogueNode;
  depth: number;
  /** Position in the whole tree, depth-first, siblings by their order (else their place in the file). */
  sortOrder: number;
}

/** Nodes in reading order. Assumes a validated catalogue (parents exist, no loops). */
export function placeNodes(nodes: readonly CatalogueNode[]): PlacedNode[] {
  const children = new Map<string | null, Array<{ node: CatalogueNode; index: number }>>();
  nodes.forEach((node, index) => {
    const list = children.get(node.parentRef) ?? [];
    list.push({ node, index });
    children.set(node.parentRef, list);
  });
  for (const list of children.values()) list.sort((a, b) => (a.node.order ?? a.index) - (b.node.order ?? b.index) || a.index - b.index);
  const placed: PlacedNode[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const { node } of children.get(parent) ?? []) {
      placed.push({ node, depth, sortOrder: placed.length });
      visit(node.ref, depth + 1);
    }
  };
  visit(null, 0);
  return placed;
}

/** How many nodes of each type: { objective: 4, principle: 14, outcome: 39 }. */
export function countByType(nodes: ReadonlyArray<{ type: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of nodes) counts[n.type] = (counts[n.type] ?? 0) + 1;
  return counts;
}

/** The same link read the other way round: if A is a subset of B, B is a superset of A. */
export function reverseRelation(relation: Relation): Relation {
  return relation === 'subset' ? 'superset' : relation === 'superset' ? 'subset' : relation;
}

/** Compare versions as people read them: 3.10 after 3.2, 2025-26 after 2024-25. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
