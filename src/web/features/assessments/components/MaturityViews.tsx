// Links between one assessment's pages: its workspace, the heatmap, the comparisons, the independent
// review and the framework's trend. The page being shown is marked, not linked.
import { Link } from 'react-router';
import { links } from './maturity-links';

type View = 'workspace' | 'heatmap' | 'compare' | 'review' | 'trend';

export function MaturityViews({ orgId, assessmentId, catalogueKey, current }: { orgId: string; assessmentId: string; catalogueKey: string | null; current: View }) {
  const items: Array<{ view: View; text: string; to: string }> = [
    { view: 'workspace', text: 'Outcomes', to: links.workspace(orgId, assessmentId) },
    { view: 'heatmap', text: 'Heatmap', to: links.heatmap(orgId, assessmentId) },
    { view: 'compare', text: 'Compare', to: links.comparison(orgId, assessmentId, 'previous') },
    { view: 'review', text: 'Independent review', to: links.review(orgId, assessmentId) },
    ...(catalogueKey ? [{ view: 'trend' as const, text: 'Trend over the years', to: links.trend(orgId, catalogueKey) }] : []),
  ];
  return (
    <nav className="app-views" aria-label="Views of this assessment">
      <ul className="app-views__list">
        {items.map((item) => (
          <li className="app-views__item" key={item.view}>
            {item.view === current ? (
              <span className="app-views__current" aria-current="page">
                {item.text}
              </span>
            ) : (
              <Link to={item.to}>{item.text}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
