// Where the data-flow map draws each place and each flow: pure and deterministic, so the same flows
// always give the same picture. Places stand in columns (sources outside the organisation on the
// left, its information assets in the middle, recipients outside it on the right); a few barycentre
// passes order each column by where its neighbours are, which undoes most crossings; each flow is one
// curved path, leaving its source's side and arriving at its target's, spread along the sides so no
// two share a point. A flow between two places in one column bows out beside it.

export type MapEndKind = 'asset' | 'supplier' | 'party';

export interface MapEnd {
  kind: MapEndKind;
  /** Null for another organisation, which is known by name. */
  id: string | null;
  name: string;
}

export interface MapFlowInput {
  id: string;
  from: MapEnd;
  to: MapEnd;
}

/** 0: sends to the organisation only; 1: the organisation's assets; 2: receives from it. */
export type MapColumn = 0 | 1 | 2;

export interface MapNode {
  key: string;
  kind: MapEndKind;
  id: string | null;
  name: string;
  column: MapColumn;
  /** The name broken into lines that fit the box. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** The flows with this place at an end, in the order given. */
  flowIds: string[];
}

export interface MapEdge {
  flowId: string;
  from: string;
  to: string;
  /** An SVG path: a cubic curve from the source's side to the target's. */
  path: string;
  /** The curve's middle, where a flagged flow's marker sits. */
  mid: { x: number; y: number };
}

export interface MapLayout {
  width: number;
  height: number;
  /** The columns drawn (an empty one takes no room), each with its left edge. */
  columns: Array<{ column: MapColumn; x: number }>;
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface MapLayoutOptions {
  nodeWidth: number;
  columnGap: number;
  rowGap: number;
  margin: number;
  /** Room above the columns for their headings. */
  headingHeight: number;
  lineHeight: number;
  /** Above and below the name, inside the box (the top one holds what kind of place it is). */
  paddingTop: number;
  paddingBottom: number;
  maxLineChars: number;
  maxLines: number;
  /** How far a flow within one column bows out, and how much further each next one does. */
  bulge: number;
  bulgeStep: number;
  passes: number;
}

export const DEFAULT_MAP_OPTIONS: MapLayoutOptions = {
  nodeWidth: 150,
  columnGap: 96,
  rowGap: 18,
  margin: 12,
  headingHeight: 32,
  lineHeight: 16,
  paddingTop: 24,
  paddingBottom: 8,
  maxLineChars: 19,
  maxLines: 3,
  bulge: 28,
  bulgeStep: 10,
  passes: 4,
};

/** The same place named twice is one node: another organisation by its name, whatever the case or spacing. */
export function endKey(end: MapEnd): string {
  return end.kind === 'party' || end.id === null ? `party:${end.name.trim().replace(/\s+/g, ' ').toLowerCase()}` : `${end.kind}:${end.id}`;
}

/** Words in lines of at most `maxChars`, at most `maxLines` of them (the last ending "…" when cut); a word too long is broken. */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).flatMap((word) => (word.length <= maxChars ? [word] : (word.match(new RegExp(`.{1,${maxChars}}`, 'g')) ?? [])));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines.length ? lines : [''];
  const kept = lines.slice(0, maxLines);
  const cut = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${cut.length >= maxChars ? cut.slice(0, maxChars - 1) : cut}…`;
  return kept;
}

const byName = (a: { name: string; key: string }, b: { name: string; key: string }) => a.name.localeCompare(b.name, 'en-GB') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function layoutFlowMap(flows: readonly MapFlowInput[], options: Partial<MapLayoutOptions> = {}): MapLayout {
  const o = { ...DEFAULT_MAP_OPTIONS, ...options };

  // The places, each once, and what each is to the organisation.
  const places = new Map<string, { key: string; end: MapEnd; receives: boolean; flowIds: string[] }>();
  for (const flow of flows) {
    for (const [end, receives] of [
      [flow.from, false],
      [flow.to, true],
    ] as const) {
      const key = endKey(end);
      const place = places.get(key) ?? { key, end, receives: false, flowIds: [] };
      place.receives ||= receives;
      if (!place.flowIds.includes(flow.id)) place.flowIds.push(flow.id);
      places.set(key, place);
    }
  }
  const columnOf = (place: { end: MapEnd; receives: boolean }): MapColumn => (place.end.kind === 'asset' ? 1 : place.receives ? 2 : 0);

  // Each column by name, then reordered by where the neighbours in the other columns stand.
  const columns = new Map<MapColumn, string[]>([
    [0, []],
    [1, []],
    [2, []],
  ]);
  const sorted = [...places.values()].map((place) => ({ ...place, name: place.end.name })).sort(byName);
  for (const place of sorted) columns.get(columnOf(place))!.push(place.key);
  const columnKeyOf = new Map([...places.values()].map((place) => [place.key, columnOf(place)]));
  const neighbours = new Map<string, string[]>([...places.keys()].map((key) => [key, []]));
  for (const flow of flows) {
    const a = endKey(flow.from);
    const b = endKey(flow.to);
    if (columnKeyOf.get(a) === columnKeyOf.get(b)) continue;
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  const position = () => {
    const at = new Map<string, number>();
    for (const keys of columns.values()) keys.forEach((key, index) => at.set(key, (index + 0.5) / keys.length));
    return at;
  };
  for (let pass = 0; pass < o.passes; pass++) {
    for (const column of [1, 2, 0] as const) {
      const at = position();
      const keys = columns.get(column)!;
      const centre = (key: string) => {
        const around = neighbours.get(key)!;
        return around.length ? around.reduce((sum, other) => sum + at.get(other)!, 0) / around.length : at.get(key)!;
      };
      const ranked = keys.map((key, index) => ({ key, index, centre: centre(key) }));
      ranked.sort((a, b) => a.centre - b.centre || a.index - b.index);
      columns.set(
        column,
        ranked.map((entry) => entry.key),
      );
    }
  }

  // Boxes: the columns present, left to right; each column's stack centred on the tallest.
  const present = ([0, 1, 2] as const).filter((column) => columns.get(column)!.length > 0);
  const sameColumnFlows = flows.filter((flow) => columnKeyOf.get(endKey(flow.from)) === columnKeyOf.get(endKey(flow.to)));
  const bowCount = (column: MapColumn) => sameColumnFlows.filter((flow) => columnKeyOf.get(endKey(flow.from)) === column).length;
  const reach = (count: number) => (count ? o.bulge + (count - 1) * o.bulgeStep + 4 : 0);
  // A column's own flows bow out to its outer side: the left column's to the left, the others' to the right.
  const leftRoom = present[0] === 0 ? reach(bowCount(0)) : 0;
  const columnX = new Map<MapColumn, number>();
  present.forEach((column, index) => {
    const extra = index > 0 && present[index - 1] !== 0 ? Math.max(0, reach(bowCount(present[index - 1]!)) - o.columnGap / 2) : 0;
    const previous = index > 0 ? columnX.get(present[index - 1]!)! + o.nodeWidth + o.columnGap + extra : o.margin + leftRoom;
    columnX.set(column, previous);
  });
  const heightOf = (key: string) => o.paddingTop + wrapLabel(places.get(key)!.end.name, o.maxLineChars, o.maxLines).length * o.lineHeight + o.paddingBottom;
  const stackHeight = (column: MapColumn) => {
    const keys = columns.get(column)!;
    return keys.reduce((sum, key) => sum + heightOf(key), 0) + Math.max(0, keys.length - 1) * o.rowGap;
  };
  const tallest = Math.max(0, ...present.map(stackHeight));
  const nodes: MapNode[] = [];
  const nodeByKey = new Map<string, MapNode>();
  for (const column of present) {
    let y = o.margin + o.headingHeight + (tallest - stackHeight(column)) / 2;
    for (const key of columns.get(column)!) {
      const place = places.get(key)!;
      const lines = wrapLabel(place.end.name, o.maxLineChars, o.maxLines);
      const node: MapNode = {
        key,
        kind: place.end.kind,
        id: place.end.kind === 'party' ? null : place.end.id,
        name: place.end.name,
        column,
        lines,
        x: columnX.get(column)!,
        y,
        width: o.nodeWidth,
        height: heightOf(key),
        flowIds: place.flowIds,
      };
      nodes.push(node);
      nodeByKey.set(key, node);
      y += node.height + o.rowGap;
    }
  }

  // Which side of each box a flow leaves or arrives at, then the points spread along each side.
  type Side = 'left' | 'right';
  const sideOf = (here: MapNode, there: MapNode): Side => (here.column === there.column ? (here.column === 0 ? 'left' : 'right') : here.column < there.column ? 'right' : 'left');
  const ports = new Map<string, Array<{ flowId: string; other: MapNode; end: 'from' | 'to' }>>();
  for (const flow of flows) {
    const source = nodeByKey.get(endKey(flow.from))!;
    const target = nodeByKey.get(endKey(flow.to))!;
    for (const [here, there, end] of [
      [source, target, 'from'],
      [target, source, 'to'],
    ] as const) {
      const portKey = `${here.key}|${sideOf(here, there)}`;
      ports.set(portKey, [...(ports.get(portKey) ?? []), { flowId: flow.id, other: there, end }]);
    }
  }
  const portY = new Map<string, number>();
  for (const [portKey, attached] of ports) {
    const node = nodeByKey.get(portKey.split('|')[0]!)!;
    const ordered = [...attached].sort((a, b) => a.other.y + a.other.height / 2 - (b.other.y + b.other.height / 2) || (a.flowId < b.flowId ? -1 : 1) || (a.end < b.end ? -1 : 1));
    ordered.forEach((port, index) => portY.set(`${port.flowId}|${port.end}`, node.y + (node.height * (index + 1)) / (ordered.length + 1)));
  }

  const bowIndex = new Map<MapColumn, number>();
  const edges: MapEdge[] = flows.map((flow) => {
    const source = nodeByKey.get(endKey(flow.from))!;
    const target = nodeByKey.get(endKey(flow.to))!;
    const sourceSide = sideOf(source, target);
    const targetSide = sideOf(target, source);
    const sx = sourceSide === 'right' ? source.x + source.width : source.x;
    const tx = targetSide === 'right' ? target.x + target.width : target.x;
    const sy = portY.get(`${flow.id}|from`)!;
    const ty = portY.get(`${flow.id}|to`)!;
    let c1x: number;
    let c2x: number;
    if (source.column === target.column) {
      const index = bowIndex.get(source.column) ?? 0;
      bowIndex.set(source.column, index + 1);
      const out = (o.bulge + index * o.bulgeStep) * (sourceSide === 'right' ? 1 : -1);
      c1x = sx + out * 1.33;
      c2x = tx + out * 1.33;
    } else {
      const dx = (tx - sx) / 2;
      c1x = sx + dx;
      c2x = tx - dx;
    }
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      flowId: flow.id,
      from: source.key,
      to: target.key,
      path: `M ${round(sx)} ${round(sy)} C ${round(c1x)} ${round(sy)}, ${round(c2x)} ${round(ty)}, ${round(tx)} ${round(ty)}`,
      mid: { x: round((sx + 3 * c1x + 3 * c2x + tx) / 8), y: round((sy + 3 * sy + 3 * ty + ty) / 8) },
    };
  });

  const lastColumn = present.at(-1);
  const rightRoom = lastColumn !== undefined && lastColumn !== 0 ? reach(bowCount(lastColumn)) : 0;
  const width = lastColumn === undefined ? o.margin * 2 : columnX.get(lastColumn)! + o.nodeWidth + rightRoom + o.margin;
  return {
    width: Math.ceil(width),
    height: Math.ceil(o.margin * 2 + o.headingHeight + tallest),
    columns: present.map((column) => ({ column, x: columnX.get(column)! })),
    nodes,
    edges,
  };
}
