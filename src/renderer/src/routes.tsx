// Every screen's address. Hash routing works the same under app:// and in the browser mode.
import { createHashRouter } from 'react-router-dom';
import { AppShell } from './features/shell/AppShell';
import { HomePage } from './features/home/HomePage';
import { SettingsPage } from './features/settings/SettingsPage';
import { GroupsPage } from './features/groups/GroupsPage';
import { NotBuiltYet } from './features/placeholders/NotBuiltYet';

export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'groups', element: <GroupsPage /> },
      {
        path: 'calendar',
        element: (
          <NotBuiltYet
            title="Calendar"
            purpose="See every group's meetings by month, week or as a list, and record what happened."
          />
        ),
      },
      {
        path: 'venues',
        element: (
          <NotBuiltYet
            title="Venues"
            purpose="Keep the donated spaces your groups meet in, their contacts and bookings."
          />
        ),
      },
      {
        path: 'donations',
        element: <NotBuiltYet title="Donations" purpose="Log in-kind gifts and print thank-you letters for donors." />,
      },
      {
        path: 'facilitators',
        element: (
          <NotBuiltYet
            title="Facilitators"
            purpose="Move volunteers from application through training to certification."
          />
        ),
      },
      {
        path: 'flyers',
        element: <NotBuiltYet title="Flyers" purpose="Print a meeting flyer for any group, in English or Spanish." />,
      },
      {
        path: 'reports',
        element: (
          <NotBuiltYet
            title="Reports"
            purpose="Make the monthly summary for the state office or board, as CSV or PDF."
          />
        ),
      },
      {
        path: 'backup',
        element: (
          <NotBuiltYet
            title="Backup"
            purpose="Back up your records, restore them, and share them with other coordinators."
          />
        ),
      },
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
]);
