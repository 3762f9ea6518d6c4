// Every screen's address. Hash routing works the same under app:// and in the browser mode.
import { createHashRouter, type RouteObject } from './ui/router';
import { screen } from './screens';
import { AppShell } from './features/shell/AppShell';
import { HomePage } from './features/home/HomePage';
import { NotBuiltYet } from './features/placeholders/NotBuiltYet';
import { venueRoutes } from './features/venues/routes';
import { donationPrintRoutes, donationRoutes } from './features/donations/routes';
import { flyerPrintRoutes, flyerRoutes } from './features/flyers/routes';
import { reportPrintRoutes, reportRoutes } from './features/reports/routes';

/** Static segments beat params (`groups/new` before `groups/:groupId`), and params beat the catch-all. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'groups',
        lazy: screen(() => import('./features/groups/GroupsPage'), 'GroupsPage'),
      },
      {
        path: 'groups/new',
        lazy: screen(() => import('./features/groups/GroupEditPages'), 'NewGroupPage'),
      },
      {
        path: 'groups/:groupId',
        lazy: screen(() => import('./features/groups/GroupPage'), 'GroupPage'),
      },
      {
        path: 'groups/:groupId/edit',
        lazy: screen(() => import('./features/groups/GroupEditPages'), 'EditGroupPage'),
      },
      {
        path: 'groups/:groupId/schedules/new',
        lazy: screen(() => import('./features/groups/SchedulePage'), 'SchedulePage'),
      },
      {
        path: 'groups/:groupId/schedules/:scheduleId/edit',
        lazy: screen(() => import('./features/groups/SchedulePage'), 'SchedulePage'),
      },
      {
        path: 'meetings/:scheduleId/:originalDate',
        lazy: screen(() => import('./features/meetings/MeetingPage'), 'MeetingPage'),
      },
      {
        path: 'calendar',
        lazy: screen(() => import('./features/calendar/CalendarPage'), 'CalendarPage'),
      },
      {
        path: 'calendar/closures',
        lazy: screen(() => import('./features/calendar/ClosuresPage'), 'ClosuresPage'),
      },
      ...venueRoutes,
      ...donationRoutes,
      {
        path: 'facilitators',
        lazy: screen(() => import('./features/facilitators/FacilitatorsPage'), 'FacilitatorsPage'),
      },
      {
        path: 'facilitators/new',
        lazy: screen(() => import('./features/facilitators/FacilitatorEditPages'), 'NewFacilitatorPage'),
      },
      {
        path: 'facilitators/trainings',
        lazy: screen(() => import('./features/facilitators/TrainingsPage'), 'TrainingsPage'),
      },
      {
        path: 'facilitators/trainings/new',
        lazy: screen(() => import('./features/facilitators/NewTrainingPage'), 'NewTrainingPage'),
      },
      {
        path: 'facilitators/trainings/:trainingId',
        lazy: screen(() => import('./features/facilitators/TrainingPage'), 'TrainingPage'),
      },
      {
        path: 'facilitators/:facilitatorId',
        lazy: screen(() => import('./features/facilitators/FacilitatorPage'), 'FacilitatorPage'),
      },
      {
        path: 'facilitators/:facilitatorId/edit',
        lazy: screen(() => import('./features/facilitators/FacilitatorEditPages'), 'EditFacilitatorPage'),
      },
      ...flyerRoutes,
      ...reportRoutes,
      {
        path: 'backup',
        lazy: screen(() => import('./features/backup/BackupPage'), 'BackupPage'),
      },
      {
        path: 'backup/exchange',
        lazy: screen(() => import('./features/exchange/ExchangePage'), 'ExchangePage'),
      },
      {
        path: 'settings',
        lazy: screen(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
      },
      {
        path: '*',
        element: (
          <NotBuiltYet
            title="Page not found"
            purpose="There is no page at this address. Use the navigation on the left."
          />
        ),
      },
    ],
  },
  // Print pages: their own routes outside the shell (no navigation), see features/print/PrintFrame.
  {
    path: '/print',
    children: [...donationPrintRoutes, ...flyerPrintRoutes, ...reportPrintRoutes],
  },
];

export const router = createHashRouter(routes);
