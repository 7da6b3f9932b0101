// The data-flow map drawn as SVG from the layout (components/map-layout.ts): each place a box, each
// flow a curved arrow styled by what it carries, dashed when not known to be encrypted in transit and
// marked with a diamond when flagged. Every place and flow is a button a keyboard reaches, named in
// words; choosing one shows its details beside the map. The drawing scrolls in its own region.
import { type KeyboardEvent, useMemo } from 'react';
import type { FlowDetail } from '../api/get-flow';
import { layoutFlowMap, type MapNode } from './map-layout';
import { flowLook, flowName, NODE_KIND_WORDS, nodeName } from './map-words';

export type MapSelection = { kind: 'flow'; id: string } | { kind: 'node'; key: string } | null;

const COLUMN_HEADINGS = ['Sources outside', 'Information assets', 'Recipients outside'] as const;

/** Enter or Space presses a button; an SVG group made a button needs this said. */
function pressed(event: KeyboardEvent, act: () => void) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    act();
  }
}

export function FlowMap({ flows, selection, onSelect, label }: { flows: FlowDetail[]; selection: MapSelection; onSelect: (selection: MapSelection) => void; label: string }) {
  const layout = useMemo(() => layoutFlowMap(flows), [flows]);
  const byId = new Map(flows.map((flow) => [flow.id, flow]));
  return (
    <div className="app-flow-map__canvas" role="region" aria-label={label} tabIndex={0}>
      <svg className="app-flow-map__svg" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label="Data flows between places">
        <defs>
          {(['none', 'personal', 'special'] as const).map((carries) => (
            <marker key={carries} id={`flow-arrow-${carries}`} className={`app-flow-map__arrow app-flow-map__arrow--${carries}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto">
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          ))}
        </defs>
        {layout.columns.map(({ column, x }) => (
          <text key={column} className="app-flow-map__column-heading" x={x} y={20} aria-hidden="true">
            {COLUMN_HEADINGS[column]}
          </text>
        ))}
        {layout.edges.map((edge) => {
          const flow = byId.get(edge.flowId)!;
          const look = flowLook(flow);
          const selected = selection?.kind === 'flow' && selection.id === flow.id;
          const select = () => onSelect(selected ? null : { kind: 'flow', id: flow.id });
          return (
            <g
              key={edge.flowId}
              className={`app-flow-map__item app-flow-map__edge app-flow-map__edge--${look.carries}${look.unencrypted ? ' app-flow-map__edge--unencrypted' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={flowName(flow)}
              aria-pressed={selected}
              onClick={select}
              onKeyDown={(event) => pressed(event, select)}
            >
              <path className="app-flow-map__halo-outer" d={edge.path} />
              <path className="app-flow-map__halo-inner" d={edge.path} />
              <path className="app-flow-map__hit" d={edge.path} />
              <path className="app-flow-map__line" d={edge.path} markerEnd={`url(#flow-arrow-${look.carries})`} />
              {look.flagged && <path className="app-flow-map__flag" d={`M ${edge.mid.x} ${edge.mid.y - 8} l 8 8 l -8 8 l -8 -8 z`} />}
            </g>
          );
        })}
        {layout.nodes.map((node) => (
          <MapPlace key={node.key} node={node} selected={selection?.kind === 'node' && selection.key === node.key} onSelect={onSelect} />
        ))}
      </svg>
    </div>
  );
}

function MapPlace({ node, selected, onSelect }: { node: MapNode; selected: boolean; onSelect: (selection: MapSelection) => void }) {
  const select = () => onSelect(selected ? null : { kind: 'node', key: node.key });
  return (
    <g className={`app-flow-map__item app-flow-map__node app-flow-map__node--${node.kind}`} role="button" tabIndex={0} aria-label={nodeName(node)} aria-pressed={selected} onClick={select} onKeyDown={(event) => pressed(event, select)}>
      <rect className="app-flow-map__box" x={node.x} y={node.y} width={node.width} height={node.height} rx={node.kind === 'asset' ? 0 : node.kind === 'supplier' ? 8 : 18} />
      <text className="app-flow-map__kind" x={node.x + 10} y={node.y + 16} aria-hidden="true">
        {NODE_KIND_WORDS[node.kind]}
      </text>
      <text className="app-flow-map__name" x={node.x + 10} y={node.y + 34} aria-hidden="true">
        {node.lines.map((line, index) => (
          <tspan key={index} x={node.x + 10} dy={index === 0 ? 0 : 16}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
