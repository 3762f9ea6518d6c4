// The report screens' addresses: under /reports in the app, and the printable summary under /print.
import type { RouteObject } from '../../ui/router';
import { screen } from '../../screens';

/** Children of the app shell's '/' route. */
export const reportRoutes: RouteObject[] = [
  {
    path: 'reports',
    lazy: screen(() => import('./ReportsPage'), 'ReportsPage'),
  },
  {
    path: 'reports/rollup',
    lazy: screen(() => import('./RollupPage'), 'RollupPage'),
  },
];

/** Children of the top-level '/print' route (outside the shell). */
export const reportPrintRoutes: RouteObject[] = [
  {
    path: 'report',
    lazy: screen(() => import('./ReportPrintPage'), 'ReportPrintPage'),
  },
];
