// @vitest-environment happy-dom
// Which route an address reaches: the app's own table, ranked as React Router ranked it.
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../src/renderer/src/routes';
import { matchRoutes, parsePath, rankRoutes, type RouteObject } from '../../../../src/renderer/src/ui/routerCore';

const branches = rankRoutes(routes);
/** The path of each route from the outermost to the screen ('index' for an index route). */
const reached = (pathname: string) =>
  matchRoutes(branches, pathname)?.routes.map((route) => route.path ?? (route.index ? 'index' : '?'));
const paramsAt = (pathname: string) => matchRoutes(branches, pathname)?.params;

describe("the app's routes", () => {
  it('take static segments before params, whatever the order in the table', () => {
    expect(reached('/groups/new')).toEqual(['/', 'groups/new']);
    expect(reached('/groups/g1')).toEqual(['/', 'groups/:groupId']);
    expect(reached('/facilitators/trainings')).toEqual(['/', 'facilitators/trainings']);
    expect(reached('/facilitators/trainings/t1')).toEqual(['/', 'facilitators/trainings/:trainingId']);
    expect(reached('/facilitators/f1')).toEqual(['/', 'facilitators/:facilitatorId']);
    expect(reached('/donations/donors')).toEqual(['/', 'donations/donors']);
    expect(reached('/donations/d1')).toEqual(['/', 'donations/:donationId']);
    expect(reached('/venues/new')).toEqual(['/', 'venues/new']);
  });

  it('show Home at the root, and the catch-all anywhere else under the shell', () => {
    expect(reached('/')).toEqual(['/', 'index']);
    expect(reached('/nowhere')).toEqual(['/', '*']);
    expect(reached('/groups/g1/nowhere')).toEqual(['/', '*']);
    expect(reached('/print/nowhere')).toEqual(['/', '*']);
  });

  it('put the print pages outside the shell', () => {
    expect(reached('/print/letter/d1')).toEqual(['/print', 'letter/:donationId']);
    expect(reached('/print/donor-letter/p1/2025')).toEqual(['/print', 'donor-letter/:donorId/:year']);
    expect(reached('/print/report')).toEqual(['/print', 'report']);
  });

  it('give every param, named as in the table', () => {
    expect(paramsAt('/meetings/s1/2026-03-03')).toEqual({ scheduleId: 's1', originalDate: '2026-03-03' });
    expect(paramsAt('/venues/v1/bookings/b1')).toEqual({ venueId: 'v1', bookingId: 'b1' });
    expect(paramsAt('/groups/g1/schedules/new')).toEqual({ groupId: 'g1' });
  });

  it('ignore letter case and a trailing slash', () => {
    expect(reached('/Groups/NEW/')).toEqual(['/', 'groups/new']);
    expect(paramsAt('/GROUPS/Ab1/')).toEqual({ groupId: 'Ab1' });
  });
});

describe('params', () => {
  it('are decoded, a slash encoded in one included', () => {
    expect(paramsAt('/groups/Lake%20side')).toEqual({ groupId: 'Lake side' });
    expect(paramsAt('/groups/a%2Fb')).toEqual({ groupId: 'a/b' });
    expect(reached('/groups/a%2Fb/edit')).toEqual(['/', 'groups/:groupId/edit']);
    expect(paramsAt('/groups/caf%C3%A9')).toEqual({ groupId: 'café' });
  });

  it('stay as typed when the address cannot be decoded', () => {
    expect(paramsAt('/groups/100%')).toEqual({ groupId: '100%' });
  });

  it('include what a splat matched', () => {
    const table: RouteObject[] = [{ path: '/files/*' }];
    expect(matchRoutes(rankRoutes(table), '/files/a/b')?.params).toEqual({ '*': 'a/b' });
  });
});

describe('ranking', () => {
  it('puts a static segment before a param and a param before a splat, listed in any order', () => {
    const splat: RouteObject = { path: '*' };
    const param: RouteObject = { path: 'groups/:groupId' };
    const fixed: RouteObject = { path: 'groups/new' };
    const ranked = rankRoutes([{ path: '/', children: [splat, param, fixed] }]);
    expect(matchRoutes(ranked, '/groups/new')?.routes[1]).toBe(fixed);
    expect(matchRoutes(ranked, '/groups/g1')?.routes[1]).toBe(param);
    expect(matchRoutes(ranked, '/groups')?.routes[1]).toBe(splat);
  });

  it('keeps the first of two routes with the same path', () => {
    const first: RouteObject = { path: 'a/:x' };
    const second: RouteObject = { path: 'a/:y' };
    expect(matchRoutes(rankRoutes([{ path: '/', children: [first, second] }]), '/a/1')?.routes[1]).toBe(first);
  });

  it('matches nothing when no route fits', () => {
    expect(matchRoutes(rankRoutes([{ path: '/a' }]), '/b')).toBeNull();
  });
});

describe('an address', () => {
  it('splits into its path, search and hash, with a leading slash', () => {
    expect(parsePath('/reports?from=2026-01&to=2026-03')).toEqual({
      pathname: '/reports',
      search: '?from=2026-01&to=2026-03',
      hash: '',
    });
    expect(parsePath('calendar?view=week#top')).toEqual({ pathname: '/calendar', search: '?view=week', hash: '#top' });
    expect(parsePath('')).toEqual({ pathname: '/', search: '', hash: '' });
    expect(parsePath('/a?')).toEqual({ pathname: '/a', search: '', hash: '' });
  });
});
