// Screens load their code when first visited; the rest is fetched once the first screen is shown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, type RouteObject } from 'react-router-dom';

type Screens = typeof import('../../../../src/renderer/src/screens');
let screens: Screens;

beforeEach(async () => {
  vi.resetModules();
  screens = await import('../../../../src/renderer/src/screens');
});

const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('screens', () => {
  it('give the router the named component of the module, loaded on the first visit', async () => {
    const Calendar = () => null;
    const load = vi.fn(async () => ({ CalendarPage: Calendar, Other: () => null }));
    const lazy = screens.screen(load, 'CalendarPage');
    expect(load).not.toHaveBeenCalled();
    await expect((lazy as () => Promise<unknown>)()).resolves.toEqual({ Component: Calendar });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetch every screen ahead, and a screen that fails to load does not stop the others', async () => {
    const first = vi.fn(async () => ({ A: () => null }));
    const broken = vi.fn(async (): Promise<{ B: () => null }> => {
      throw new Error('The file could not be read');
    });
    const last = vi.fn(async () => ({ C: () => null }));
    screens.screen(first, 'A');
    screens.screen(broken, 'B');
    screens.screen(last, 'C');
    await screens.prefetchScreens();
    expect([first, broken, last].map((load) => load.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('run work waiting for the first screen only once it is shown, and only once', async () => {
    const work = vi.fn();
    screens.afterFirstScreen(work);
    await idle();
    expect(work).not.toHaveBeenCalled();
    screens.firstScreenShown();
    screens.firstScreenShown();
    await idle();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('run work asked for after the first screen at the next idle moment, and not work cancelled', async () => {
    const cancelled = vi.fn();
    const cancel = screens.afterFirstScreen(cancelled);
    cancel();
    screens.firstScreenShown();
    const late = vi.fn();
    screens.afterFirstScreen(late);
    await idle();
    expect(late).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});

describe('a screen that reads ahead', () => {
  it('gets a loader that starts its reads from the address the router is going to, and returns at once', async () => {
    const Report = () => null;
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: Report, readAhead }), 'ReportsPage');
    const route = (await (lazy as () => Promise<{ Component: unknown; loader?: unknown }>)()) as {
      Component: unknown;
      loader: (args: { request: Request }) => unknown;
    };
    expect(route.Component).toBe(Report);
    expect(readAhead).not.toHaveBeenCalled();
    const result = route.loader({ request: new Request('http://app.local/reports?from=2025-08&to=2025-08') });
    expect(result).toBeNull();
    expect(readAhead).toHaveBeenCalledTimes(1);
    const address = readAhead.mock.calls[0]?.[0] as URL;
    expect(address.pathname).toBe('/reports');
    expect(address.searchParams.get('from')).toBe('2025-08');
  });

  it('adds no loader to a screen without one', async () => {
    const lazy = screens.screen(async () => ({ GroupsPage: () => null }), 'GroupsPage');
    expect(await (lazy as () => Promise<object>)()).not.toHaveProperty('loader');
  });
});

describe('reading ahead as the navigation begins', () => {
  const routesWith = (lazy: unknown): RouteObject[] => [
    { path: '/', children: [{ path: 'reports', lazy: lazy as RouteObject['lazy'] }, { path: 'other' }] },
  ];

  it('starts the reads of a screen whose code is here before the router has resolved it', async () => {
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: () => null, readAhead }), 'ReportsPage');
    await screens.prefetchScreens();
    const router = createMemoryRouter(routesWith(lazy), { initialEntries: ['/other'] });
    const stop = screens.readAheadOnNavigation(router);
    void router.navigate('/reports?from=2025-08&to=2025-09');
    // Synchronously, as the navigation begins: before the router has loaded anything.
    expect(readAhead).toHaveBeenCalled();
    const address = readAhead.mock.calls[0]?.[0] as URL;
    expect(address.pathname).toBe('/reports');
    expect(address.searchParams.get('to')).toBe('2025-09');
    stop();
    router.dispose();
  });

  it('leaves a screen whose code is not here yet to its loader', async () => {
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: () => null, readAhead }), 'ReportsPage');
    const router = createMemoryRouter(routesWith(lazy), { initialEntries: ['/other'] });
    const stop = screens.readAheadOnNavigation(router);
    const navigated = router.navigate('/reports?from=2025-08&to=2025-08');
    expect(readAhead).not.toHaveBeenCalled();
    await navigated;
    // The loader, once the code is loaded, still starts the reads.
    expect(readAhead).toHaveBeenCalledTimes(1);
    stop();
    router.dispose();
  });

  it('reads nothing for a navigation to a screen without reads', async () => {
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: () => null, readAhead }), 'ReportsPage');
    await screens.prefetchScreens();
    const router = createMemoryRouter(routesWith(lazy), { initialEntries: ['/reports'] });
    await new Promise((resolve) => setTimeout(resolve, 5));
    readAhead.mockClear();
    const stop = screens.readAheadOnNavigation(router);
    await router.navigate('/other');
    expect(readAhead).not.toHaveBeenCalled();
    stop();
    router.dispose();
  });
});
