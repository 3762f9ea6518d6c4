// The flyer screens' addresses: /flyers in the app, and the flyers themselves under /print.
import type { RouteObject } from 'react-router-dom';
import { FlyersPage } from './FlyersPage';
import { AffiliateFlyersPage, GroupFlyerPage } from './FlyerPrintPages';

/** Children of the app shell's '/' route. */
export const flyerRoutes: RouteObject[] = [{ path: 'flyers', element: <FlyersPage /> }];

/** Children of the top-level '/print' route (outside the shell). */
export const flyerPrintRoutes: RouteObject[] = [
  { path: 'flyer/:groupId', element: <GroupFlyerPage /> },
  { path: 'flyers/affiliate/:affiliateId', element: <AffiliateFlyersPage /> },
];
