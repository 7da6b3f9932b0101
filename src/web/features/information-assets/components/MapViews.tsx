// The switch between the data-flow map and the same flows as a table: two links, the one shown
// marked as the current page, each keeping the filters.
import { Link } from 'react-router';

export type MapView = 'map' | 'table';

export function MapViews({ current, hrefOf }: { current: MapView; hrefOf: (view: MapView) => string }) {
  const views: Array<{ view: MapView; text: string }> = [
    { view: 'map', text: 'Map' },
    { view: 'table', text: 'Table' },
  ];
  return (
    <nav className="app-flow-views" aria-label="Show the data flows as">
      <ul className="app-flow-views__list">
        {views.map(({ view, text }) => (
          <li key={view} className="app-flow-views__item">
            <Link to={hrefOf(view)} className="app-flow-views__link" aria-current={view === current ? 'page' : undefined}>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
