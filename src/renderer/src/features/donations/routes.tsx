// The donation screens' addresses: under /donations in the app, and their letters under /print.
import type { RouteObject } from '../../ui/router';
import { screen } from '../../screens';

/** Children of the app shell's '/' route. */
export const donationRoutes: RouteObject[] = [
  {
    path: 'donations',
    lazy: screen(() => import('./DonationsPage'), 'DonationsPage'),
  },
  {
    path: 'donations/new',
    lazy: screen(() => import('./NewDonationPage'), 'NewDonationPage'),
  },
  {
    path: 'donations/import',
    lazy: screen(() => import('./ImportPage'), 'ImportPage'),
  },
  {
    path: 'donations/donors',
    lazy: screen(() => import('./DonorsPage'), 'DonorsPage'),
  },
  {
    path: 'donations/donors/new',
    lazy: screen(() => import('./NewDonorPage'), 'NewDonorPage'),
  },
  {
    path: 'donations/donors/:donorId',
    lazy: screen(() => import('./DonorPage'), 'DonorPage'),
  },
  {
    path: 'donations/:donationId',
    lazy: screen(() => import('./DonationPage'), 'DonationPage'),
  },
];

/** Children of the top-level '/print' route (outside the shell). */
export const donationPrintRoutes: RouteObject[] = [
  {
    path: 'letter/:donationId',
    lazy: screen(() => import('./LetterPages'), 'GiftLetterPage'),
  },
  {
    path: 'donor-letter/:donorId/:year',
    lazy: screen(() => import('./LetterPages'), 'YearLetterPage'),
  },
];
