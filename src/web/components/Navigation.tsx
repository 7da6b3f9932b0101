// Ways back and up: the back link and the breadcrumb.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function BackLink({ to, children = 'Back' }: { to: string; children?: ReactNode }) {
  return (
    <div className="app-back-link">
      <Link className="nhsuk-back-link" to={to}>
        {children}
      </Link>
    </div>
  );
}

export interface BreadcrumbItem {
  text: string;
  /** Absent when the person cannot open that page: the name is shown but not linked. */
  to?: string | undefined;
}

/** Where the current page sits, from the top; the last item is the current page's parent. */
export function Breadcrumbs({ items, label = 'Breadcrumb' }: { items: BreadcrumbItem[]; label?: string }) {
  if (items.length === 0) return null;
  const parent = [...items].reverse().find((item) => item.to);
  return (
    <nav className="nhsuk-breadcrumb" aria-label={label}>
      <ol className="nhsuk-breadcrumb__list">
        {items.map((item, index) => (
          // Breadcrumb positions are fixed for a page.
          <li className="nhsuk-breadcrumb__list-item" key={index}>
            {item.to ? (
              <Link className="nhsuk-breadcrumb__link" to={item.to}>
                {item.text}
              </Link>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ol>
      {/* On small screens nhsuk-frontend shows only a back link to the parent. */}
      {parent?.to && (
        <Link className="nhsuk-back-link" to={parent.to}>
          <span className="nhsuk-u-visually-hidden">Back to </span>
          {parent.text}
        </Link>
      )}
    </nav>
  );
}
