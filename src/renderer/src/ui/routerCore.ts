// The router's workings without React: the route table, matching an address, the browser's history
// (the address lives in the hash), and navigations. ui/router.tsx draws the screens and holds the hooks.
import type { ComponentType, ReactNode } from 'react';

/** A screen's code: its component, and optionally `readAhead`, which starts its reads from the address. */
export interface Screen {
  Component: ComponentType;
  readAhead?: (address: URL) => void;
}

/** A screen whose code loads on first visit; `loaded` is set once it has (see screens.ts). */
export interface LazyScreen {
  load(): Promise<Screen>;
  readonly loaded?: Screen;
}

/**
 * One entry of the route table. A path is relative to its parent's (`groups/:groupId`); `*` matches the
 * rest of the address; an index route matches its parent's path exactly. A route with neither an
 * element nor a lazy screen draws its matching child.
 */
export interface RouteObject {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  lazy?: LazyScreen;
  children?: RouteObject[];
}

export interface Location {
  pathname: string;
  search: string;
  hash: string;
  /** What `navigate(to, { state })` passed along; kept in the history entry, so it outlives a reload. */
  state: unknown;
  key: string;
}

export type Params = Readonly<Record<string, string | undefined>>;

/** A settled navigation: where, and the routes from the outermost to the screen. */
export interface RouterState {
  location: Location;
  routes: RouteObject[];
  params: Params;
  /** Set when a screen's code failed to load or its read-ahead threw. */
  error?: unknown;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

/** Where the router keeps the address: the window's hash, or a list in memory for tests. */
export interface RouterHistory {
  read(): Location;
  write(location: Location, replace: boolean): void;
  go(delta: number): void;
  /** Calls `changed` when the address changes from outside (Back, Forward, a typed or followed hash). */
  listen(changed: () => void): () => void;
}

export interface Router {
  /** Null until the first screen's code is here. */
  readonly state: RouterState | null;
  navigate(to: string | number, options?: NavigateOptions): void;
  subscribe(listener: (state: RouterState) => void): () => void;
  dispose(): void;
}

/** Splits `/path?search#hash`; a path without its leading slash gets one, as a hand-typed hash may lack it. */
export function parsePath(path: string): Pick<Location, 'pathname' | 'search' | 'hash'> {
  const hashAt = path.indexOf('#');
  const hash = hashAt >= 0 ? path.slice(hashAt) : '';
  const rest = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const searchAt = rest.indexOf('?');
  const search = searchAt >= 0 ? rest.slice(searchAt) : '';
  const pathname = (searchAt >= 0 ? rest.slice(0, searchAt) : rest) || '/';
  return {
    pathname: pathname.startsWith('/') ? pathname : `/${pathname}`,
    search: search === '?' ? '' : search,
    hash: hash === '#' ? '' : hash,
  };
}

export const pathOf = ({ pathname, search, hash }: Pick<Location, 'pathname' | 'search' | 'hash'>): string =>
  pathname + search + hash;

interface Branch {
  routes: RouteObject[];
  matcher: RegExp;
  names: string[];
  score: number;
}

const isSplat = (segment: string) => segment === '*';

/** How specific a path is, as React Router ranks them: static segments beat params, which beat a splat. */
function score(path: string, index: boolean): number {
  const segments = path.split('/');
  const initial = segments.length + (segments.some(isSplat) ? -2 : 0) + (index ? 2 : 0);
  return segments
    .filter((segment) => !isSplat(segment))
    .reduce((sum, segment) => sum + (/^:[\w-]+$/.test(segment) ? 3 : segment === '' ? 1 : 10), initial);
}

/** The address pattern as a regular expression (case-insensitive, trailing slashes allowed). */
function compile(path: string): Pick<Branch, 'matcher' | 'names'> {
  const names: string[] = [];
  let source =
    '^' +
    path
      .replace(/\/*\*?$/, '')
      .replace(/^\/*/, '/')
      .replace(/[\\.*+^${}|()[\]]/g, '\\$&')
      .replace(/\/:([\w-]+)/g, (_, name: string) => {
        names.push(name);
        return '/([^\\/]+)';
      });
  if (path.endsWith('*')) {
    names.push('*');
    source += path === '/*' ? '(.*)$' : '(?:\\/(.+)|\\/*)$';
  } else source += '\\/*$';
  return { matcher: new RegExp(source, 'i'), names };
}

/** Every route that can match, most specific first; equally specific siblings keep their order. */
export function rankRoutes(routes: RouteObject[]): Branch[] {
  const branches: Branch[] = [];
  const visit = (list: RouteObject[], parents: RouteObject[], parentPath: string) => {
    for (const route of list) {
      const path = `${parentPath}/${route.path ?? ''}`.replace(/\/\/+/g, '/');
      const chain = [...parents, route];
      if (route.children?.length) visit(route.children, chain, path);
      if (route.path === undefined && !route.index) continue;
      branches.push({ routes: chain, score: score(path, route.index === true), ...compile(path) });
    }
  };
  visit(routes, [], '');
  return branches.sort((a, b) => b.score - a.score);
}

/** Each segment decoded, a slash inside one kept apart until the params are read. */
function decodePath(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replace(/\//g, '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

export function matchRoutes(branches: Branch[], pathname: string): Pick<RouterState, 'routes' | 'params'> | null {
  const decoded = decodePath(pathname);
  for (const branch of branches) {
    const found = branch.matcher.exec(decoded);
    if (!found) continue;
    const params: Record<string, string> = {};
    branch.names.forEach((name, index) => (params[name] = (found[index + 1] ?? '').replace(/%2F/g, '/')));
    return { routes: branch.routes, params };
  }
  return null;
}

const newKey = () => Math.random().toString(36).slice(2, 10);

/**
 * The address in the window's hash (`#/reports?from=2026-01`): the same under app:// and http://. The
 * entry keeps `{ usr: state, key }`, as React Router's did, so a message passed along survives a reload.
 */
export function hashHistory(win: Window = window): RouterHistory {
  return {
    read() {
      const entry = win.history.state as { usr?: unknown; key?: string } | null;
      return { ...parsePath(win.location.hash.slice(1)), state: entry?.usr ?? null, key: entry?.key ?? 'default' };
    },
    write(location, replace) {
      const entry = { usr: location.state, key: location.key };
      if (replace) win.history.replaceState(entry, '', `#${pathOf(location)}`);
      else win.history.pushState(entry, '', `#${pathOf(location)}`);
    },
    go: (delta) => win.history.go(delta),
    listen(changed) {
      // A typed hash fires both; the router skips the second, as the address has not changed since.
      win.addEventListener('popstate', changed);
      win.addEventListener('hashchange', changed);
      return () => {
        win.removeEventListener('popstate', changed);
        win.removeEventListener('hashchange', changed);
      };
    },
  };
}

/**
 * Navigations: a screen whose code is here is shown at once; one whose code is not keeps the old
 * screen (or, at start, nothing) until it loads, and the address changes only then. Each navigation to
 * a screen runs its `readAhead` just before the screen is drawn: synchronously when its code is here.
 */
export function createRouter(table: RouteObject[], history: RouterHistory): Router {
  const branches = rankRoutes(table);
  const listeners = new Set<(state: RouterState) => void>();
  let state: RouterState | null = null;
  let latest: Location = history.read();
  let navigation = 0;

  const readAhead = (routes: RouteObject[], location: Location) => {
    const screens = routes.flatMap(({ lazy }) => (lazy?.loaded?.readAhead ? [lazy.loaded.readAhead] : []));
    if (screens.length === 0) return;
    const address = new URL(location.pathname + location.search, 'http://app.local');
    screens.forEach((read) => read(address));
  };

  const begin = (location: Location, write?: { replace: boolean }) => {
    const id = ++navigation;
    latest = location;
    const found = matchRoutes(branches, location.pathname) ?? { routes: [], params: {} };
    const settle = (failed?: { error: unknown }) => {
      if (id !== navigation) return;
      let error = failed ? (failed.error ?? new Error('The screen could not be loaded')) : undefined;
      if (!failed) {
        try {
          readAhead(found.routes, location);
        } catch (thrown) {
          error = thrown ?? new Error('The screen could not read ahead');
        }
      }
      if (write) history.write(location, write.replace);
      const next: RouterState = error === undefined ? { location, ...found } : { location, ...found, error };
      state = next;
      listeners.forEach((listener) => listener(next));
    };
    const waiting = found.routes.flatMap(({ lazy }) => (lazy && !lazy.loaded ? [lazy.load()] : []));
    if (waiting.length === 0) settle();
    else
      Promise.all(waiting).then(
        () => settle(),
        (error: unknown) => settle({ error }),
      );
  };

  const changed = () => {
    const location = history.read();
    if (pathOf(location) === pathOf(latest) && location.key === latest.key) return;
    begin(location);
  };
  const stop = history.listen(changed);
  begin(latest);

  return {
    get state() {
      return state;
    },
    navigate(to, options = {}) {
      if (typeof to === 'number') return history.go(to);
      // Only `?search` is relative (useSearchParams): to the address on screen.
      const path = to.startsWith('?') || to.startsWith('#') ? (state?.location.pathname ?? '/') + to : to;
      const location = { ...parsePath(path), state: options.state ?? null, key: newKey() };
      begin(location, { replace: options.replace === true });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      stop();
      listeners.clear();
      navigation += 1;
    },
  };
}
