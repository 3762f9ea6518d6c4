// Screens load their code when first visited; the rest is fetched once the first screen is shown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteObject } from '../../../../src/renderer/src/ui/router';
import { createRouter } from '../../../../src/renderer/src/ui/router';
import { memoryHistory } from '../ui/memoryRouter';

type Screens = typeof import('../../../../src/renderer/src/screens');
let screens: Screens;

beforeEach(async () => {
  vi.resetModules();
  screens = await import('../../../../src/renderer/src/screens');
});

const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('screens', () => {
  it('give the router the named component of the module, loaded on the first visit and kept', async () => {
    const Calendar = () => null;
    const load = vi.fn(async () => ({ CalendarPage: Calendar, Other: () => null }));
    const lazy = screens.screen(load, 'CalendarPage');
    expect(load).not.toHaveBeenCalled();
    expect(lazy.loaded).toBeUndefined();
    await expect(lazy.load()).resolves.toEqual({ Component: Calendar, readAhead: undefined });
    expect(lazy.loaded?.Component).toBe(Calendar);
    await lazy.load();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('try a screen whose code failed to load again on the next visit', async () => {
    const Page = () => null;
    const load = vi
      .fn<() => Promise<{ Page: () => null }>>()
      .mockRejectedValueOnce(new Error('The file could not be read'))
      .mockResolvedValue({ Page });
    const lazy = screens.screen(load, 'Page');
    await expect(lazy.load()).rejects.toThrow('could not be read');
    expect(lazy.loaded).toBeUndefined();
    await expect(lazy.load()).resolves.toMatchObject({ Component: Page });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('fetch every screen ahead, and a screen that fails to load does not stop the others', async () => {
    const first = vi.fn(async () => ({ A: () => null }));
    const broken = vi.fn(async (): Promise<{ B: () => null }> => {
      throw new Error('The file could not be read');
    });
    const last = vi.fn(async () => ({ C: () => null }));
    const lazies = [screens.screen(first, 'A'), screens.screen(broken, 'B'), screens.screen(last, 'C')];
    await screens.prefetchScreens();
    expect([first, broken, last].map((load) => load.mock.calls.length)).toEqual([1, 1, 1]);
    expect(lazies.map((lazy) => lazy.loaded !== undefined)).toEqual([true, false, true]);
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
  const routesWith = (lazy: RouteObject['lazy']): RouteObject[] => [
    {
      path: '/',
      children: [
        { path: 'reports', lazy },
        { path: 'other', element: 'Other' },
      ],
    },
  ];

  it('hands the router its readAhead with its component', async () => {
    const Report = () => null;
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: Report, readAhead }), 'ReportsPage');
    expect(await lazy.load()).toEqual({ Component: Report, readAhead });
    expect(readAhead).not.toHaveBeenCalled();
  });

  it('starts its reads as the navigation begins once prefetched, from the address the router goes to', async () => {
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: () => null, readAhead }), 'ReportsPage');
    await screens.prefetchScreens();
    const router = createRouter(routesWith(lazy), memoryHistory(['/other']));
    router.navigate('/reports?from=2025-08&to=2025-09');
    // Synchronously, as the navigation begins.
    expect(readAhead).toHaveBeenCalledTimes(1);
    const address = readAhead.mock.calls[0]?.[0] as URL;
    expect(address.pathname).toBe('/reports');
    expect(address.searchParams.get('to')).toBe('2025-09');
    expect(router.state?.location.pathname).toBe('/reports');
  });

  it('on a first visit, starts its reads once its code is here, before the router shows it', async () => {
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: () => null, readAhead }), 'ReportsPage');
    const router = createRouter(routesWith(lazy), memoryHistory(['/other']));
    const shown = vi.fn((state: { location: { pathname: string } }) => [
      state.location.pathname,
      readAhead.mock.calls.length,
    ]);
    router.subscribe(shown);
    router.navigate('/reports?from=2025-08&to=2025-08');
    expect(readAhead).not.toHaveBeenCalled();
    expect(router.state?.location.pathname).toBe('/other');
    await vi.waitFor(() => expect(shown).toHaveBeenCalled());
    expect(shown.mock.results[0]?.value).toEqual(['/reports', 1]);
  });

  it('reads nothing for a navigation to a screen without reads', async () => {
    const readAhead = vi.fn();
    const lazy = screens.screen(async () => ({ ReportsPage: () => null, readAhead }), 'ReportsPage');
    await screens.prefetchScreens();
    const router = createRouter(routesWith(lazy), memoryHistory(['/reports']));
    expect(readAhead).toHaveBeenCalledTimes(1);
    router.navigate('/other');
    expect(router.state?.location.pathname).toBe('/other');
    expect(readAhead).toHaveBeenCalledTimes(1);
  });
});
