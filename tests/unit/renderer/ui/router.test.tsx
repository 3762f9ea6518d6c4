// @vitest-environment happy-dom
// The app's router over the window's hash: links, navigation, search params, the state a navigation
// passes along, screens whose code loads on first visit, and addresses typed by hand.
import { StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import {
  createHashRouter,
  Link,
  NavLink,
  Outlet,
  RouterProvider,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
  type LazyScreen,
  type RouteObject,
  type Router,
  type Screen,
} from '../../../../src/renderer/src/ui/router';

let router: Router | undefined;

beforeEach(() => window.history.replaceState(null, '', '#/'));
afterEach(() => {
  cleanup();
  router?.dispose();
  router = undefined;
  vi.restoreAllMocks();
});

function Layout() {
  return (
    <>
      <p data-testid="shell">Shell</p>
      <Outlet />
    </>
  );
}

function Where() {
  const location = useLocation();
  const message = (location.state as { message?: string } | null)?.message;
  return (
    <p data-testid="where">
      {location.pathname}
      {location.search}
      {message && ` (${message})`}
    </p>
  );
}

function GroupPage() {
  const { groupId } = useParams();
  return <h1>Group {groupId}</h1>;
}

const table = (extra: RouteObject[] = []): RouteObject[] => [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <h1>Home</h1> },
      { path: 'groups', element: <h1>Groups</h1> },
      { path: 'groups/new', element: <h1>New group</h1> },
      { path: 'groups/:groupId', element: <GroupPage /> },
      ...extra,
      { path: '*', element: <h1>Page not found</h1> },
    ],
  },
  { path: '/print', children: [{ path: 'letter/:donationId', element: <h1>Letter</h1> }] },
];

function start(routes: RouteObject[], hash = '#/') {
  window.history.replaceState(window.history.state, '', hash);
  router = createHashRouter(routes);
  render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  return router;
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

/** A screen whose code arrives when `arrive` is called; `drawn` records the read-aheads at each draw. */
function slowScreen(name: string) {
  const readAhead = vi.fn<(address: URL) => void>();
  const drawn: number[] = [];
  function Page() {
    drawn.push(readAhead.mock.calls.length);
    return <h1>{name}</h1>;
  }
  let arrive = () => {};
  const lazy: LazyScreen & { loaded?: Screen } = {
    load: vi.fn(
      () =>
        new Promise<Screen>((resolve) => {
          arrive = () => resolve((lazy.loaded = { Component: Page, readAhead }));
        }),
    ),
  };
  return { lazy, readAhead, drawn, arrive: () => act(async () => arrive()) };
}

describe('matching the address', () => {
  it('draws the layout with the screen in its outlet, and Home at the root', () => {
    start(table(), '#/');
    expect(screen.getByTestId('shell')).toBeTruthy();
    expect(heading()).toBe('Home');
  });

  it('prefers a static segment to a param, and reads the param', () => {
    start(table(), '#/groups/new');
    expect(heading()).toBe('New group');
    act(() => router!.navigate('/groups/Lake%20side'));
    expect(heading()).toBe('Group Lake side');
  });

  it('shows the catch-all for an unknown address, and a print page without the layout', () => {
    start(table(), '#/nowhere');
    expect(heading()).toBe('Page not found');
    act(() => router!.navigate('/print/letter/d1'));
    expect(heading()).toBe('Letter');
    expect(screen.queryByTestId('shell')).toBeNull();
  });

  it('reads a hash without its leading slash', () => {
    start(table(), '#groups');
    expect(heading()).toBe('Groups');
  });
});

describe('links', () => {
  const withLinks = () =>
    table([
      {
        path: 'links',
        element: (
          <>
            <Link to="/groups/g1" className="button" aria-label="Open g1">
              Group
            </Link>
            <Link to="/links">Here</Link>
            <Link to="/groups" target="_blank">
              Elsewhere
            </Link>
          </>
        ),
      },
    ]);
  let prevented: boolean[];
  // Whether the router took the click; then no click goes on to the document's default (happy-dom follows links).
  const takeClicks = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  beforeEach(() => {
    prevented = [];
    document.addEventListener('click', takeClicks);
  });
  afterEach(() => document.removeEventListener('click', takeClicks));

  it('are real links to the hash address, with their other props', () => {
    start(withLinks(), '#/links');
    const link = screen.getByRole('link', { name: 'Open g1' });
    expect(link.getAttribute('href')).toBe('#/groups/g1');
    expect(link.className).toBe('button');
  });

  it('navigate on a plain left click, adding a history entry', () => {
    start(withLinks(), '#/links');
    const push = vi.spyOn(window.history, 'pushState');
    act(() => void fireEvent.click(screen.getByRole('link', { name: 'Open g1' })));
    expect(prevented).toEqual([true]);
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('#/groups/g1');
    expect(heading()).toBe('Group g1');
  });

  it('leave a click with a modifier key, another button or a target to the browser', () => {
    start(withLinks(), '#/links');
    const push = vi.spyOn(window.history, 'pushState');
    const link = screen.getByRole('link', { name: 'Open g1' });
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { metaKey: true });
    fireEvent.click(link, { shiftKey: true });
    fireEvent.click(link, { button: 1 });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(prevented).toEqual([false, false, false, false, false]);
    expect(push).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/links');
  });

  it('replace the entry when they lead to where one already is', () => {
    start(withLinks(), '#/links');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    act(() => void fireEvent.click(screen.getByRole('link', { name: 'Here' })));
    expect(prevented).toEqual([true]);
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
  });
});

describe('nav links', () => {
  const nav = () =>
    table([
      {
        path: 'donations/*',
        element: (
          <nav>
            <NavLink to="/" end>
              Home
            </NavLink>
            <NavLink to="/donations" end>
              Gifts
            </NavLink>
            <NavLink to="/donations/donors" className="tab">
              Donors
            </NavLink>
            <NavLink to="/donations/donors/new" end>
              New donor
            </NavLink>
          </nav>
        ),
      },
    ]);
  const link = (name: string) => screen.getByRole('link', { name });

  it('mark the page shown, and with `end` only that page, with aria-current and the active class', () => {
    start(nav(), '#/donations/donors/p1');
    expect(link('Donors').getAttribute('aria-current')).toBe('page');
    expect(link('Donors').className).toBe('tab active');
    for (const name of ['Home', 'Gifts', 'New donor']) {
      expect(link(name).hasAttribute('aria-current')).toBe(false);
      expect(link(name).classList.contains('active')).toBe(false);
    }
    act(() => router!.navigate('/donations?year=2025'));
    expect(link('Gifts').getAttribute('aria-current')).toBe('page');
    expect(link('Donors').className).toBe('tab');
  });

  it('do not take a longer name for a page below', () => {
    start(nav(), '#/donations/donorsx');
    expect(link('Donors').hasAttribute('aria-current')).toBe(false);
  });
});

describe('navigating', () => {
  function Saver() {
    const navigate = useNavigate();
    return (
      <button type="button" onClick={() => navigate('/where', { state: { message: 'Group saved.' } })}>
        Save
      </button>
    );
  }
  const routes = () =>
    table([
      { path: 'save', element: <Saver /> },
      { path: 'where', element: <Where /> },
    ]);

  it('passes state to the next page, kept in the history entry so a reload shows it again', () => {
    start(routes(), '#/save');
    act(() => void fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(window.location.hash).toBe('#/where');
    expect(screen.getByTestId('where').textContent).toBe('/where (Group saved.)');
    expect((window.history.state as { usr: unknown }).usr).toEqual({ message: 'Group saved.' });
    cleanup();
    router!.dispose();
    // A reload: a new router over the same history entry.
    router = createHashRouter(routes());
    render(<RouterProvider router={router} />);
    expect(screen.getByTestId('where').textContent).toBe('/where (Group saved.)');
  });

  it('replaces the entry when asked, and goes back with a number', () => {
    start(routes(), '#/where');
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const go = vi.spyOn(window.history, 'go').mockImplementation(() => {});
    act(() => router!.navigate('/where?x=1', { replace: true }));
    expect(replace).toHaveBeenCalledWith(expect.objectContaining({ usr: null }), '', '#/where?x=1');
    expect(push).not.toHaveBeenCalled();
    expect(screen.getByTestId('where').textContent).toBe('/where?x=1');
    router!.navigate(-1);
    expect(go).toHaveBeenCalledWith(-1);
  });

  it('follows Back and Forward, each entry with its own state', () => {
    start(routes(), '#/where');
    act(() => router!.navigate('/where?page=2', { state: { message: 'Moved.' } }));
    expect(screen.getByTestId('where').textContent).toBe('/where?page=2 (Moved.)');
    // What the browser does on Back: the earlier entry's address and state, then popstate.
    act(() => {
      window.history.replaceState(null, '', '#/where');
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    expect(screen.getByTestId('where').textContent).toBe('/where');
  });

  it('follows an address typed by hand, once, though the browser reports it twice', async () => {
    const readAhead = vi.fn();
    const lazy: LazyScreen = { load: async () => lazy.loaded!, loaded: { Component: Where, readAhead } };
    start(table([{ path: 'reports', lazy }]), '#/');
    act(() => {
      // As in Chromium: popstate at once, hashchange a moment later (happy-dom sends only the latter).
      window.location.hash = '#/reports?from=2026-01&to=2026-03';
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    expect(screen.getByTestId('where').textContent).toBe('/reports?from=2026-01&to=2026-03');
    expect(readAhead).toHaveBeenCalledTimes(1);
    const commits = vi.fn();
    router!.subscribe(commits);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(commits).not.toHaveBeenCalled();
    expect(readAhead).toHaveBeenCalledTimes(1);
  });

  it('follows a hash change the browser reports only as hashchange', async () => {
    start(routes(), '#/');
    window.location.hash = '#/groups/g2';
    await waitFor(() => expect(heading()).toBe('Group g2'));
  });
});

describe('search params', () => {
  function Filters() {
    const [params, setParams] = useSearchParams();
    const [pushes, setPushes] = useState(0);
    return (
      <>
        <p data-testid="year">{params.get('year') ?? 'none'}</p>
        <button type="button" onClick={() => setParams({ year: '2025', kind: 'space' }, { replace: true })}>
          Replace
        </button>
        <button
          type="button"
          onClick={() => {
            setPushes(pushes + 1);
            setParams((current) => {
              current.set('year', String(2030 + pushes));
              return current;
            });
          }}
        >
          Push
        </button>
        <button type="button" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
          Clear
        </button>
      </>
    );
  }
  const click = (name: string) => act(() => void fireEvent.click(screen.getByRole('button', { name })));

  it('read the search of the hash address', () => {
    start(table([{ path: 'gifts', element: <Filters /> }]), '#/gifts?year=2024');
    expect(screen.getByTestId('year').textContent).toBe('2024');
  });

  it('set new ones on the same path, replacing the entry or adding one, and drop the state', () => {
    start(table([{ path: 'gifts', element: <Filters /> }]), '#/gifts?year=2024');
    act(() => router!.navigate('/gifts?year=2024', { state: { message: 'Saved.' } }));
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    click('Replace');
    expect(window.location.hash).toBe('#/gifts?year=2025&kind=space');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(push).not.toHaveBeenCalled();
    expect(router!.state?.location.state).toBeNull();
    click('Push');
    expect(window.location.hash).toBe('#/gifts?year=2030&kind=space');
    expect(push).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('year').textContent).toBe('2030');
    click('Clear');
    expect(window.location.hash).toBe('#/gifts');
    expect(screen.getByTestId('year').textContent).toBe('none');
  });
});

describe('a screen whose code loads on first visit', () => {
  it('keeps the old screen until its code is here, then reads ahead once and draws it', async () => {
    const reports = slowScreen('Reports');
    start(table([{ path: 'reports', lazy: reports.lazy }]), '#/groups');
    act(() => router!.navigate('/reports?from=2026-01'));
    expect(heading()).toBe('Groups');
    expect(window.location.hash).toBe('#/groups');
    expect(reports.readAhead).not.toHaveBeenCalled();
    await reports.arrive();
    expect(heading()).toBe('Reports');
    expect(window.location.hash).toBe('#/reports?from=2026-01');
    expect(reports.readAhead).toHaveBeenCalledTimes(1);
    expect(reports.readAhead.mock.calls[0]![0].href).toBe('http://app.local/reports?from=2026-01');
    // Read ahead before its first draw.
    expect(reports.drawn[0]).toBe(1);
  });

  it('reads ahead synchronously on every later navigation to it, before it is drawn', async () => {
    const reports = slowScreen('Reports');
    start(table([{ path: 'reports', lazy: reports.lazy }]), '#/reports');
    await reports.arrive();
    act(() => router!.navigate('/groups'));
    const drawsBefore = reports.drawn.length;
    act(() => {
      router!.navigate('/reports?to=2026-03');
      // The read has begun; nothing is drawn yet.
      expect(reports.readAhead).toHaveBeenCalledTimes(2);
      expect(reports.readAhead.mock.calls[1]![0].search).toBe('?to=2026-03');
      expect(reports.drawn.length).toBe(drawsBefore);
    });
    expect(heading()).toBe('Reports');
    expect(reports.drawn.at(-1)).toBe(2);
    act(() => router!.navigate('/reports?to=2026-04', { replace: true }));
    expect(reports.readAhead).toHaveBeenCalledTimes(3);
    expect(reports.lazy.load).toHaveBeenCalledTimes(1);
  });

  it('at start, draws nothing (no layout, no "Page not found") until its code is here', async () => {
    const reports = slowScreen('Reports');
    start(table([{ path: 'reports', lazy: reports.lazy }]), '#/reports');
    expect(document.body.textContent).toBe('');
    await reports.arrive();
    expect(heading()).toBe('Reports');
    expect(screen.getByTestId('shell')).toBeTruthy();
  });

  it('is dropped when another navigation comes before its code', async () => {
    const reports = slowScreen('Reports');
    start(table([{ path: 'reports', lazy: reports.lazy }]), '#/');
    act(() => router!.navigate('/reports'));
    act(() => router!.navigate('/groups'));
    await reports.arrive();
    expect(heading()).toBe('Groups');
    expect(window.location.hash).toBe('#/groups');
    expect(reports.readAhead).not.toHaveBeenCalled();
  });
});

describe('a screen that fails', () => {
  function Broken(): never {
    throw new Error('The list could not be drawn');
  }

  it('is replaced by the error until the next navigation', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    start(table([{ path: 'broken', element: <Broken /> }]), '#/broken');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This page could not be shown');
    expect(screen.getByRole('alert').textContent).toContain('Your saved records are not affected');
    // The layout (the app's navigation) stays around the message.
    expect(screen.getByTestId('shell')).toBeTruthy();
    expect(screen.getByText('The list could not be drawn')).toBeTruthy();
    act(() => router!.navigate('/groups'));
    expect(heading()).toBe('Groups');
  });

  it('to load shows why', async () => {
    const lazy: LazyScreen = { load: () => Promise.reject(new Error('The file could not be read')) };
    start(table([{ path: 'reports', lazy }]), '#/');
    act(() => router!.navigate('/reports'));
    await waitFor(() => expect(screen.getByText('The file could not be read')).toBeTruthy());
    expect(window.location.hash).toBe('#/reports');
    expect(screen.getAllByText('This page could not be shown')).toHaveLength(1);
    expect(screen.getByTestId('shell')).toBeTruthy();
  });
});
