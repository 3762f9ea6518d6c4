// Screens whose code loads when first visited, so a start reads only the shell and Home. Once the first
// screen is up, every screen's code is fetched in the background (prefetchScreens), so moving around
// the app never waits for it.
import type { ComponentType } from 'react';
import type { LazyScreen, Screen } from './ui/router';

/** Every screen, for prefetchScreens. */
const screens: LazyScreen[] = [];

/**
 * A screen module may export `readAhead`: it starts the screen's reads (shared queries) from the
 * address alone. The router runs it on every navigation to the screen, before drawing it: at once
 * when the screen's code is here, else the moment it has loaded.
 */
export type ReadAhead = (address: URL) => void;

/** A route's screen: the component exported as `name` by the module `load` brings. */
export function screen<M extends Record<K, ComponentType> & { readAhead?: ReadAhead }, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyScreen {
  let loading: Promise<Screen> | undefined;
  const lazy: { load(): Promise<Screen>; loaded?: Screen } = {
    load: () =>
      (loading ??= load().then(
        (module) => (lazy.loaded = { Component: module[name], readAhead: module.readAhead }),
        (error: unknown) => {
          // A later visit tries again.
          loading = undefined;
          throw error;
        },
      )),
  };
  screens.push(lazy);
  return lazy;
}

/** Fetches every screen's code (the browser keeps each module once loaded). */
export function prefetchScreens(): Promise<void> {
  return Promise.all(screens.map((lazy) => lazy.load().catch(() => undefined))).then(() => undefined);
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
