// The crosswalk relations, as the catalogues module names them ("source <relation> target").
export const RELATIONS = ['equal', 'subset', 'superset', 'intersects', 'related'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_WORDS: Record<Relation, string> = {
  equal: 'the same requirement',
  superset: 'asks for more than this one',
  subset: 'asks for less than this one',
  intersects: 'overlaps this one',
  related: 'is on the same subject',
};
