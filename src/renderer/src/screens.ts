// Screens whose code loads when first visited, so a start reads only the shell and Home. Once the first
// screen is up, every screen's code is fetched in the background (prefetchScreens), so moving around
// the app never waits for it.
import type { ComponentType } from 'react';
import { matchRoutes, type DataRouter, type LazyRouteFunction, type RouteObject } from 'react-router-dom';

const loads: (() => Promise<unknown>)[] = [];

/** The read-ahead of each screen whose code has been fetched, by its route's lazy function. */
const readAheads = new Map<unknown, ReadAhead>();

/**
 * A screen module may export `readAhead`: it starts the screen's reads (shared queries) from the
 * address alone, as the router begins the navigation, rather than when the screen first renders.
 */
export type ReadAhead = (address: URL) => void;

/** A route's screen: the component exported as `name` by the module `load` brings. */
export function screen<M extends Record<K, ComponentType> & { readAhead?: ReadAhead }, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyRouteFunction<RouteObject> {
  const lazy = async () => {
    const module = await load();
    const { readAhead } = module;
    if (!readAhead) return { Component: module[name] };
    // A loader that only starts reads and returns at once: the screen itself shows what they bring.
    return {
      Component: module[name],
      loader: ({ request }: { request: Request }) => {
        readAhead(new URL(request.url));
        return null;
      },
    };
  };
  loads.push(() =>
    load().then((module) => {
      if (module.readAhead) readAheads.set(lazy, module.readAhead);
    }),
  );
  return lazy;
}

/**
 * Starts a screen's reads the moment the router begins a navigation to it, when its code is already
 * here (fetched after the first screen): the router's first visit to a screen resolves its code first,
 * and its loader ran ~10 ms after the click. The loader still runs and joins the same reads.
 */
export function readAheadOnNavigation(router: Pick<DataRouter, 'subscribe' | 'routes'>): () => void {
  return router.subscribe((state) => {
    const next = state.navigation.location;
    if (state.navigation.state !== 'loading' || !next) return;
    for (const { route } of matchRoutes(router.routes, next) ?? []) {
      const readAhead = route.lazy ? readAheads.get(route.lazy) : undefined;
      readAhead?.(new URL(`${next.pathname}${next.search}`, 'http://app.local'));
    }
  });
}

/** Fetches every screen's code (the browser keeps each module once loaded). */
export function prefetchScreens(): Promise<void> {
  return Promise.all(loads.map((load) => load().catch(() => undefined))).then(() => undefined);
}

let shown = false;
const waiting = new Set<() => void>();

const whenIdle = (work: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
};

/**
 * Work to do once the first screen shows what it is for (Home its to-do list), when the browser is
 * next idle: reading ahead then never competes with the start itself. Returns a cancel.
 */
export function afterFirstScreen(work: () => void): () => void {
  if (shown) {
    whenIdle(work);
    return () => undefined;
  }
  waiting.add(work);
  return () => void waiting.delete(work);
}

/** Says the first screen is shown (once; later calls do nothing). */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  const work = [...waiting];
  waiting.clear();
  whenIdle(() => work.forEach((run) => run()));
}
