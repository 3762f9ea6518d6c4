// Every screen's address. Hash routing works the same under app:// and in the browser mode.
import { createHashRouter } from 'react-router-dom';
import { AppShell } from './features/shell/AppShell';
import { HomePage } from './features/home/HomePage';
import { SettingsPage } from './features/settings/SettingsPage';
import { GroupsPage } from './features/groups/GroupsPage';
import { GroupPage } from './features/groups/GroupPage';
import { EditGroupPage, NewGroupPage } from './features/groups/GroupEditPages';
import { SchedulePage } from './features/groups/SchedulePage';
import { MeetingPage } from './features/meetings/MeetingPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { ClosuresPage } from './features/calendar/ClosuresPage';
import { FacilitatorsPage } from './features/facilitators/FacilitatorsPage';
import { FacilitatorPage } from './features/facilitators/FacilitatorPage';
import { EditFacilitatorPage, NewFacilitatorPage } from './features/facilitators/FacilitatorEditPages';
import { TrainingsPage } from './features/facilitators/TrainingsPage';
import { NewTrainingPage } from './features/facilitators/NewTrainingPage';
import { TrainingPage } from './features/facilitators/TrainingPage';
import { NotBuiltYet } from './features/placeholders/NotBuiltYet';
import { venueRoutes } from './features/venues/routes';
import { BackupPage } from './features/backup/BackupPage';
import { ExchangePage } from './features/exchange/ExchangePage';
import { donationPrintRoutes, donationRoutes } from './features/donations/routes';
import { flyerPrintRoutes, flyerRoutes } from './features/flyers/routes';
import { reportPrintRoutes, reportRoutes } from './features/reports/routes';

export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'groups', element: <GroupsPage /> },
      { path: 'groups/new', element: <NewGroupPage /> },
      { path: 'groups/:groupId', element: <GroupPage /> },
      { path: 'groups/:groupId/edit', element: <EditGroupPage /> },
      { path: 'groups/:groupId/schedules/new', element: <SchedulePage /> },
      { path: 'groups/:groupId/schedules/:scheduleId/edit', element: <SchedulePage /> },
      { path: 'meetings/:scheduleId/:originalDate', element: <MeetingPage /> },
      { path: 'calendar', element: <CalendarPage /> },
      { path: 'calendar/closures', element: <ClosuresPage /> },
      ...venueRoutes,
      ...donationRoutes,
      { path: 'facilitators', element: <FacilitatorsPage /> },
      { path: 'facilitators/new', element: <NewFacilitatorPage /> },
      { path: 'facilitators/trainings', element: <TrainingsPage /> },
      { path: 'facilitators/trainings/new', element: <NewTrainingPage /> },
      { path: 'facilitators/trainings/:trainingId', element: <TrainingPage /> },
      { path: 'facilitators/:facilitatorId', element: <FacilitatorPage /> },
      { path: 'facilitators/:facilitatorId/edit', element: <EditFacilitatorPage /> },
      ...flyerRoutes,
      ...reportRoutes,
      { path: 'backup', element: <BackupPage /> },
      { path: 'backup/exchange', element: <ExchangePage /> },
      { path: 'settings', element: <SettingsPage /> },
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
]);
