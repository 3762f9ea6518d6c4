// The frame around every screen: the organisation's name, the navigation, and the page.
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, onDatabaseClosed } from '../../db/database';
import { warmNames } from '../meetings/useNames';

export const NAV_ITEMS = [
  { to: '/', label: 'Home' },
  { to: '/calendar', label: 'Calendar' },
  { to: '/groups', label: 'Groups' },
  { to: '/venues', label: 'Venues' },
  { to: '/donations', label: 'Donations' },
  { to: '/facilitators', label: 'Facilitators' },
  { to: '/flyers', label: 'Flyers' },
  { to: '/reports', label: 'Reports' },
  { to: '/backup', label: 'Backup' },
  { to: '/settings', label: 'Settings' },
] as const;

export function AppShell() {
  const organisation = useLiveQuery(() => db.settings.get('organisation'));
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const location = useLocation();

  useEffect(() => onDatabaseClosed(setClosedMessage), []);
  useEffect(() => {
    // Once the first screen is up and the browser is idle: the names most screens show.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(warmNames, { timeout: 2000 });
      else warmNames();
    }, 500);
    return () => clearTimeout(timer);
  }, []);
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    // Move focus to the page heading after navigation, so screen readers hear where they are.
    document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to the page
      </a>
      {closedMessage && (
        <div className="banner" role="alert">
          {closedMessage}
        </div>
      )}
      <div className="shell">
        <nav className="sidebar" aria-label="Main">
          <p className="org-name">
            {organisation?.name || 'Connection Coordinator'}
            {organisation?.name && <small>Connection Coordinator</small>}
          </p>
          <ul className="nav-list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
