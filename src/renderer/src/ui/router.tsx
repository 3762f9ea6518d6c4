// The app's router: hash addresses, nested routes under one layout, screens whose code loads on first
// visit, params, search params and the state a navigation passes along. It draws the matching routes
// and offers the few hooks and links the screens use; the workings are in routerCore.ts.
import {
  Component,
  createContext,
  startTransition,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type ComponentProps,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  createRouter,
  hashHistory,
  parsePath,
  pathOf,
  type Location,
  type NavigateOptions,
  type Params,
  type RouteObject,
  type Router,
  type RouterState,
} from './routerCore';
import { Notice } from './Notice';
import { PageHeader } from './PageHeader';

export { createRouter, hashHistory, parsePath };
export type {
  LazyScreen,
  Location,
  NavigateOptions,
  Params,
  RouteObject,
  Router,
  RouterHistory,
  Screen,
} from './routerCore';

/** A router over the window's hash, starting at the address the window opened at. */
export function createHashRouter(routes: RouteObject[]): Router {
  return createRouter(routes, hashHistory());
}

const RouterContext = createContext<Router | null>(null);
const StateContext = createContext<RouterState | null>(null);
const OutletContext = createContext<ReactNode>(null);

function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('A link or router hook is used outside the RouterProvider');
  return router;
}

function useRouterState(): RouterState {
  const state = useContext(StateContext);
  if (!state) throw new Error('A router hook is used outside the RouterProvider');
  return state;
}

/**
 * Each route's element inside its parent's <Outlet />; a route without one draws its child. The screen
 * (the last route) is drawn inside an error boundary, so a screen that fails leaves the layout and its
 * navigation in place around the message.
 */
function renderRoutes(state: RouterState): ReactNode {
  const { routes } = state;
  return routes.reduceRight<ReactNode>((outlet, route, index) => {
    const Screen = route.lazy?.loaded?.Component;
    const element = Screen ? <Screen /> : route.element !== undefined ? route.element : outlet;
    const shown =
      index === routes.length - 1 ? (
        <RouteErrorBoundary state={state} loadError>
          {element}
        </RouteErrorBoundary>
      ) : (
        element
      );
    return <OutletContext value={outlet}>{shown}</OutletContext>;
  }, null);
}

/**
 * Draws the current address's routes; nothing until the first screen's code is here. A navigation's
 * screen is drawn as a transition, as React Router did, so the old screen stays until the new is ready.
 */
export function RouterProvider({ router }: { router: Router }) {
  const [state, setState] = useState(router.state);
  useLayoutEffect(() => {
    const show = (next: RouterState) => startTransition(() => setState(next));
    // Also takes a navigation that settled between the first draw and this subscription.
    if (router.state) show(router.state);
    return router.subscribe(show);
  }, [router]);
  if (!state) return null;
  return (
    <RouterContext value={router}>
      <StateContext value={state}>
        {/* Around everything too, for a layout that fails itself. */}
        <RouteErrorBoundary state={state} loadError={false}>
          {renderRoutes(state)}
        </RouteErrorBoundary>
      </StateContext>
    </RouterContext>
  );
}

interface BoundaryState {
  shown: RouterState;
  error: unknown;
}

/**
 * A screen that throws while drawing (or whose code failed to load) is replaced by a message in plain
 * words, with the error's own words under Details, until the next navigation.
 */
interface BoundaryProps {
  state: RouterState;
  /** Also shows the navigation's own error (a screen whose code failed to load): the screen's boundary. */
  loadError: boolean;
  children: ReactNode;
}

const loadErrorOf = (props: BoundaryProps) => (props.loadError ? props.state.error : undefined);

class RouteErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { shown: this.props.state, error: loadErrorOf(this.props) };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, current: BoundaryState): BoundaryState | null {
    return props.state === current.shown ? null : { shown: props.state, error: loadErrorOf(props) };
  }

  override componentDidCatch(error: unknown) {
    console.error('The router caught an error while drawing a screen', error);
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const message = error instanceof Error ? error.message : JSON.stringify(error);
    return (
      <>
        <PageHeader title="This page could not be shown" />
        <Notice kind="problem" role="alert">
          <p>
            Something went wrong while showing this page. Your saved records are not affected. Choose another page in
            the navigation, or reload the window.
          </p>
          <details>
            <summary>Details for whoever helps you</summary>
            <p>{message}</p>
          </details>
        </Notice>
      </>
    );
  }
}

/** Where the child route's element goes in a layout. */
export function Outlet() {
  return useContext(OutletContext);
}

export function useLocation(): Location {
  return useRouterState().location;
}

/** The address's params, decoded: `groups/:groupId` gives `{ groupId }`. */
export function useParams(): Params {
  return useRouterState().params;
}

/** `navigate('/path', { state, replace })`, or `navigate(-1)` to go back. */
export function useNavigate(): Router['navigate'] {
  const router = useRouter();
  return useCallback((to: string | number, options?: NavigateOptions) => router.navigate(to, options), [router]);
}

type SearchInit = URLSearchParams | string | Record<string, string> | [string, string][];
export type SetSearchParams = (
  next: SearchInit | ((current: URLSearchParams) => SearchInit),
  options?: NavigateOptions,
) => void;

/** The address's search params, and a setter that navigates to the same path with new ones. */
export function useSearchParams(): [URLSearchParams, SetSearchParams] {
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback<SetSearchParams>(
    (next, options) => {
      const init = typeof next === 'function' ? next(new URLSearchParams(params)) : next;
      navigate(`?${new URLSearchParams(init).toString()}`, options);
    },
    [navigate, params],
  );
  return [params, setParams];
}

export type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: string; replace?: boolean; state?: unknown };

/**
 * A real link (`#/path`): a plain left click navigates through the router; a click with a modifier
 * key, another button or a target is left to the browser. A link to where one is replaces the entry.
 */
export function Link({ to, replace, state, onClick, target, ...rest }: LinkProps) {
  const router = useRouter();
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || (target && target !== '_self')) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const here = router.state ? pathOf(router.state.location) : null;
    router.navigate(to, { replace: replace ?? here === pathOf(parsePath(to)), state });
  };
  return <a {...rest} href={`#${to}`} target={target} onClick={click} />;
}

export type NavLinkProps = LinkProps & { end?: boolean; className?: string };

/**
 * A link that knows it leads to the page shown (or, without `end`, to a page above it): it then has
 * `aria-current="page"` and the class `active`.
 */
export function NavLink({ to, end = false, className, 'aria-current': current = 'page', ...rest }: NavLinkProps) {
  const here = useLocation().pathname.toLowerCase();
  const target = parsePath(to).pathname.toLowerCase();
  const slashAt = target !== '/' && target.endsWith('/') ? target.length - 1 : target.length;
  const active = here === target || (!end && here.startsWith(target) && here.charAt(slashAt) === '/');
  return (
    <Link
      {...rest}
      to={to}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? current : undefined}
    />
  );
}
