import { describe, expect, it } from 'vitest';
import type { ResponseView, Workspace } from '../../../../contract/assessments';
import { anyFilter, filterResponses, filtersFrom, groupResponses, topOf } from './outcome-filters';

const outline: Workspace['outline'] = [
  { ref: 'A', parentRef: null, title: 'Managing risk', type: 'objective' },
  { ref: 'A1', parentRef: 'A', title: 'Governance', type: 'principle' },
  { ref: 'A2', parentRef: 'A', title: 'Risk Management', type: 'principle' },
  { ref: 'B', parentRef: null, title: 'Protecting', type: 'objective' },
  { ref: 'B4', parentRef: 'B', title: 'System Security', type: 'principle' },
];

const response = (ref: string, parentRef: string, over: Partial<ResponseView> = {}) =>
  ({ ref, parentRef, owner: null, reviewState: 'to-do', standing: 'unanswered', rungsBelow: 0, ...over }) as ResponseView;

const responses = [
  response('A1.a', 'A1', { owner: { id: 'tom', name: 'Tom Whitfield' }, standing: 'below', rungsBelow: 1, reviewState: 'in-progress' }),
  response('A1.b', 'A1', { owner: { id: 'grace', name: 'Grace Mensah' }, standing: 'meets', reviewState: 'agreed' }),
  response('A2.a', 'A2'),
  response('B4.d', 'B4', { owner: { id: 'tom', name: 'Tom Whitfield' }, standing: 'meets' }),
];

const refs = (query: string, me = 'tom') => filterResponses(responses, outline, filtersFrom(new URLSearchParams(query)), me).map((r) => r.ref);

describe('filtering the workspace by the address', () => {
  it.each([
    ['', ['A1.a', 'A1.b', 'A2.a', 'B4.d']],
    ['owner=grace', ['A1.b']],
    ['owner=none', ['A2.a']],
    ['review=agreed', ['A1.b']],
    ['objective=B', ['B4.d']],
    ['objective=A&standing=below', ['A1.a']],
    ['standing=unanswered', ['A2.a']],
    ['standing=attention', ['A1.a', 'A2.a']],
    ['mine=yes', ['A1.a', 'B4.d']],
    ['mine=yes&review=in-progress', ['A1.a']],
  ])('?%s → %j', (query, expected) => expect(refs(query)).toEqual(expected));

  it('knows when any filter is on', () => {
    expect(anyFilter(filtersFrom(new URLSearchParams('')))).toBe(false);
    expect(anyFilter(filtersFrom(new URLSearchParams('mine=yes')))).toBe(true);
  });

  it('finds the top of an outcome’s branch', () => {
    expect(topOf(outline, 'A1')).toBe('A');
    expect(topOf(outline, 'B')).toBe('B');
    expect(topOf(outline, null)).toBeNull();
  });
});

describe('grouping the outcomes', () => {
  it('puts outcomes under their principle and principles under their objective, in order', () => {
    const groups = groupResponses(responses, outline);
    expect(groups.map((g) => [g.heading?.ref, g.tables.map((t) => [t.ref, t.title, t.responses.map((r) => r.ref)])])).toEqual([
      ['A', [['A1', 'Governance', ['A1.a', 'A1.b']], ['A2', 'Risk Management', ['A2.a']]]],
      ['B', [['B4', 'System Security', ['B4.d']]]],
    ]);
  });

  it('a framework without objectives (CIS controls) has tables without a heading above', () => {
    const cis: Workspace['outline'] = [{ ref: '1', parentRef: null, title: 'Inventory', type: 'control' }];
    const groups = groupResponses([response('1.1', '1'), response('1.2', '1')], cis);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.heading).toBeNull();
    expect(groups[0]!.tables[0]!.responses.map((r) => r.ref)).toEqual(['1.1', '1.2']);
  });
});
