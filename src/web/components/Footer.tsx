// The NHS footer with the service's support links.
import { Link } from 'react-router';

export interface FooterLink {
  to: string;
  text: string;
}

export function Footer({ links, copyright }: { links: FooterLink[]; copyright: string }) {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            {links.map((link) => (
              <li className="nhsuk-footer__list-item" key={link.to}>
                <Link className="nhsuk-footer__list-item-link" to={link.to}>
                  {link.text}
                </Link>
              </li>
            ))}
          </ul>
          <p className="nhsuk-body-s">{copyright}</p>
        </div>
      </div>
    </footer>
  );
}
