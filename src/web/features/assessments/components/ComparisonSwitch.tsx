// Chooses what an assessment is compared with: last year's assessment or the independent review.
// Links rather than a select, so changing it is a deliberate step (and each choice has an address).
import { Link } from 'react-router';
import type { ComparedWith } from '../api/get-comparison';
import { links } from './maturity-links';

const CHOICES: Array<{ against: ComparedWith; text: string }> = [
  { against: 'previous', text: 'Last year' },
  { against: 'review', text: 'Independent review' },
];

export function ComparisonSwitch({ orgId, assessmentId, against }: { orgId: string; assessmentId: string; against: ComparedWith }) {
  return (
    <nav className="app-views" aria-label="Compare with">
      <span className="app-views__label" aria-hidden="true">
        Compare with:
      </span>
      <ul className="app-views__list">
        {CHOICES.map((choice) => (
          <li className="app-views__item" key={choice.against}>
            {choice.against === against ? (
              <span className="app-views__current" aria-current="page">
                {choice.text}
              </span>
            ) : (
              <Link to={links.comparison(orgId, assessmentId, choice.against)}>{choice.text}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
