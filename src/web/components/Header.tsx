// The header: the deployment's mark and service name, the signed-in person's account links, and the
// primary navigation. Markup follows nhsuk-frontend's header template (without its overflow-menu
// script). The mark is Bulwark's own wordmark unless the deployment gives its logo, or an NHS
// organisation shows the NHS logo with its name for its own service (decision 61): the NHS logo is a
// trade mark, never shown by default. On a phone the navigation folds behind a "Menu" toggle, so the
// first screen is the page's, not the menu's.
import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { Link } from 'react-router';
import type { DeploymentIdentity } from '../lib/identity';
import { classNames } from './class-names';

export interface HeaderNavigationItem {
  to: string;
  text: string;
  /** 'page' when this is the page shown; 'section' when the page is inside this item's section. */
  current?: 'page' | 'section' | false;
}

export interface HeaderProps {
  identity: DeploymentIdentity;
  serviceHref: string;
  /** Items in the account area, in order: usually the person's name and a sign-out button. */
  account?: ReactNode[];
  navigation?: HeaderNavigationItem[];
}

export function Header({ identity, serviceHref, account, navigation }: HeaderProps) {
  return (
    <header className={classNames('nhsuk-header', identity.mark === 'nhs' && 'nhsuk-header--organisation')} role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to={serviceHref} aria-label={homeLinkName(identity)}>
            <HeaderMark identity={identity} />
          </Link>
        </div>
        {account && account.length > 0 && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              {account.map((item, index) => (
                // The account area is a short fixed list whose order never changes, so position is its identity.
                <li className="nhsuk-header__account-item" key={index}>
                  {item}
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      {navigation && navigation.length > 0 && <HeaderNavigation items={navigation} />}
    </header>
  );
}

/**
 * The primary navigation. From tablet width up every item shows in a row; below it the list is
 * folded behind a "Menu" button (aria-expanded, aria-controls), opens below it, closes again with
 * Escape (focus back on the button) or when an item is followed. Which of the two shows is CSS's
 * decision (main.scss), so nothing measures the screen.
 */
function HeaderNavigation({ items }: { items: HeaderNavigationItem[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleId = useId();

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    document.getElementById(toggleId)?.focus();
  }

  return (
    <nav className="nhsuk-header__navigation" aria-label="Menu" onKeyDown={closeOnEscape}>
      <div className="nhsuk-header__navigation-container nhsuk-width-container">
        <button
          type="button"
          id={toggleId}
          className="nhsuk-header__navigation-link nhsuk-header__menu-toggle app-header__menu-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
        <ul id={listId} className={classNames('nhsuk-header__navigation-list', 'app-header__navigation-list', open && 'app-header__navigation-list--open')}>
          {items.map((item) => (
            <li key={item.to} className={classNames('nhsuk-header__navigation-item', item.current && 'nhsuk-header__navigation-item--current')}>
              <Link
                className="nhsuk-header__navigation-link"
                to={item.to}
                aria-current={item.current === 'page' ? 'page' : item.current === 'section' ? 'true' : undefined}
                onClick={() => setOpen(false)}
              >
                {item.current ? (
                  // Keeps the current item distinguishable when colours are overridden.
                  <strong className="nhsuk-header__navigation-item-current-fallback">{item.text}</strong>
                ) : (
                  item.text
                )}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** A link in the header's account area. */
export function HeaderAccountLink({ to, children, icon = false }: { to: string; children: ReactNode; icon?: boolean }) {
  return (
    <Link className="nhsuk-header__account-link" to={to}>
      {icon && <UserIcon />}
      {children}
    </Link>
  );
}

/** A button in the header's account area, such as "Sign out". */
export function HeaderAccountButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <form
      className="nhsuk-header__account-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onClick();
      }}
    >
      <button className="nhsuk-header__account-button" type="submit">
        {children}
      </button>
    </form>
  );
}

/** The home link's name: what it shows, in the order shown, then where it goes. */
function homeLinkName({ serviceName, organisationName, mark }: DeploymentIdentity): string {
  const shown = mark === 'nhs' ? ['NHS', organisationName, serviceName] : mark === 'logo' ? [organisationName, serviceName] : [serviceName, organisationName];
  return [...shown.filter(Boolean), 'homepage'].join(' ');
}

function HeaderMark({ identity }: { identity: DeploymentIdentity }) {
  const { serviceName, organisationName, mark, logoUrl } = identity;
  if (mark === 'nhs') {
    return (
      <>
        <NhsLogo />
        <span className="nhsuk-header__organisation-name">{organisationName}</span>
        <span className="nhsuk-header__service-name">{serviceName}</span>
      </>
    );
  }
  if (mark === 'logo' && logoUrl) {
    return (
      <>
        {/* An <img>, never inline markup: the logo file cannot add anything to the page. */}
        <img className="app-header__logo" src={logoUrl} alt={organisationName ?? ''} />
        <span className="nhsuk-header__service-name">{serviceName}</span>
      </>
    );
  }
  return (
    <>
      <ShieldMark />
      <span className="nhsuk-header__service-name app-header__wordmark">
        {serviceName}
        {organisationName && <span className="app-header__wordmark-organisation">{organisationName}</span>}
      </span>
    </>
  );
}

/** Bulwark's own mark: a plain shield, drawn for Bulwark, beside the service name in bold. */
function ShieldMark() {
  return (
    <svg className="app-header__shield" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32" focusable="false" aria-hidden="true">
      <path fill="currentcolor" d="M16 2.5 28 7v8.6c0 7.3-4.9 12.7-12 15.4-7.1-2.7-12-8.1-12-15.4V7l12-4.5Zm0 3.2L7 9.1v6.5c0 5.6 3.5 9.8 9 12.2V5.7Z" />
    </svg>
  );
}

/** The NHS logo, shown only when an NHS organisation turns on the NHS identity for its own service. */
function NhsLogo() {
  return (
    <svg
      className="nhsuk-header__logo"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 80"
      height="40"
      width="100"
      focusable="false"
      role="img"
      aria-label="NHS"
    >
      <title>NHS</title>
      <path
        fill="currentcolor"
        d="M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z"
      />
    </svg>
  );
}

function UserIcon() {
  return (
    <svg
      className="nhsuk-icon nhsuk-icon--user"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d="M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 4 0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z" />
    </svg>
  );
}
