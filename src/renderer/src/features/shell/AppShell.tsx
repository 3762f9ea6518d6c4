// The frame around every screen: the organisation's name, the navigation, and the page.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { NavLink, Outlet, useLocation } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, onDatabaseClosed } from '../../db/database';
import { holdKind, onRestoreRunning, restoreRunning } from '../../db/restoreBarrier';
import { warmNames } from '../meetings/useNames';
import { afterFirstScreen, firstScreenShown, prefetchScreens } from '../../screens';
import { loadModel } from '../../db/schemas';
import { warmLocale } from '../../warmLocale';

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

// Every write is refused while a restore runs (db/restoreGuard.ts): the banner says so before anyone tries.
// Combining another coordinator's records holds the same way, from its safety backup to its merge.
const HOLDING = {
  restore: {
    here: 'A restore is running. Until it finishes, nothing can be saved, so the other screens wait.',
    elsewhere: 'A restore is running in another window. Until it finishes, nothing can be saved here.',
  },
  combine: {
    here: "Another coordinator's records are being combined. Until that finishes, nothing can be saved, so the other screens wait.",
    elsewhere:
      "Another coordinator's records are being combined in another window. Until that finishes, nothing can be saved here.",
  },
} as const;

export function AppShell() {
  const organisation = useLiveQuery(() => db.settings.get('organisation'));
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const restoring = useSyncExternalStore(onRestoreRunning, restoreRunning);
  const holding = useSyncExternalStore(onRestoreRunning, holdKind);
  const location = useLocation();

  useEffect(() => onDatabaseClosed(setClosedMessage), []);
  useEffect(
    () =>
      // Then, ahead of need: the names most screens show, the records' schemas (for the first save), every
      // screen's code, the locale data, and the
      // report's small tables and code (see warmReport).
      afterFirstScreen(() => {
        warmNames();
        warmLocale();
        void loadModel();
        const report = prefetchScreens().then(() =>
          import('../reports/useReport').then(({ warmReport }) => warmReport()),
        );
        // `npm run bench` times each screen once this start-up work is done.
        void report.then(() => performance.mark('start-up-done'));
      }),
    [],
  );
  useEffect(() => {
    // Home says when its list is shown; any other first screen is shown once it is drawn. A Home
    // that never finishes reading still lets the rest load after a few seconds.
    if (location.pathname !== '/') firstScreenShown();
    const fallback = setTimeout(firstScreenShown, 3000);
    return () => clearTimeout(fallback);
    // Only the first screen counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
      {restoring && !closedMessage && (
        <div className="banner" role="status">
          {HOLDING[holding][restoring]}
        </div>
      )}
      <div className="shell">
        {/* The restore's progress stays in view: leaving it would only lead to screens that cannot save. */}
        <nav className="sidebar" aria-label="Main" inert={restoring === 'here'}>
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
