// Alerts open at the end of each day over the period: a line drawn as inline SVG (no script, no style
// attribute), named as an image in words, with the same figures as a table under "details".
import { Details } from '../../../components/Content';
import { Table } from '../../../components/Table';
import { Heading, Paragraph } from '../../../components/Typography';
import type { BacklogPoint } from '../api/get-alert-report';
import { backlogWords, linePoints, type PlotArea } from './backlog';
import { dayWords } from './period';
import { plural } from './words';

const WIDTH = 640;
const HEIGHT = 220;
const AREA: PlotArea = { left: 8, top: 28, width: WIDTH - 16, height: HEIGHT - 28 - 40 };

export function BacklogSection({ backlog }: { backlog: readonly BacklogPoint[] }) {
  const open = backlog.map((point) => point.open);
  const most = Math.max(0, ...open);
  const first = backlog[0];
  const last = backlog.at(-1);
  const baseline = AREA.top + AREA.height;
  return (
    <>
      <Heading spaceAbove>The backlog over time</Heading>
      <Paragraph>Alerts open at the end of each day (UK time), counting those created before the period that were still open.</Paragraph>
      {first && last && (
        <figure className="app-chart app-alert-backlog">
          <svg className="app-chart__svg" role="img" aria-label={backlogWords(backlog)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
            <text className="app-alert-backlog__tick" x={AREA.left} y={AREA.top - 12}>
              Most: {plural(most, 'open alert')}
            </text>
            <line className="app-alert-backlog__guide" x1={AREA.left} x2={AREA.left + AREA.width} y1={AREA.top} y2={AREA.top} />
            <line className="app-chart__axis" x1={AREA.left} x2={AREA.left + AREA.width} y1={baseline} y2={baseline} />
            <polyline className="app-alert-backlog__line" points={linePoints(open, AREA)} />
            <text className="app-alert-backlog__tick" x={AREA.left} y={baseline + 20}>
              {dayWords(first.day)}
            </text>
            <text className="app-alert-backlog__tick" x={AREA.left + AREA.width} y={baseline + 20} textAnchor="end">
              {dayWords(last.day)}
            </text>
          </svg>
        </figure>
      )}
      <Details summary="The backlog as a table">
        <Table<BacklogPoint>
          caption="Alerts created, closed and open at the end of each day"
          captionHidden
          responsive={false}
          rows={[...backlog]}
          rowKey={(point) => point.day}
          columns={[
            { header: 'Day', rowHeader: true, cell: (point) => dayWords(point.day) },
            { header: 'Created', numeric: true, cell: (point) => point.created.toLocaleString('en-GB') },
            { header: 'Closed', numeric: true, cell: (point) => point.closed.toLocaleString('en-GB') },
            { header: 'Open at the end of the day', numeric: true, cell: (point) => point.open.toLocaleString('en-GB') },
          ]}
        />
      </Details>
    </>
  );
}
