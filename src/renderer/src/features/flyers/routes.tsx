// The flyer screens' addresses: /flyers in the app, and the flyers themselves under /print.
import type { RouteObject } from '../../ui/router';
import { screen } from '../../screens';

/** Children of the app shell's '/' route. */
export const flyerRoutes: RouteObject[] = [
  {
    path: 'flyers',
    lazy: screen(() => import('./FlyersPage'), 'FlyersPage'),
  },
];

/** Children of the top-level '/print' route (outside the shell). */
export const flyerPrintRoutes: RouteObject[] = [
  {
    path: 'flyer/:groupId',
    lazy: screen(() => import('./FlyerPrintPages'), 'GroupFlyerPage'),
  },
  {
    path: 'flyers/affiliate/:affiliateId',
    lazy: screen(() => import('./FlyerPrintPages'), 'AffiliateFlyersPage'),
  },
];
