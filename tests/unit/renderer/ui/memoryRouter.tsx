// The app's router over addresses kept in memory, for tests that draw a screen or a part of one.
import { useState, type ReactNode } from 'react';
import {
  createRouter,
  parsePath,
  RouterProvider,
  type Location,
  type RouteObject,
  type RouterHistory,
} from '../../../../src/renderer/src/ui/router';

/** A history of the given addresses, at the last; `entries` shows where it went since. */
export function memoryHistory(initialEntries: string[] = ['/']): RouterHistory & { entries: Location[] } {
  const entries: Location[] = initialEntries.map((path, index) => ({
    ...parsePath(path),
    state: null,
    key: `entry${index}`,
  }));
  let at = entries.length - 1;
  let changed: (() => void) | undefined;
  return {
    entries,
    read: () => entries[at]!,
    write(location, replace) {
      if (replace) entries[at] = location;
      else entries.splice(++at, entries.length, location);
    },
    go(delta) {
      at = Math.min(entries.length - 1, Math.max(0, at + delta));
      changed?.();
    },
    listen(listener) {
      changed = listener;
      return () => (changed = undefined);
    },
  };
}

/** Draws `children` at `initialEntries`' last address, matched against `route` (any address by default). */
export function MemoryRouter({
  initialEntries,
  route = '*',
  children,
}: {
  initialEntries?: string[];
  route?: string;
  children: ReactNode;
}) {
  const [router] = useState(() => {
    const routes: RouteObject[] = [{ path: route, element: children }];
    return createRouter(routes, memoryHistory(initialEntries));
  });
  return <RouterProvider router={router} />;
}
