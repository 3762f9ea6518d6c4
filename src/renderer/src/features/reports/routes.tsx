// The report screens' addresses: under /reports in the app, and the printable summary under /print.
import type { RouteObject } from 'react-router-dom';
import { ReportsPage } from './ReportsPage';
import { RollupPage } from './RollupPage';
import { ReportPrintPage } from './ReportPrintPage';

/** Children of the app shell's '/' route. */
export const reportRoutes: RouteObject[] = [
  { path: 'reports', element: <ReportsPage /> },
  { path: 'reports/rollup', element: <RollupPage /> },
];

/** Children of the top-level '/print' route (outside the shell). */
export const reportPrintRoutes: RouteObject[] = [{ path: 'report', element: <ReportPrintPage /> }];
