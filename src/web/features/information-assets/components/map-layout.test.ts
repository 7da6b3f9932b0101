import { describe, expect, it } from 'vitest';
import { endKey, layoutFlowMap, type MapEnd, type MapFlowInput, type MapLayout, wrapLabel } from './map-layout';

const asset = (id: string, name: string): MapEnd => ({ kind: 'asset', id, name });
const supplier = (id: string, name: string): MapEnd => ({ kind: 'supplier', id, name });
const party = (name: string): MapEnd => ({ kind: 'party', id: null, name });
const flow = (id: string, from: MapEnd, to: MapEnd): MapFlowInput => ({ id, from, to });

const EPR = asset('a-epr', 'Electronic patient record');
const LAB = asset('a-lab', 'Laboratory information system');
const PACS = asset('a-pacs', 'PACS');
const GP = party('GP practices in Northshire');
const NHSE = party('NHS England');
const LABCO = supplier('s-lab', 'Northway Pathology Ltd');

const node = (layout: MapLayout, end: MapEnd) => layout.nodes.find((candidate) => candidate.key === endKey(end))!;

/** Pairs of flows between the same two columns whose ends are in opposite orders: they cross. */
function crossings(layout: MapLayout): number {
  const centre = (key: string) => {
    const found = layout.nodes.find((candidate) => candidate.key === key)!;
    return { column: found.column, y: found.y + found.height / 2 };
  };
  const between = layout.edges.map((edge) => [centre(edge.from), centre(edge.to)] as const).filter(([a, b]) => a.column !== b.column).map(([a, b]) => (a.column < b.column ? ([a, b] as const) : ([b, a] as const)));
  let count = 0;
  for (let i = 0; i < between.length; i++)
    for (let j = i + 1; j < between.length; j++) {
      const [a1, b1] = between[i]!;
      const [a2, b2] = between[j]!;
      if (a1.column !== a2.column || b1.column !== b2.column) continue;
      if ((a1.y - a2.y) * (b1.y - b2.y) < 0) count++;
    }
  return count;
}

function overlaps(layout: MapLayout): string[] {
  const found: string[] = [];
  for (const a of layout.nodes)
    for (const b of layout.nodes) {
      if (a.key >= b.key) continue;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) found.push(`${a.name} / ${b.name}`);
    }
  return found;
}

describe('the data-flow map layout', () => {
  const flows = [
    flow('f1', EPR, GP),
    flow('f2', LABCO, LAB),
    flow('f3', LAB, EPR),
    flow('f4', EPR, NHSE),
    flow('f5', PACS, GP),
    flow('f6', party('Northshire Council'), EPR),
  ];
  const layout = layoutFlowMap(flows);

  it('puts sources outside the organisation on the left, its assets in the middle and recipients on the right', () => {
    expect(node(layout, LABCO).column).toBe(0);
    expect(node(layout, party('Northshire Council')).column).toBe(0);
    expect([EPR, LAB, PACS].map((end) => node(layout, end).column)).toEqual([1, 1, 1]);
    expect([GP, NHSE].map((end) => node(layout, end).column)).toEqual([2, 2]);
    const x = (column: number) => layout.columns.find((entry) => entry.column === column)!.x;
    expect(x(0)).toBeLessThan(x(1));
    expect(x(1)).toBeLessThan(x(2));
    for (const placed of layout.nodes) expect(placed.x).toBe(x(placed.column));
  });

  it('draws each place once, another organisation by its name whatever the case or spacing', () => {
    const twice = layoutFlowMap([flow('f1', EPR, GP), flow('f2', PACS, party('  gp practices IN   northshire '))]);
    expect(twice.nodes.filter((placed) => placed.kind === 'party')).toHaveLength(1);
    expect(twice.nodes.find((placed) => placed.kind === 'party')!.flowIds).toEqual(['f1', 'f2']);
  });

  it('draws every flow once, from its source to its target', () => {
    expect(layout.edges.map((edge) => edge.flowId)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6']);
    for (const edge of layout.edges) {
      const given = flows.find((candidate) => candidate.id === edge.flowId)!;
      expect(edge.from).toBe(endKey(given.from));
      expect(edge.to).toBe(endKey(given.to));
      expect(edge.path).toMatch(/^M [\d.]+ [\d.]+ C [\d.-]+ [\d.]+, [\d.-]+ [\d.]+, [\d.]+ [\d.]+$/);
    }
  });

  it('leaves no two boxes overlapping, and keeps everything inside the drawing', () => {
    expect(overlaps(layout)).toEqual([]);
    for (const placed of layout.nodes) {
      expect(placed.x).toBeGreaterThanOrEqual(0);
      expect(placed.y).toBeGreaterThanOrEqual(0);
      expect(placed.x + placed.width).toBeLessThanOrEqual(layout.width);
      expect(placed.y + placed.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('orders a column by where its neighbours stand, undoing the crossings that order by name makes', () => {
    // By name the middle column would be Alpha then Zeta, crossing the flows from A and B.
    const a = party('A sender');
    const b = party('B sender');
    const crossed = [flow('f1', a, asset('z', 'Zeta')), flow('f2', b, asset('al', 'Alpha')), flow('f3', asset('z', 'Zeta'), party('Recipient one')), flow('f4', asset('al', 'Alpha'), party('Recipient two'))];
    const ordered = layoutFlowMap(crossed);
    expect(crossings(ordered)).toBe(0);
    expect(node(ordered, a).y).toBeLessThan(node(ordered, b).y);
    expect(node(ordered, asset('z', 'Zeta')).y).toBeLessThan(node(ordered, asset('al', 'Alpha')).y);
    expect(crossings(layout)).toBe(0);
  });

  it('draws a flow between two assets as a bow beside their column, leaving and arriving on the same side', () => {
    const between = layout.edges.find((edge) => edge.flowId === 'f3')!;
    const lab = node(layout, LAB);
    const epr = node(layout, EPR);
    const [start, control1, , end] = [...between.path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
    expect(start!.x).toBe(lab.x + lab.width);
    expect(end!.x).toBe(epr.x + epr.width);
    expect(control1!.x).toBeGreaterThan(lab.x + lab.width);
    expect(between.mid.x).toBeGreaterThan(lab.x + lab.width);
    expect(between.mid.x).toBeLessThan(node(layout, GP).x);
  });

  it('spreads two flows between the same places apart', () => {
    const two = layoutFlowMap([flow('f1', EPR, GP), flow('f2', EPR, GP)]);
    expect(two.edges[0]!.path).not.toBe(two.edges[1]!.path);
    expect(two.edges[0]!.mid.y).not.toBe(two.edges[1]!.mid.y);
  });

  it('gives the same layout for the same flows in any order', () => {
    const again = layoutFlowMap([...flows].reverse());
    const where = (result: MapLayout) => Object.fromEntries(result.nodes.map((placed) => [placed.key, [placed.x, placed.y]]));
    expect(where(again)).toEqual(where(layout));
  });

  it('leaves out an empty column and draws nothing for no flows', () => {
    const inside = layoutFlowMap([flow('f1', EPR, LAB)]);
    expect(inside.columns.map((entry) => entry.column)).toEqual([1]);
    const none = layoutFlowMap([]);
    expect(none.nodes).toEqual([]);
    expect(none.edges).toEqual([]);
  });
});

describe('names in map boxes', () => {
  it.each([
    ['a short name on one line', 'PACS', ['PACS']],
    ['words wrapped at the width', 'Electronic patient record', ['Electronic patient', 'record']],
    ['a word too long is broken', 'Supercalifragilisticexpialidocious', ['Supercalifragilisti', 'cexpialidocious']],
    ['too many lines end in an ellipsis', 'one two three four five six seven eight nine ten eleven twelve thirteen', ['one two three four', 'five six seven', 'eight nine ten…']],
  ])('%s', (_, text, lines) => expect(wrapLabel(text, 19, 3)).toEqual(lines));
});
