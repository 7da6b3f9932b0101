// The map's key: each way a flow or place is drawn, with a sample and what it means in words. Line
// weight, dashes, a diamond and box corners say it as well as colour does.
import { Heading } from '../../../components/Typography';

const LINES = [
  { key: 'none', className: 'app-flow-map__edge--none', text: 'No personal data: thin grey line' },
  { key: 'personal', className: 'app-flow-map__edge--personal', text: 'Personal or patient data: blue line' },
  { key: 'special', className: 'app-flow-map__edge--special', text: 'Special category data: thick purple line' },
  { key: 'unencrypted', className: 'app-flow-map__edge--personal app-flow-map__edge--unencrypted', text: 'Not known to be encrypted in transit: dashed line' },
] as const;

const PLACES = [
  { key: 'asset', rx: 0, text: 'The organisation’s information asset: square corners' },
  { key: 'supplier', rx: 6, text: 'Supplier: rounded corners, grey' },
  { key: 'party', rx: 12, text: 'Other organisation: round ends, dashed border' },
] as const;

export function MapLegend() {
  return (
    <section className="app-flow-map__legend" aria-labelledby="map-legend">
      <Heading level={2} size="s" id="map-legend">
        Key
      </Heading>
      <ul className="app-flow-map__legend-list">
        {LINES.map((line) => (
          <li key={line.key}>
            <svg className="app-flow-map__sample" width="48" height="16" aria-hidden="true">
              <g className={`app-flow-map__edge ${line.className}`}>
                <path className="app-flow-map__line" d="M 2 8 L 46 8" />
              </g>
            </svg>
            {line.text}
          </li>
        ))}
        <li>
          <svg className="app-flow-map__sample" width="48" height="16" aria-hidden="true">
            <g className="app-flow-map__edge app-flow-map__edge--personal">
              <path className="app-flow-map__line" d="M 2 8 L 46 8" />
              <path className="app-flow-map__flag" d="M 24 1 l 7 7 l -7 7 l -7 -7 z" />
            </g>
          </svg>
          Risk flag raised: diamond on the line
        </li>
        {PLACES.map((place) => (
          <li key={place.key}>
            <svg className="app-flow-map__sample" width="48" height="24" aria-hidden="true">
              <g className={`app-flow-map__node app-flow-map__node--${place.key}`}>
                <rect className="app-flow-map__box" x="2" y="2" width="44" height="20" rx={place.rx} />
              </g>
            </svg>
            {place.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
